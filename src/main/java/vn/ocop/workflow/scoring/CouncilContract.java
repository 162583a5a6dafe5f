package vn.ocop.workflow.scoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.Contract;

/**
 * The variable mapping of every call of ocop-council-evaluation: exactly the inputs and outputs
 * declared in {@link Contract}, instead of all variables or a copy of the mapping per call activity.
 */
@Component("councilContract")
public class CouncilContract implements DelegateVariableMapping {

  @Override
  public void mapInputVariables(DelegateExecution dossier, VariableMap council) {
    Contract.passIn(dossier, council);
  }

  @Override
  public void mapOutputVariables(DelegateExecution dossier, VariableScope council) {
    Contract.passBack(council, dossier);
  }
}
