package vn.ocop.workflow.rounds;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ocop.workflow.inbox.TasklistFilters;
import vn.ocop.workflow.database.InsertOnce;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.organisation.UnitLevel;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;

/**
 * The evaluation rounds (đợt đánh giá) as data, in table ocop_evaluation_round. Decision 26/2026 sets two a
 * year: a province evaluates the proposals its communes make on or before 30 April by 30 June, and those on
 * or before 30 October by 30 December; the ministry evaluates provincial proposals made on or before
 * 30 January by 30 March, and those on or before 30 July by 30 September. These legal defaults are written
 * when a year is first asked for; an agency adds rounds of its own. Each round gets a Tasklist filter of
 * its work, which the scope's council and agency read. Days are Vietnamese calendar days.
 */
@Component
public class EvaluationRounds {

  /** The scope of the ministry's rounds. */
  public static final String CENTRAL = "central";
  static final String CENTRAL_NAME = "Trung ương / Central";
  static final String WHAT = "Đợt đánh giá / Evaluation round";
  /** Each round's filter is found again by this key and the round's id, while its number and name change. */
  private static final String FILTER_KEY = "evaluation-round:";

  private static final List<DefaultRound> PROVINCE_DEFAULTS = List.of(
      new DefaultRound(MonthDay.of(4, 30), MonthDay.of(6, 30)), new DefaultRound(MonthDay.of(10, 30), MonthDay.of(12, 30)));
  private static final List<DefaultRound> CENTRAL_DEFAULTS = List.of(
      new DefaultRound(MonthDay.of(1, 30), MonthDay.of(3, 30)), new DefaultRound(MonthDay.of(7, 30), MonthDay.of(9, 30)));

  private final JdbcTemplate jdbc;
  private final OrganisationUnits units;
  private final TasklistFilters filters;
  private final TaskService taskService;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final InsertOnce inserts;

  public EvaluationRounds(JdbcTemplate jdbc, OrganisationUnits units, TasklistFilters filters, TaskService taskService,
      ApplicationEventPublisher events, Clock clock, InsertOnce inserts) {
    this.jdbc = jdbc;
    this.units = units;
    this.filters = filters;
    this.taskService = taskService;
    this.events = events;
    this.clock = clock;
    this.inserts = inserts;
  }

  /**
   * The round a proposal made on {@code proposedOn} joins: the scope's round whose proposals end soonest on
   * or after that day. The legal rounds of that year and the next are written first where missing.
   */
  @Transactional
  public Round roundFor(String scope, LocalDate proposedOn) {
    requireScope(scope);
    Objects.requireNonNull(proposedOn, "proposedOn");
    ensureDefaults(scope, proposedOn.getYear());
    ensureDefaults(scope, proposedOn.getYear() + 1);
    LocalDate until = jdbc.queryForObject(
        "SELECT MIN(proposals_until) FROM ocop_evaluation_round WHERE scope = ? AND proposals_until >= ?",
        Date.class, scope, Date.valueOf(proposedOn)).toLocalDate();
    return find(scope, until).orElseThrow();
  }

  /** The scope's rounds whose proposals end in {@code year}, in order; the legal ones are written first where missing. */
  @Transactional
  public List<Round> rounds(String scope, int year) {
    requireScope(scope);
    ensureDefaults(scope, year);
    return stored(scope, year);
  }

  /**
   * The scope's rounds whose proposals end in {@code year}, as recorded, without writing anything: a legal
   * round nobody has asked for yet is not there (for read-only views such as the overview dashboard).
   */
  public List<Round> recorded(String scope, int year) {
    requireScope(scope);
    return stored(scope, year);
  }

  /**
   * Adds a round for {@code scope}, by {@code user}: its proposals end on {@code proposalsUntil} (today or
   * later, and no other round of the scope's ends then) and it is evaluated by {@code evaluatedBy} (after
   * that). Refused with {@link InvalidInputException} naming each field at fault, and then nothing changes.
   * Publishes {@link RoundAdded}.
   */
  @Transactional
  public Round add(String scope, LocalDate proposalsUntil, LocalDate evaluatedBy, String user) {
    Objects.requireNonNull(user, "user");
    List<String> errors = new ArrayList<>();
    boolean knownScope = isScope(scope);
    if (!knownScope) {
      errors.add(unknownScope(scope));
    }
    LocalDate today = LocalDate.now(clock);
    if (proposalsUntil == null) {
      errors.add("proposalsUntil: bắt buộc / required");
    } else if (proposalsUntil.isBefore(today)) {
      errors.add("proposalsUntil: " + proposalsUntil + " đã qua, hôm nay là " + today + " / is before today, "
          + today);
    } else if (knownScope) {
      ensureDefaults(scope, proposalsUntil.getYear());
      find(scope, proposalsUntil).ifPresent(round -> errors.add(taken(round)));
    }
    if (evaluatedBy == null) {
      errors.add("evaluatedBy: bắt buộc / required");
    } else if (proposalsUntil != null && !evaluatedBy.isAfter(proposalsUntil)) {
      errors.add("evaluatedBy: " + evaluatedBy + " phải sau hạn đề xuất " + proposalsUntil
          + " / must be after proposalsUntil, " + proposalsUntil);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(WHAT, errors);
    }
    if (!insert(scope, proposalsUntil, evaluatedBy, user)) {
      throw new InvalidInputException(WHAT, List.of(taken(find(scope, proposalsUntil).orElseThrow())));
    }
    saveFilters(scope, proposalsUntil.getYear());
    Round added = find(scope, proposalsUntil).orElseThrow();
    events.publishEvent(new RoundAdded(added));
    return added;
  }

  /** A scope's bilingual name: "Tỉnh Nghệ An / Nghe An", or "Trung ương / Central" for the ministry. */
  public String scopeName(String scope) {
    if (CENTRAL.equals(scope)) {
      return CENTRAL_NAME;
    }
    AdministrativeUnit province = province(scope).orElseThrow(() -> new InvalidInputException(WHAT,
        List.of(unknownScope(scope))));
    return province.name() + " / " + province.asciiName();
  }

  /** The round's display name: "Đợt 1/2026 – Tỉnh Nghệ An / Round 1/2026 – Nghe An". */
  public String name(Round round) {
    return round.name(scopeName(round.scope()));
  }

  /** The scope's OCOP agency, which adds its rounds: {@code province-40-agency}, {@code central-agency}. */
  public String agencyGroup(String scope) {
    requireScope(scope);
    return CENTRAL.equals(scope) ? OfficialGroups.CENTRAL_AGENCY : OfficialGroups.provinceAgency(scope);
  }

  /** The scope's council, which scores in its rounds: {@code province-40-council}, {@code central-council}. */
  public String councilGroup(String scope) {
    requireScope(scope);
    return CENTRAL.equals(scope) ? OfficialGroups.CENTRAL_COUNCIL : OfficialGroups.provinceCouncil(scope);
  }

  /** Whether rounds are kept for this scope: a province's code, or {@code central}. */
  public boolean isScope(String scope) {
    return CENTRAL.equals(scope) || province(scope).isPresent();
  }

  private Optional<AdministrativeUnit> province(String code) {
    return code == null ? Optional.empty() : units.find(code).filter(unit -> unit.level() == UnitLevel.PROVINCE);
  }

  private void requireScope(String scope) {
    if (!isScope(scope)) {
      throw new InvalidInputException(WHAT, List.of(unknownScope(scope)));
    }
  }

  static String unknownScope(Object scope) {
    return "scope: '" + scope + "' không phải mã tỉnh hay central / is not a province code or central";
  }

  private String taken(Round round) {
    return "proposalsUntil: " + name(round) + " đã nhận đề xuất đến hết " + round.proposalsUntil()
        + " / already takes proposals until " + round.proposalsUntil();
  }

  /** Writes the scope's legal rounds of the year that are missing, and the filters of the year's rounds if any was. */
  private void ensureDefaults(String scope, int year) {
    List<LocalDate> known = stored(scope, year).stream().map(Round::proposalsUntil).toList();
    boolean added = false;
    for (DefaultRound legal : CENTRAL.equals(scope) ? CENTRAL_DEFAULTS : PROVINCE_DEFAULTS) {
      LocalDate until = legal.proposalsUntil().atYear(year);
      if (!known.contains(until)) {
        added |= insert(scope, until, legal.evaluatedBy().atYear(year), null);
      }
    }
    if (added) {
      saveFilters(scope, year);
    }
  }

  /** Inserts the round unless it is there, also inserted by another transaction at the same moment; false when it was. */
  private boolean insert(String scope, LocalDate proposalsUntil, LocalDate evaluatedBy, String user) {
    return inserts.insert(() -> jdbc.update(
        "INSERT INTO ocop_evaluation_round (id, scope, proposals_until, evaluated_by, created_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)", Round.id(scope, proposalsUntil), scope, Date.valueOf(proposalsUntil),
        Date.valueOf(evaluatedBy), user, Timestamp.from(clock.instant())));
  }

  private Optional<Round> find(String scope, LocalDate proposalsUntil) {
    return stored(scope, proposalsUntil.getYear()).stream().filter(round -> round.proposalsUntil().equals(proposalsUntil))
        .findFirst();
  }

  private List<Round> stored(String scope, int year) {
    return jdbc.query("SELECT id, proposals_until, evaluated_by, created_by FROM ocop_evaluation_round"
            + " WHERE scope = ? AND proposals_until >= ? AND proposals_until <= ? ORDER BY proposals_until",
        (row, index) -> new Round(row.getString(1), scope, year, index + 1, row.getDate(2).toLocalDate(),
            row.getDate(3).toLocalDate(), row.getString(4)),
        scope, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
  }

  /**
   * Brings the filter of each of the scope's rounds of the year to its current name: a round added before
   * others renumbers them. Each lists the tasks of the dossiers (and councils) in the round that are the
   * user's or their groups'.
   */
  private void saveFilters(String scope, int year) {
    List<String> readers = List.of(councilGroup(scope), agencyGroup(scope));
    for (Round round : stored(scope, year)) {
      filters.save(FILTER_KEY + round.id(), name(round), priority(round),
          "Việc của bạn trong đợt đánh giá: đề xuất đến hết " + round.proposalsUntil() + ", đánh giá xong trước "
              + round.evaluatedBy() + " / Your work in the evaluation round: proposals until " + round.proposalsUntil()
              + ", evaluated by " + round.evaluatedBy(),
          taskService.createTaskQuery()
              .processVariableValueEquals(LevelEvaluationProcess.EVALUATION_ROUND.name(), round.id())
              .or()
              .taskAssigneeExpression("${currentUser()}")
              .taskCandidateGroupInExpression("${currentUserGroups()}")
              .endOr(),
          readers);
    }
  }

  /** After the role filters, in the order the rounds' proposals end: 20260430. */
  private static int priority(Round round) {
    LocalDate until = round.proposalsUntil();
    return until.getYear() * 10_000 + until.getMonthValue() * 100 + until.getDayOfMonth();
  }

  private record DefaultRound(MonthDay proposalsUntil, MonthDay evaluatedBy) {
  }
}
