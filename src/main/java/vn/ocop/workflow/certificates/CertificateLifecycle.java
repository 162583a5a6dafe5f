package vn.ocop.workflow.certificates;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.CertificateLifecycleProcess;

/**
 * Starts a certificate's lifecycle (ocop-certificate-lifecycle) by its message, in the transaction that
 * issues the certificate, with the certificate code as business key and whom its notices go to.
 */
@Component
public class CertificateLifecycle {

  private final RuntimeService runtime;
  private final AsTheProcedure procedureItself;

  public CertificateLifecycle(RuntimeService runtime, AsTheProcedure procedureItself) {
    this.runtime = runtime;
    this.procedureItself = procedureItself;
  }

  public void start(String certificateCode, VariableScope dossier) {
    procedureItself.call(() -> runtime.createMessageCorrelation(CertificateLifecycleProcess.CERTIFICATE_ISSUED_MESSAGE)
        .processInstanceBusinessKey(certificateCode)
        .setVariable(CertificateLifecycleProcess.CERTIFICATE_CODE.name(), certificateCode)
        .setVariable(CertificateLifecycleProcess.DOSSIER_CODE.name(), CertificateLifecycleProcess.DOSSIER_CODE.require(dossier))
        .setVariable(CertificateLifecycleProcess.PRODUCT_NAME.name(), CertificateLifecycleProcess.PRODUCT_NAME.require(dossier))
        .setVariable(CertificateLifecycleProcess.PRODUCER_EMAIL.name(), CertificateLifecycleProcess.PRODUCER_EMAIL.require(dossier))
        .setVariable(CertificateLifecycleProcess.COMMUNE_GROUP.name(), CertificateLifecycleProcess.COMMUNE_GROUP.require(dossier))
        .correlateStartMessage());
  }

  /** Ends the lifecycle of a certificate a new one replaces. */
  public void supersede(String certificateCode) {
    procedureItself.call(() -> {
      runtime.createMessageCorrelation(CertificateLifecycleProcess.CERTIFICATE_SUPERSEDED_MESSAGE)
          .processInstanceBusinessKey(certificateCode).correlate();
      return null;
    });
  }
}
