package vn.ocop.workflow.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of Vietnam's working-day calendar as the government publishes it: the weekdays that are days
 * off (holidays and the days given in their place) and the Saturdays or Sundays worked instead, with
 * whether the list is the official one or provisional, and where it comes from.
 */
public record CalendarYear(int year, Status status, String source, List<Day> days) {

  public enum Status { OFFICIAL, PROVISIONAL }

  /** A day that differs from the usual week: a weekday off, or a weekend day worked. */
  public record Day(LocalDate day, Kind kind, String name) {
  }

  public enum Kind {
    DAY_OFF("day-off"), WORKING_DAY("working-day");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }
}
