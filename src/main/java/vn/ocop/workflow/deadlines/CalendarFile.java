package vn.ocop.workflow.deadlines;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year's calendar as a CSV file (src/main/resources/calendar/2027.csv, or one an administrator
 * uploads): two comment lines, {@code # status: official|provisional} and {@code # source: …}, then the
 * columns {@code day,kind,name}, one row per weekday off ({@code day-off}) or weekend day worked
 * ({@code working-day}). A file is read as a whole: every problem is named by row and column.
 */
public final class CalendarFile {

  private static final Pattern META = Pattern.compile("^#\\s*(status|source)\\s*:\\s*(.*?)\\s*$");
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS)
      .enable(CsvParser.Feature.TRIM_SPACES).build();

  private CalendarFile() {
  }

  public static CalendarYear read(int year, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    String status = null;
    String source = null;
    for (String line : text.split("\\R")) {
      Matcher meta = META.matcher(line);
      if (meta.matches() && meta.group(1).equals("status")) {
        status = meta.group(2);
      } else if (meta.matches()) {
        source = meta.group(2);
      }
    }
    String statusGiven = status;
    CalendarYear.Status parsedStatus = Arrays.stream(CalendarYear.Status.values())
        .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(statusGiven)).findFirst().orElse(null);
    if (parsedStatus == null) {
      problems.add("# status: phải là official hoặc provisional / must be official or provisional, not '" + status + "'");
    }
    if (source == null || source.isBlank()) {
      problems.add("# source: bắt buộc, nguồn của lịch / required: where the days come from");
    }
    List<CalendarYear.Day> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    int row = 1;
    try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      while (rows.hasNext()) {
        row++;
        Map<String, String> values = rows.next();
        CalendarYear.Day day = day(year, row, values, problems);
        if (day != null && !seen.add(day.day())) {
          problems.add("dòng/row " + row + ", cột/column day: " + day.day() + " đã có / is listed twice");
        } else if (day != null) {
          days.add(day);
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add("dòng/row " + row + ": không đọc được CSV / not readable as CSV: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new InvalidCalendarException(year, problems);
    }
    return new CalendarYear(year, parsedStatus, source, List.copyOf(days));
  }

  private static CalendarYear.Day day(int year, int row, Map<String, String> values, List<String> problems) {
    String at = "dòng/row " + row + ", cột/column ";
    LocalDate day = null;
    try {
      day = LocalDate.parse(values.getOrDefault("day", ""));
    } catch (DateTimeParseException e) {
      problems.add(at + "day: '" + values.get("day") + "' không phải ngày dạng / is not a day such as " + year + "-02-05");
    }
    if (day != null && day.getYear() != year) {
      problems.add(at + "day: " + day + " không thuộc năm / is not in " + year);
      day = null;
    }
    CalendarYear.Kind kind = Arrays.stream(CalendarYear.Kind.values())
        .filter(k -> k.id().equals(values.get("kind"))).findFirst().orElse(null);
    if (kind == null) {
      problems.add(at + "kind: phải là / must be day-off or working-day, not '" + values.get("kind") + "'");
    }
    String name = values.get("name");
    if (name == null || name.isBlank() || name.length() > 200) {
      problems.add(at + "name: bắt buộc, tối đa 200 ký tự / required, at most 200 characters");
    }
    if (day != null && kind != null) {
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (kind == CalendarYear.Kind.DAY_OFF && weekend) {
        problems.add(at + "day: " + day + " là cuối tuần; ghi ngày nghỉ bù vào ngày thường / is a weekend day: list"
            + " the weekday given in its place");
      } else if (kind == CalendarYear.Kind.WORKING_DAY && !weekend) {
        problems.add(at + "day: " + day + " là ngày thường, vốn là ngày làm việc / is a weekday, a working day anyway");
      }
    }
    return day == null || kind == null || name == null || name.isBlank() ? null : new CalendarYear.Day(day, kind, name);
  }
}
