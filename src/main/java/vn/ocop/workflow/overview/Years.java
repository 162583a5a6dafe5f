package vn.ocop.workflow.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.ocop.workflow.input.QueryParameters;

/**
 * The years a chart covers (fromYear to toYear, both included; by default the last five to this one), and
 * where each begins and ends in Vietnam's time.
 */
record Years(int from, int to, ZoneId zone) {

  static final int MAX_YEARS = 10;
  private static final int EARLIEST = 2000;
  private static final String FROM_YEAR = "fromYear";
  private static final String TO_YEAR = "toYear";

  /** Reads fromYear and toYear; a value that is not a year, or a range upside down or too long, is refused naming it. */
  static Years parse(String fromYear, String toYear, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    int latest = today.getYear() + 1;
    Map<String, String> given = new HashMap<>();
    given(given, TO_YEAR, toYear);
    given(given, FROM_YEAR, fromYear);
    QueryParameters years = new QueryParameters(given, List.of(FROM_YEAR, TO_YEAR));
    Integer to = years.year(TO_YEAR, EARLIEST, latest);
    Integer from = years.year(FROM_YEAR, EARLIEST, latest);
    boolean bothRead = (to != null || !given.containsKey(TO_YEAR)) && (from != null || !given.containsKey(FROM_YEAR));
    if (bothRead) {
      to = to == null ? today.getYear() : to;
      from = from == null ? Math.max(EARLIEST, to - 4) : from;
      if (from > to) {
        years.problem(FROM_YEAR + ": " + from + " sau / is after " + TO_YEAR + " " + to);
      } else if (to - from >= MAX_YEARS) {
        years.problem(FROM_YEAR + ": tối đa " + MAX_YEARS + " năm / at most " + MAX_YEARS + " years, not " + from + "–" + to);
      }
    }
    years.check("Khoảng năm / Years");
    return new Years(from, to, clock.getZone());
  }

  /** An empty field of the dashboard's form means the default. */
  private static void given(Map<String, String> given, String name, String text) {
    if (text != null && !text.isBlank()) {
      given.put(name, text.trim());
    }
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
