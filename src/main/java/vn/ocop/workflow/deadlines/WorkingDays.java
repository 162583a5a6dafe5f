package vn.ocop.workflow.deadlines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ocop.workflow.database.StartUpLock;

/**
 * Vietnam's working days: Monday to Friday, less the days off the government gives each year (holidays
 * and the weekdays given in place of those that fall on a weekend), plus the weekend days it makes
 * working days. The years are data (tables ocop_calendar_year and ocop_calendar_day): the shipped
 * files (calendar/&lt;year&gt;.csv) are loaded at start-up where the database lacks them or holds only a
 * provisional list, and an administrator loads a year over REST. A deadline that reaches a year not
 * loaded fails with {@link MissingCalendarException}, never as if every weekday were worked.
 */
@Component
public class WorkingDays {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDays.class);
  private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv");

  private final JdbcTemplate jdbc;
  private final ResourcePatternResolver resources;
  private final String shipped;
  private final Clock clock;
  private final StartUpLock startUpLock;

  public WorkingDays(JdbcTemplate jdbc, ResourcePatternResolver resources,
      @Value("${ocop.calendar.shipped:classpath*:calendar/*.csv}") String shipped, Clock clock,
      StartUpLock startUpLock) {
    this.jdbc = jdbc;
    this.resources = resources;
    this.shipped = shipped;
    this.clock = clock;
    this.startUpLock = startUpLock;
  }

  /** The {@code count}-th working day after {@code from}: day 1 is the first working day after it. */
  public LocalDate after(LocalDate from, int count) {
    Set<Integer> loaded = new HashSet<>(jdbc.queryForList("SELECT calendar_year FROM ocop_calendar_year", Integer.class));
    Map<LocalDate, CalendarYear.Kind> changed = new HashMap<>();
    jdbc.query("SELECT calendar_day, kind FROM ocop_calendar_day WHERE calendar_day > ? AND calendar_day <= ?",
        row -> {
          changed.put(row.getDate(1).toLocalDate(), CalendarYear.Kind.valueOf(row.getString(2)));
        }, Date.valueOf(from), Date.valueOf(from.plusDays(count * 3L + 60)));
    LocalDate day = from;
    for (int worked = 0; worked < count; ) {
      day = day.plusDays(1);
      if (!loaded.contains(day.getYear())) {
        throw new MissingCalendarException(day.getYear());
      }
      CalendarYear.Kind kind = changed.get(day);
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (kind == CalendarYear.Kind.WORKING_DAY || (!weekend && kind != CalendarYear.Kind.DAY_OFF)) {
        worked++;
      }
    }
    return day;
  }

  /** Replaces a year's days, as a whole, in one transaction. */
  @Transactional
  public void load(CalendarYear year) {
    jdbc.update("DELETE FROM ocop_calendar_day WHERE calendar_year = ?", year.year());
    jdbc.update("DELETE FROM ocop_calendar_year WHERE calendar_year = ?", year.year());
    jdbc.update("INSERT INTO ocop_calendar_year (calendar_year, status, source, loaded_at) VALUES (?, ?, ?, ?)",
        year.year(), year.status().name(), year.source(), Timestamp.from(clock.instant()));
    for (CalendarYear.Day day : year.days()) {
      jdbc.update("INSERT INTO ocop_calendar_day (calendar_day, calendar_year, kind, name) VALUES (?, ?, ?, ?)",
          Date.valueOf(day.day()), year.year(), day.kind().name(), day.name());
    }
  }

  /** The loaded years, in order. */
  public List<CalendarYear> years() {
    return jdbc.query("SELECT calendar_year, status, source FROM ocop_calendar_year ORDER BY calendar_year",
        (row, i) -> new CalendarYear(row.getInt(1), CalendarYear.Status.valueOf(row.getString(2)), row.getString(3),
            days(row.getInt(1))));
  }

  private List<CalendarYear.Day> days(int year) {
    return jdbc.query(
        "SELECT calendar_day, kind, name FROM ocop_calendar_day WHERE calendar_year = ? ORDER BY calendar_day",
        (row, i) -> new CalendarYear.Day(row.getDate(1).toLocalDate(), CalendarYear.Kind.valueOf(row.getString(2)),
            row.getString(3)), year);
  }

  /**
   * Loads each shipped year the database lacks, or holds as provisional while the shipped one is official,
   * and says which of this year and the next are missing or provisional.
   */
  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void loadShipped() {
    startUpLock.run(this::loadMissingYears);
  }

  private void loadMissingYears() {
    Map<Integer, CalendarYear.Status> stored = new HashMap<>();
    jdbc.query("SELECT calendar_year, status FROM ocop_calendar_year",
        row -> {
          stored.put(row.getInt(1), CalendarYear.Status.valueOf(row.getString(2)));
        });
    for (Resource file : shippedFiles()) {
      Matcher name = YEAR_FILE.matcher(String.valueOf(file.getFilename()));
      if (!name.matches()) {
        continue;
      }
      int year = Integer.parseInt(name.group(1));
      CalendarYear shippedYear = CalendarFile.read(year, content(file));
      CalendarYear.Status current = stored.get(year);
      if (current == null || (current == CalendarYear.Status.PROVISIONAL
          && shippedYear.status() == CalendarYear.Status.OFFICIAL)) {
        load(shippedYear);
        stored.put(year, shippedYear.status());
        LOG.info("Working-day calendar {} loaded from {} ({})", year, file.getDescription(), shippedYear.status());
      }
    }
    int thisYear = LocalDate.now(clock).getYear();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      if (!stored.containsKey(year)) {
        LOG.warn("No working-day calendar for {}: deadlines in working days that reach it fail until an administrator"
            + " loads it (PUT /engine-rest/ocop/calendar/{})", year, year);
      } else if (stored.get(year) == CalendarYear.Status.PROVISIONAL) {
        LOG.warn("The working-day calendar for {} is provisional: replace it with the government's notice"
            + " (PUT /engine-rest/ocop/calendar/{})", year, year);
      }
    }
  }

  private static byte[] content(Resource file) {
    try {
      return file.getContentAsByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.getDescription(), e);
    }
  }

  private Resource[] shippedFiles() {
    try {
      return resources.getResources(shipped);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the shipped calendars at " + shipped, e);
    }
  }
}
