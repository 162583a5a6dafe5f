package vn.ocop.workflow.scoring;

import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.DISQUALIFICATION_REASON;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.DISQUALIFY;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORE;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORE_COMMENT;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORING_DECISION;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.LegalGround;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.input.InputCheck;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.DisqualificationReason;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.ScoreSheet;

/**
 * Validates a member's sheet against the criteria set of the dossier's version and records it on the
 * council's process instance. A member either scores every criterion with one of its levels, or finds the
 * product not to be scored, with the legal reason, and gives no scores. Any invalid value refuses the
 * whole submission, naming the field; nothing is recorded.
 */
@Component("recordScoreSheet")
public class RecordScoreSheetListener implements TaskListener {

  private final CriteriaCatalogues catalogues;
  private final OwnSheet ownSheet;

  RecordScoreSheetListener(CriteriaCatalogues catalogues, OwnSheet ownSheet) {
    this.catalogues = catalogues;
    this.ownSheet = ownSheet;
  }

  @Override
  public void notify(DelegateTask task) {
    CriteriaSet set = catalogues.ofDefinition(task.getProcessDefinitionId())
        .require(EvaluationProcess.CRITERIA_SET.require(task));
    String member = ownSheet.memberOf(task, "Phiếu chấm điểm", "score sheet");
    InputCheck input = new InputCheck(task);
    String decision = input.choice(SCORING_DECISION.name(), Set.of(SCORE, DISQUALIFY));
    Map<String, Integer> scores = new LinkedHashMap<>();
    Map<String, Boolean> requirementsMet = new LinkedHashMap<>();
    String reason = null;
    if (DISQUALIFY.equals(decision)) {
      reason = input.choice(DISQUALIFICATION_REASON.name(), new LinkedHashSet<>(LegalGround.ids(DisqualificationReason.class)));
      set.criteria().forEach(c -> input.absent(c.code(),
          "không chấm điểm khi loại sản phẩm / no score is given for a product found not to be scored"));
    } else if (SCORE.equals(decision)) {
      input.absent(DISQUALIFICATION_REASON.name(), "chỉ ghi khi loại sản phẩm / only given when the product is not scored");
      for (Criterion criterion : set.criteria()) {
        Integer score = input.level(criterion.code(), criterion.label(), criterion.points());
        if (score != null) {
          scores.put(criterion.code(), score);
        }
      }
      set.requirements().forEach(r -> requirementsMet.put(r.code(), input.flag(r.code(), r.label())));
    }
    String comment = input.text(SCORE_COMMENT.name(), false, 2000);
    input.verify("Phiếu chấm điểm / Score sheet");

    int total = scores.values().stream().mapToInt(Integer::intValue).sum();
    ScoreSheet sheet = new ScoreSheet(member, set.id(), scores, requirementsMet, total, comment, reason);
    // Set from the member's execution, it lands on the council's process instance (no scope below holds it)
    // and its history names the member's step: the record shows the sheet as what was entered there.
    CouncilEvaluationProcess.scoreSheetOf(member).set(task.getExecution(), sheet);
  }
}
