package vn.ocop.workflow.scoring;

import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.DISQUALIFICATION_REASON;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORE_COMMENT;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORING_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Declares every field of the score form as a local variable of the member's own execution, so parallel
 * members' submissions (form or REST) land there instead of overwriting each other on the process.
 */
@Component("prepareScoreSheet")
public class PrepareScoreSheetListener implements TaskListener {

  private final CriteriaCatalogues catalogues;

  public PrepareScoreSheetListener(CriteriaCatalogues catalogues) {
    this.catalogues = catalogues;
  }

  @Override
  public void notify(DelegateTask task) {
    CriteriaSet set = catalogues.ofDefinition(task.getProcessDefinitionId())
        .require(EvaluationProcess.CRITERIA_SET.require(task));
    DelegateExecution memberExecution = task.getExecution();
    set.criteria().forEach(c -> memberExecution.setVariableLocal(c.code(), null));
    set.requirements().forEach(r -> memberExecution.setVariableLocal(r.code(), false));
    SCORING_DECISION.setLocal(memberExecution, null);
    DISQUALIFICATION_REASON.setLocal(memberExecution, null);
    SCORE_COMMENT.setLocal(memberExecution, null);
  }
}
