package vn.ocop.workflow.certificates;

import static vn.ocop.workflow.vocabulary.CertificateInspectionProcess.*;
import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.vocabulary.LegalGround;
import vn.ocop.workflow.input.InputCheck;
import vn.ocop.workflow.notification.Notice;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.roles.Grants;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;
import vn.ocop.workflow.vocabulary.CertificateLifecycleProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.RevocationReason;

/**
 * The steps of bpmn/ocop-certificate-inspection.bpmn, and the lifecycle's step that starts the annual
 * inspection. The provincial agency inspects 3★/4★ products of its province, the ministry's agency 5★
 * (and any other when needed); the same agency decides a revocation on behalf of the province's
 * chairman or the minister.
 */
@Configuration
class InspectionSteps {

  private static final Pattern CODE = Pattern.compile(Certificate.CODE_PATTERN);
  static final String ANNUAL = "Kiểm tra định kỳ hằng năm / Annual inspection";

  /** The lifecycle's annual inspection: an inspection of this certificate, started by the procedure. */
  @Bean
  JavaDelegate startInspection(RuntimeService runtime, AsTheProcedure procedureItself) {
    return execution -> {
      String code = CertificateLifecycleProcess.CERTIFICATE_CODE.require(execution);
      procedureItself.call(() -> runtime.startProcessInstanceByKey(CertificateInspectionProcess.KEY, code,
          Map.of(CERTIFICATE_CODE.name(), code, INSPECTION_REASON.name(), ANNUAL)));
    };
  }

  /**
   * Opens an inspection of a certificate in force, annual or asked for by an agency: who inspects, and
   * what a council re-scoring it reads, from the register and the certifying dossier.
   */
  @Bean
  ExecutionListener openInspection(CertificateRegister register, CertifiedDossier dossiers, IdentityService identity,
      HistoryService history, AsTheProcedure procedureItself, Grants grants) {
    return execution -> {
      InputCheck input = new InputCheck(execution);
      String code = input.matching(CERTIFICATE_CODE.name(), true, CODE, "một mã như / a code such as OCOP-40-17464-1-2026-001");
      input.text(INSPECTION_REASON.name(), true, 2000);
      Certificate certificate = code == null ? null : register.find(code).orElse(null);
      if (code != null && certificate == null) {
        input.fail(CERTIFICATE_CODE.name(), "không có giấy chứng nhận " + code + " / no certificate " + code);
      } else if (certificate != null && !certificate.inForce()) {
        input.fail(CERTIFICATE_CODE.name(), "giấy chứng nhận " + code + " không còn hiệu lực / is no longer in force ("
            + certificate.status().name().toLowerCase() + ")");
      }
      String agency = certificate == null ? null : agencyOf(certificate);
      // The ministry's agency may inspect any product; a province's, the 3★/4★ products of its province.
      Set<String> allowed = agency == null ? Set.of() : new LinkedHashSet<>(List.of(agency, OfficialGroups.CENTRAL_AGENCY));
      Authentication starter = identity.getCurrentAuthentication();
      if (agency != null && starter != null && starter.getGroupIds() != null
          && starter.getGroupIds().stream().noneMatch(allowed::contains)) {
        input.fail(CERTIFICATE_CODE.name(), "chỉ " + String.join(" hoặc ", allowed) + " kiểm tra sản phẩm này / only "
            + String.join(" or ", allowed) + " inspect this product");
      }
      input.verify("Yêu cầu kiểm tra / Inspection request");

      execution.setProcessBusinessKey(code);
      long earlier = procedureItself.call(() -> history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(CertificateInspectionProcess.KEY).processInstanceBusinessKey(code).count());
      EvaluationProcess.DOSSIER_CODE.set(execution, code + "-HK" + earlier);
      execution.setVariables(dossiers.factsOf(certificate));
      EvaluationProcess.COMMUNE_GROUP.set(execution, OfficialGroups.communeOfficers(certificate.communeCode()));
      EvaluationProcess.COMMUNE_NAME.set(execution, certificate.communeName());
      CERTIFIED_STARS.set(execution, certificate.stars());
      AGENCY_GROUP.set(execution, agency);
      RESCORING_LEVEL.set(execution, certificate.certifyingLevel());
      RESCORING_COUNCIL.set(execution, certificate.council());
      grants.readDossier(agency, execution.getProcessInstanceId());
    };
  }

  /** The inspector's findings and conclusion; the day of the conclusion starts the revocation's 15 days. */
  @Bean
  TaskListener concludeInspection(Clock clock) {
    return task -> {
      InputCheck input = new InputCheck(task);
      input.text(FINDINGS.name(), true, 4000);
      input.choice(CONCLUSION.name(), Set.of(STILL_MEETS, DOWNGRADE, REVOKE));
      input.verify("Kết luận kiểm tra / Inspection conclusion");
      CONCLUDED_ON.set(task, LocalDate.now(clock));
    };
  }

  /** An inspection that found the product still meeting its criteria, in the certificate's history. */
  @Bean
  JavaDelegate recordInspection(CertificateRegister register, Clock clock) {
    return execution -> register.note(CERTIFICATE_CODE.require(execution), LocalDate.now(clock), clock.instant(),
        "Kiểm tra " + EvaluationProcess.DOSSIER_CODE.require(execution) + ": vẫn đáp ứng tiêu chí / inspection "
            + EvaluationProcess.DOSSIER_CODE.require(execution) + ": still meets the criteria. "
            + FINDINGS.require(execution));
  }

  /**
   * The council's new stars against the certificate's: fewer stars (3★ at least) downgrade it, and the
   * producer and commune are told; as many or more keep it as it is (an inspection never raises stars,
   * that is an upgrade's dossier); below 3★, or not scored, the product no longer meets the criteria.
   */
  @Bean
  JavaDelegate recordRescoring(CertificateRegister register, CertificateNotices notices, Clock clock) {
    return execution -> {
      Certificate certificate = register.require(CERTIFICATE_CODE.require(execution));
      String level = RESCORING_LEVEL.require(execution);
      Integer stars = EvaluationProcess.starsAt(level).get(execution);
      Double score = EvaluationProcess.scoreAt(level).get(execution);
      String inspection = EvaluationProcess.DOSSIER_CODE.require(execution);
      LocalDate today = LocalDate.now(clock);
      if (stars == null || stars < 3) {
        RESCORING_OUTCOME.set(execution, BELOW_THREE_STARS);
        REVOCATION_REASON.set(execution, RevocationReason.NO_LONGER_MEETS_CRITERIA.id());
      } else if (stars < certificate.stars()) {
        RESCORING_OUTCOME.set(execution, DOWNGRADED);
        register.downgrade(certificate.code(), stars, today, clock.instant(), "Kiểm tra " + inspection
            + ": hội đồng chấm lại " + score + " điểm / inspection " + inspection + ": re-scored at " + score + " points");
        notices.tell(Notice.CERTIFICATE_DOWNGRADED, register.require(certificate.code()),
            EvaluationProcess.PRODUCER_EMAIL.require(execution), EvaluationProcess.COMMUNE_GROUP.require(execution),
            Map.of("score", score, "previousStars", certificate.stars(), "effectiveOn", SHOWN_DAY.format(today),
                "expiresOn", SHOWN_DAY.format(certificate.expiresOn())));
      } else {
        RESCORING_OUTCOME.set(execution, STARS_KEPT);
        register.note(certificate.code(), today, clock.instant(), "Kiểm tra " + inspection + ": hội đồng chấm lại "
            + score + " điểm, giữ hạng / inspection " + inspection + ": re-scored at " + score + " points, stars kept");
      }
    };
  }

  /**
   * The revocation decision: revoked on one of the grounds of Art. 8 (with the authority's words for
   * "another conclusion") under a decision's reference, or the certificate kept.
   */
  @Bean
  TaskListener decideRevocation(CertificateRegister register) {
    return task -> {
      InputCheck input = new InputCheck(task);
      String decision = input.choice(REVOCATION_DECISION.name(), Set.of(REVOKED, KEPT));
      boolean revoked = REVOKED.equals(decision);
      String reason = input.choice(REVOCATION_REASON.name(), new LinkedHashSet<>(LegalGround.ids(RevocationReason.class)),
          revoked);
      input.text(REVOCATION_REASON_TEXT.name(), RevocationReason.OTHER_CONCLUSION.id().equals(reason), 2000);
      input.text(DECISION_REFERENCE.name(), revoked, 200);
      if (revoked && !register.require(CERTIFICATE_CODE.require(task)).inForce()) {
        input.fail(REVOCATION_DECISION.name(), "giấy chứng nhận đã hết hiệu lực / the certificate is no longer in force");
      }
      input.verify("Quyết định thu hồi / Revocation decision");
    };
  }

  /**
   * Revokes the certificate from today under the decision, tells the producer and the commune, and ends
   * the certificate's lifecycle: its timers stop.
   */
  @Bean
  JavaDelegate recordRevocation(CertificateRegister register, CertificateNotices notices, RuntimeService runtime,
      AsTheProcedure procedureItself, Clock clock) {
    return execution -> {
      Certificate certificate = register.require(CERTIFICATE_CODE.require(execution));
      RevocationReason ground = LegalGround.fromId(RevocationReason.class, REVOCATION_REASON.require(execution));
      String text = REVOCATION_REASON_TEXT.get(execution);
      String reason = ground.label() + (text == null ? "" : ": " + text);
      String reference = DECISION_REFERENCE.require(execution);
      LocalDate today = LocalDate.now(clock);
      register.changeStatus(certificate.code(), Certificate.Status.REVOKED, today, clock.instant(), reason, reference);
      notices.tell(Notice.CERTIFICATE_REVOKED, certificate, EvaluationProcess.PRODUCER_EMAIL.require(execution),
          EvaluationProcess.COMMUNE_GROUP.require(execution), Map.of("reason", reason, "decisionReference", reference,
              "effectiveOn", SHOWN_DAY.format(today)));
      procedureItself.call(() -> runtime.createMessageCorrelation(CertificateLifecycleProcess.CERTIFICATE_REVOKED_MESSAGE)
          .processInstanceBusinessKey(certificate.code())
          .correlateWithResult());
    };
  }

  /** The provincial agency for 3★/4★, the ministry's for 5★. */
  static String agencyOf(Certificate certificate) {
    return certificate.stars() == 5 ? OfficialGroups.CENTRAL_AGENCY : OfficialGroups.provinceAgency(certificate.provinceCode());
  }
}
