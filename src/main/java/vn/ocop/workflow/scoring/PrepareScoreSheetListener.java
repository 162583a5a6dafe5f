package vn.ocop.workflow.scoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Declares every score field as a local variable of the member's own execution, so parallel
 * members' submissions (form or REST) land there instead of overwriting each other on the process.
 */
@Component("prepareScoreSheet")
public class PrepareScoreSheetListener implements TaskListener {

  private final CriteriaCatalogue catalogue;

  public PrepareScoreSheetListener(CriteriaCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    CriteriaSet set = catalogue.require(EvaluationProcess.CRITERIA_SET.require(task));
    DelegateExecution memberExecution = task.getExecution();
    set.criteria().forEach(c -> memberExecution.setVariableLocal(c.code(), null));
    set.mandatory().forEach(m -> memberExecution.setVariableLocal(m.code(), false));
    CouncilEvaluationProcess.SCORE_COMMENT.setLocal(memberExecution, null);
  }
}
