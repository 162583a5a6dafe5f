package vn.ocop.workflow.scoring;

import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.AVERAGE_SCORE;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.DISQUALIFICATION_REASON;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.DISQUALIFIED;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.RANK_ALLOWED;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.STARS;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.UNMET_MINIMUMS;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.DisqualificationReason;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.ScoreSheet;

/**
 * Combines the members' sheets: either the product is not scored (more than half found a legal reason),
 * and no points are kept, or the scoring members' totals are averaged and the minimum levels applied.
 * The stars and what follows are decided by the decision tables.
 */
@Component("calculateCouncilResult")
public class CalculateCouncilResultDelegate implements JavaDelegate {

  private final CriteriaCatalogues catalogues;

  public CalculateCouncilResultDelegate(CriteriaCatalogues catalogues) {
    this.catalogues = catalogues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ScoreSheet> sheets = CouncilEvaluationProcess.councilMembers(execution).stream()
        .map(member -> CouncilEvaluationProcess.scoreSheetOf(member).require(execution))
        .toList();
    Optional<DisqualificationReason> disqualification = CouncilAverage.disqualification(sheets);
    DISQUALIFIED.set(execution, disqualification.isPresent());
    if (disqualification.isPresent()) {
      // Nothing scored is kept as the council's result; the outcome table reads these as absent.
      DISQUALIFICATION_REASON.set(execution, disqualification.get().id());
      AVERAGE_SCORE.set(execution, null);
      STARS.set(execution, null);
      RANK_ALLOWED.set(execution, null);
      return;
    }
    CriteriaSet set = catalogues.ofDefinition(execution.getProcessDefinitionId())
        .require(EvaluationProcess.CRITERIA_SET.require(execution));
    List<ScoreSheet> scored = sheets.stream().filter(sheet -> !sheet.disqualifies()).toList();
    CouncilAverage.Minimums minimums = CouncilAverage.minimums(scored, set);
    AVERAGE_SCORE.set(execution, CouncilAverage.of(scored.stream().map(ScoreSheet::total).toList()).doubleValue());
    RANK_ALLOWED.set(execution, minimums.rankAllowed());
    UNMET_MINIMUMS.set(execution, minimums.unmet().isEmpty() ? null : String.join("\n", minimums.unmet()));
  }
}
