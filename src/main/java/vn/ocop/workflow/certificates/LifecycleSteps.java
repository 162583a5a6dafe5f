package vn.ocop.workflow.certificates;

import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.notification.Notice;
import vn.ocop.workflow.vocabulary.CertificateLifecycleProcess;

/** The service steps of bpmn/ocop-certificate-lifecycle.bpmn. */
@Configuration
class LifecycleSteps {


  /** Tells the producer and the commune that the re-evaluation dossier may now be filed, and until when. */
  @Bean
  JavaDelegate announceReevaluationWindow(CertificateTimeline timeline, CertificateNotices notices) {
    return execution -> {
      Certificate certificate = timeline.find(CertificateLifecycleProcess.CERTIFICATE_CODE.require(execution));
      notices.tell(Notice.REEVALUATION_WINDOW_OPEN, certificate, CertificateLifecycleProcess.PRODUCER_EMAIL.require(execution),
          CertificateLifecycleProcess.COMMUNE_GROUP.require(execution), Map.of(
              "opensOn", SHOWN_DAY.format(timeline.windowOpensOn(certificate)),
              "closesOn", SHOWN_DAY.format(timeline.windowClosesOn(certificate)),
              "expiresOn", SHOWN_DAY.format(certificate.expiresOn())));
    };
  }

  /**
   * From the day after its expiry day the certificate is expired, and the mark may no longer be used: the
   * producer and the commune are told so.
   */
  @Bean
  JavaDelegate recordExpiry(CertificateTimeline timeline, CertificateRegister register, CertificateNotices notices,
      Clock clock) {
    return (DelegateExecution execution) -> {
      Certificate certificate = timeline.find(CertificateLifecycleProcess.CERTIFICATE_CODE.require(execution));
      register.changeStatus(certificate.code(), Certificate.Status.EXPIRED, certificate.expiresOn().plusDays(1),
          clock.instant(), "Hết hiệu lực sau ngày " + SHOWN_DAY.format(certificate.expiresOn()) + " / expired after "
              + SHOWN_DAY.format(certificate.expiresOn()));
      notices.tell(Notice.CERTIFICATE_EXPIRED, certificate, CertificateLifecycleProcess.PRODUCER_EMAIL.require(execution),
          CertificateLifecycleProcess.COMMUNE_GROUP.require(execution),
          Map.of("expiresOn", SHOWN_DAY.format(certificate.expiresOn())));
    };
  }
}
