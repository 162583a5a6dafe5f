package vn.ocop.workflow.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.ScoreSheet;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/** Averages the members' sheets and decides whether every mandatory 3★ criterion is met. */
@Component("calculateCouncilResult")
public class CalculateCouncilResultDelegate implements JavaDelegate {

  private final CriteriaCatalogue catalogue;

  public CalculateCouncilResultDelegate(CriteriaCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CriteriaSet set = catalogue.require(EvaluationProcess.CRITERIA_SET.require(execution));
    List<ScoreSheet> sheets = CouncilEvaluationProcess.councilMembers(execution).stream()
        .map(member -> CouncilEvaluationProcess.scoreSheetOf(member).require(execution))
        .toList();
    BigDecimal average = CouncilAverage.of(sheets.stream().map(ScoreSheet::total).toList());
    CouncilEvaluationProcess.AVERAGE_SCORE.set(execution, average.doubleValue());
    CouncilEvaluationProcess.MANDATORY_MET.set(execution, CouncilAverage.allMandatoryMet(sheets, set.mandatory()));
  }
}
