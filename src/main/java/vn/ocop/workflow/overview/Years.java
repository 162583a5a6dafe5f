package vn.ocop.workflow.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import vn.ocop.workflow.input.InvalidInputException;

/**
 * The years a chart covers (fromYear to toYear, both included; by default the last five to this one), and
 * where each begins and ends in Vietnam's time.
 */
record Years(int from, int to, ZoneId zone) {

  static final int MAX_YEARS = 10;
  private static final int EARLIEST = 2000;

  /** Reads fromYear and toYear; a value that is not a year, or a range upside down or too long, is refused naming it. */
  static Years parse(String fromYear, String toYear, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    List<String> problems = new ArrayList<>();
    int latest = today.getYear() + 1;
    Integer to = year("toYear", toYear, latest, problems);
    Integer from = year("fromYear", fromYear, latest, problems);
    if (problems.isEmpty()) {
      to = to == null ? today.getYear() : to;
      from = from == null ? Math.max(EARLIEST, to - 4) : from;
      if (from > to) {
        problems.add("fromYear: " + from + " sau / is after toYear " + to);
      } else if (to - from >= MAX_YEARS) {
        problems.add("fromYear: tối đa " + MAX_YEARS + " năm / at most " + MAX_YEARS + " years, not " + from + "–" + to);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Khoảng năm / Years", problems);
    }
    return new Years(from, to, clock.getZone());
  }

  private static Integer year(String name, String text, int latest, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(text.trim());
      if (year >= EARLIEST && year <= latest) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below with the parameter's name
    }
    problems.add(name + ": '" + text + "' phải là năm từ " + EARLIEST + " đến " + latest + " / must be a year from "
        + EARLIEST + " to " + latest);
    return null;
  }

  IntStream each() {
    return IntStream.rangeClosed(from, to);
  }

  /** The first moment of a year. */
  Date start(int year) {
    return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
  }

  /** The last moment of a year (queries take both ends of a range). */
  Date end(int year) {
    return new Date(start(year + 1).getTime() - 1);
  }
}
