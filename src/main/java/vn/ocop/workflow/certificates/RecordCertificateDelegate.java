package vn.ocop.workflow.certificates;

import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;
import static vn.ocop.workflow.vocabulary.CertificateVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;

/**
 * Records the OCOP certificate: the stars and level the council outcome decided, issued today (a day in
 * Vietnam) and valid for the configured number of months (36 by Decision 26/2026), on the dossier and in
 * the certificate register, in the same transaction, and starts the certificate's lifecycle.
 */
@Component("recordCertificate")
public class RecordCertificateDelegate implements JavaDelegate {

  static final String MINISTRY_CODE = CouncilEvaluationProcess.CENTRAL;
  static final String MINISTRY_NAME = "Bộ Nông nghiệp và Môi trường / Ministry of Agriculture and Environment";

  private final Clock clock;
  private final int validityMonths;
  private final CertificateRegister register;
  private final CertificateLifecycle lifecycle;

  public RecordCertificateDelegate(Clock clock, @Value("${ocop.certificates.validity-months:36}") int validityMonths,
      CertificateRegister register, CertificateLifecycle lifecycle) {
    if (validityMonths <= 0) {
      throw new IllegalArgumentException("ocop.certificates.validity-months must be positive, not " + validityMonths);
    }
    this.clock = clock;
    this.validityMonths = validityMonths;
    this.register = register;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int stars = CouncilEvaluationProcess.CERTIFIED_STARS.require(execution);
    String level = CouncilEvaluationProcess.CERTIFYING_LEVEL.require(execution);
    if (stars < 3 || stars > 5) {
      throw new IllegalStateException("Only 3★ to 5★ products are certified, not " + stars + "★");
    }
    switch (level) {
      case CouncilEvaluationProcess.DISTRICT -> certifyingUnit(execution,
          EvaluationProcess.DISTRICT_CODE.require(execution), EvaluationProcess.DISTRICT_NAME.require(execution));
      case CouncilEvaluationProcess.PROVINCE -> certifyingUnit(execution,
          EvaluationProcess.PROVINCE_CODE.require(execution), EvaluationProcess.PROVINCE_NAME.require(execution));
      case CouncilEvaluationProcess.CENTRAL -> certifyingUnit(execution, MINISTRY_CODE, MINISTRY_NAME);
      default -> throw new IllegalStateException("Unknown certifying level '" + level + "'");
    }
    LocalDate issued = LocalDate.now(clock);
    String code = "OCOP-" + EvaluationProcess.DOSSIER_CODE.require(execution);
    CERTIFICATE_CODE.set(execution, code);
    CERTIFICATE_STARS.set(execution, stars);
    ISSUED_ON.set(execution, issued);
    EXPIRES_ON.set(execution, issued.plusMonths(validityMonths));
    register.issue(new Certificate(code, EvaluationProcess.DOSSIER_CODE.require(execution),
        execution.getProcessInstanceId(), EvaluationProcess.PRODUCT_NAME.require(execution),
        EvaluationProcess.PRODUCER_NAME.require(execution), EvaluationProcess.COMMUNE_CODE.require(execution),
        EvaluationProcess.COMMUNE_NAME.require(execution), EvaluationProcess.PROVINCE_CODE.require(execution),
        EvaluationProcess.PROVINCE_NAME.require(execution), EvaluationProcess.PRODUCT_GROUP.require(execution), stars,
        level, CERTIFYING_UNIT_CODE.require(execution), CERTIFYING_UNIT_NAME.require(execution), issued,
        issued.plusMonths(validityMonths), Certificate.Status.ACTIVE), clock.instant(),
        "Công nhận bởi / certified by " + CERTIFYING_UNIT_NAME.require(execution), decision(execution));
    lifecycle.start(code, execution);
    String previous = EvaluationProcess.PREVIOUS_CERTIFICATE.get(execution);
    if (previous != null) {
      register.changeStatus(previous, Certificate.Status.SUPERSEDED, issued, clock.instant(),
          "Thay bằng giấy chứng nhận / superseded by " + code);
      lifecycle.supersede(previous);
    }
  }

  /** Under Decision 26/2026 the chairman or minister recognises the product by a decision, recorded by the agency. */
  private static String decision(DelegateExecution execution) {
    String number = LevelEvaluationProcess.DECISION_NUMBER.get(execution);
    return number == null ? null
        : number + " (" + SHOWN_DAY.format(LocalDate.parse(LevelEvaluationProcess.DECISION_DATE.require(execution))) + ")";
  }

  private static void certifyingUnit(DelegateExecution execution, String code, String name) {
    CERTIFYING_UNIT_CODE.set(execution, code);
    CERTIFYING_UNIT_NAME.set(execution, name);
  }
}
