package vn.ocop.workflow.vocabulary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A legal date (issue, expiry, due day) as a process variable: a calendar day in Vietnam, stored as its
 * ISO-8601 text (2026-11-25), so it reads back as the same day everywhere — REST, Cockpit, mail —
 * whatever time zone the reader is in. A Date would be an instant, shown a day early west of Vietnam.
 */
public record DayVariable(String name) {

  /** How a day is written for people (mail, pages, messages): 25/11/2026. */
  public static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public LocalDate get(VariableScope scope) {
    return parse(scope.getVariable(name));
  }

  /** The day in a map of variables (a process instance's, read through the runtime service), or null. */
  public LocalDate get(Map<String, ?> variables) {
    return parse(variables.get(name));
  }

  private LocalDate parse(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new IllegalStateException("Process variable '" + name + "' holds a " + value.getClass().getSimpleName()
          + ", expected a day such as 2026-11-25");
    }
    return LocalDate.parse(text);
  }

  public LocalDate require(VariableScope scope) {
    LocalDate day = get(scope);
    if (day == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    return day;
  }

  public void set(VariableScope scope, LocalDate day) {
    scope.setVariable(name, day == null ? null : day.toString());
  }
}
