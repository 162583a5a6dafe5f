package vn.ocop.workflow.scoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.deadlines.Deadlines;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess.Contract;

/**
 * The variable mapping of the call of ocop-written-opinions: the dossier is complete when the commune
 * forwards it, so the re-evaluation's 45 days start here and its last day is recorded on the dossier.
 */
@Component("writtenOpinionsContract")
public class WrittenOpinionsContract implements DelegateVariableMapping {

  private final Deadlines deadlines;

  public WrittenOpinionsContract(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void mapInputVariables(DelegateExecution dossier, VariableMap council) {
    EvaluationProcess.REEVALUATION_DUE_ON.set(dossier, deadlines.reevaluationDueOn());
    Contract.passIn(dossier, council);
  }

  @Override
  public void mapOutputVariables(DelegateExecution dossier, VariableScope council) {
    Contract.passBack(council, dossier);
  }
}
