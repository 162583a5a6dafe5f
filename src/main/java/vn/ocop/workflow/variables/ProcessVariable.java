package vn.ocop.workflow.variables;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and Java type, so delegates read and write typed values
 * instead of casting raw objects.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, Integer.class);
  }

  public static ProcessVariable<Double> decimal(String name) {
    return new ProcessVariable<>(name, Double.class);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  /** The value, or null when the variable is not set. */
  public T get(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  private T cast(Object value) {
    if (value == null) {
      return null;
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException("Process variable '" + name + "' holds a "
          + value.getClass().getSimpleName() + ", expected " + type.getSimpleName());
    }
    return type.cast(value);
  }
}
