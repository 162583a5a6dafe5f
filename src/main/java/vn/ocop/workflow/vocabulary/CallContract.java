package vn.ocop.workflow.vocabulary;

import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The variable mapping of a call activity from a called process's declared contract: exactly its inputs
 * in and its outputs back, instead of all variables or a copy of the mapping per call activity.
 */
public record CallContract(BiConsumer<VariableScope, Map<String, Object>> passIn,
                           BiConsumer<VariableScope, VariableScope> passBack) implements DelegateVariableMapping {

  @Override
  public void mapInputVariables(DelegateExecution caller, VariableMap called) {
    passIn.accept(caller, called);
  }

  @Override
  public void mapOutputVariables(DelegateExecution caller, VariableScope called) {
    passBack.accept(called, caller);
  }
}
