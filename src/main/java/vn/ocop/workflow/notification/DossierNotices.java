package vn.ocop.workflow.notification;

import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;
import static vn.ocop.workflow.vocabulary.EvaluationProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.LegalGround;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;
import vn.ocop.workflow.deadlines.Deadlines;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.vocabulary.CertificateVariables;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.DisqualificationReason;
import vn.ocop.workflow.vocabulary.EvaluationProcess.Elements;

/**
 * Tells the producer what happened to the dossier, and the commune that registered it of every
 * decision (Decision 26/2026: the commune and the producer are informed in writing). Which notice is
 * sent follows from where the dossier is: its registration, a return for revision, a council that
 * forwards it, and each end.
 */
@Component("informProducer")
public class DossierNotices implements JavaDelegate, ExecutionListener {


  private final MailQueue queue;
  private final TaskRecipients recipients;
  private final Deadlines deadlines;

  public DossierNotices(MailQueue queue, TaskRecipients recipients, Deadlines deadlines) {
    this.queue = queue;
    this.recipients = recipients;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notify(execution);
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> model = dossier(execution);
    Notice notice = switch (execution.getCurrentActivityId()) {
      case Elements.PRODUCT_REGISTERED -> Notice.REGISTRATION_RECEIVED;
      case Elements.REVISE_DOSSIER -> {
        model.put("reasons", DECISION_REASON.require(execution));
        model.put("lapsesOn", SHOWN_DAY.format(deadlines.revisionLapsesOn()));
        yield Notice.RETURNED_FOR_REVISION;
      }
      case LevelEvaluationProcess.Elements.COMPLETE_DOSSIER -> {
        model.put("reasons", LevelEvaluationProcess.RETURN_REASONS.require(execution));
        model.put("lapsesOn", SHOWN_DAY.format(deadlines.completionLapsesOn()));
        yield Notice.RETURNED_FOR_REVISION;
      }
      case Elements.DOSSIER_REJECTED -> {
        model.put("reasons", DECISION_REASON.require(execution));
        yield Notice.DOSSIER_REJECTED;
      }
      case Elements.DOSSIER_LAPSED -> {
        model.put("reasons", DECISION_REASON.require(execution));
        yield Notice.DOSSIER_LAPSED;
      }
      case Elements.EVALUATE_AT_DISTRICT, Elements.EVALUATE_AT_PROVINCE, Elements.EVALUATE_IN_PROVINCE -> {
        if (!CouncilEvaluationProcess.FORWARD.equals(CouncilEvaluationProcess.COUNCIL_OUTCOME.get(execution))) {
          yield null; // the dossier's end tells the producer of this council's decision
        }
        String level = levelOf(execution.getCurrentActivityId());
        councilResult(execution, model, level);
        String next = CouncilEvaluationProcess.DISTRICT.equals(level) ? CouncilEvaluationProcess.PROVINCE
            : CouncilEvaluationProcess.CENTRAL;
        model.put("nextVi", COUNCILS.get(next).get(0));
        model.put("nextEn", COUNCILS.get(next).get(1));
        yield Notice.FORWARDED_BY_COUNCIL;
      }
      case Elements.PRODUCT_NOT_RECOGNISED -> {
        String reason = CouncilEvaluationProcess.DISQUALIFICATION_REASON.get(execution);
        if (reason != null) {
          model.put("disqualification", LegalGround.fromId(DisqualificationReason.class, reason).label());
        } else {
          councilResult(execution, model, lastLevel(execution));
        }
        yield Notice.NOT_RECOGNISED;
      }
      case Elements.PRODUCT_NOT_RE_RECOGNISED -> {
        model.put("certificateCode", PREVIOUS_CERTIFICATE.require(execution));
        model.put("expiresOn", SHOWN_DAY.format(PREVIOUS_EXPIRES_ON.require(execution)));
        model.put("atMeeting", WrittenOpinionsProcess.AT_MEETING.equals(WrittenOpinionsProcess.DECIDED_BY.require(execution)));
        yield Notice.NOT_RE_RECOGNISED;
      }
      case Elements.PRODUCT_CERTIFIED -> {
        model.put("certificateCode", CertificateVariables.CERTIFICATE_CODE.require(execution));
        model.put("stars", CertificateVariables.CERTIFICATE_STARS.require(execution));
        model.put("certifyingUnit", CertificateVariables.CERTIFYING_UNIT_NAME.require(execution));
        model.put("issuedOn", SHOWN_DAY.format(CertificateVariables.ISSUED_ON.require(execution)));
        model.put("expiresOn", SHOWN_DAY.format(CertificateVariables.EXPIRES_ON.require(execution)));
        yield Notice.CERTIFICATE_ISSUED;
      }
      default -> throw new IllegalStateException("No notice for element " + execution.getCurrentActivityId());
    };
    if (notice != null) {
      List<String> to = new ArrayList<>(List.of(PRODUCER_EMAIL.require(execution)));
      if (notice != Notice.REGISTRATION_RECEIVED) {
        to.addAll(recipients.emailsOf(COMMUNE_GROUP.require(execution)));
      }
      if (notice == Notice.CERTIFICATE_ISSUED && CouncilEvaluationProcess.CENTRAL.equals(
          CouncilEvaluationProcess.CERTIFYING_LEVEL.get(execution))) {
        // The minister's 5★ is also told to the province's agency, which proposed it (Decision 26/2026).
        to.addAll(recipients.emailsOf(OfficialGroups.provinceAgency(PROVINCE_CODE.require(execution))));
      }
      queue.queue(notice, DOSSIER_CODE.require(execution), PRODUCT_NAME.require(execution), model, to);
    }
  }

  private static Map<String, Object> dossier(DelegateExecution execution) {
    Map<String, Object> model = new HashMap<>();
    model.put("dossierCode", DOSSIER_CODE.require(execution));
    model.put("producerName", PRODUCER_NAME.require(execution));
    model.put("productName", PRODUCT_NAME.require(execution));
    model.put("communeName", COMMUNE_NAME.require(execution));
    model.put("provinceName", PROVINCE_NAME.require(execution));
    return model;
  }

  /** Council names by level, Vietnamese and English. */
  private static final Map<String, List<String>> COUNCILS = Map.of(
      CouncilEvaluationProcess.DISTRICT, List.of("Hội đồng cấp huyện", "district council"),
      CouncilEvaluationProcess.PROVINCE, List.of("Hội đồng cấp tỉnh", "province council"),
      CouncilEvaluationProcess.CENTRAL, List.of("Hội đồng cấp trung ương", "central council"));

  /** The points, stars and unmet minimums a council gave, under {@code level}. */
  private static void councilResult(DelegateExecution execution, Map<String, Object> model, String level) {
    model.put("councilVi", COUNCILS.get(level).get(0));
    model.put("councilEn", COUNCILS.get(level).get(1));
    model.put("score", scoreAt(level).require(execution));
    model.put("councilStars", starsAt(level).require(execution));
    model.put("unmetMinimums", unmetMinimumsAt(level).get(execution));
  }

  private static String levelOf(String callActivity) {
    return Elements.EVALUATE_AT_DISTRICT.equals(callActivity) ? CouncilEvaluationProcess.DISTRICT
        : CouncilEvaluationProcess.PROVINCE;
  }

  private static String lastLevel(DelegateExecution execution) {
    return CouncilEvaluationProcess.LEVELS_FROM_TOP.stream().filter(level -> scoreAt(level).get(execution) != null)
        .findFirst().orElseThrow(() -> new IllegalStateException("No council result recorded"));
  }


}
