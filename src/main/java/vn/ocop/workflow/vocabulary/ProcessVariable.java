package vn.ocop.workflow.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Two lists of variables as one, in order. */
  public static <T> List<ProcessVariable<T>> concat(List<ProcessVariable<T>> first, List<ProcessVariable<T>> second) {
    List<ProcessVariable<T>> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  /** The value, or null when the variable is not set. */
  public T get(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  /** The value in a map of variables (a called process's input, a decision's result), or null. */
  public T get(Map<String, ?> variables) {
    return cast(variables.get(name));
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

  /** Copies this variable, typed, from one scope into a map of variables. */
  public void copy(VariableScope from, Map<String, Object> to) {
    to.put(name, get(from));
  }

  /** Copies this variable, typed, from one scope to another. */
  public void copy(VariableScope from, VariableScope to) {
    set(to, get(from));
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
