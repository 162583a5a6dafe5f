package vn.ocop.workflow.deadlines;

import java.util.List;

/** A calendar file refused as a whole, with every problem by row and column. */
public class InvalidCalendarException extends RuntimeException {

  private final List<String> problems;

  public InvalidCalendarException(int year, List<String> problems) {
    super("Lịch ngày nghỉ năm " + year + " không hợp lệ / the calendar of " + year + " is invalid: "
        + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
