package vn.ocop.workflow.overview;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.certificates.Certificate;
import vn.ocop.workflow.certificates.CertificateList;
import vn.ocop.workflow.certificates.CertificateRegister;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.vocabulary.CertificateVariables;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.rounds.EvaluationRounds;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;

/**
 * The dashboard's figures. Dossier figures come from the engine's query API, run under the signed-in
 * user's authentication (see {@link OverviewPluginResource}), so the engine's authorizations decide which
 * dossiers count: all for auditors, those granted to their unit for an official. Each figure is a count
 * query, or for a percentile one row of a query sorted by duration: nothing is loaded in bulk.
 * Certificate figures come from the certificate register, grouped in SQL, within the communes whose
 * certificates the caller may list.
 */
@Component
class ProgrammeOverview {

  /** Unit levels, as the charts colour them. */
  static final String COMMUNE = "commune";
  static final String DISTRICT = CouncilEvaluationProcess.DISTRICT;
  static final String PROVINCE = CouncilEvaluationProcess.PROVINCE;
  static final String CENTRAL = CouncilEvaluationProcess.CENTRAL;
  static final String REEVALUATION = "reevaluation";

  /** The steps a running dossier waits at, with the level that holds it there. */
  static final List<Step> STAGES = List.of(
      new Step(EvaluationProcess.Elements.CHECK_DOSSIER, COMMUNE, "Kiểm tra hồ sơ / Check dossier"),
      new Step(EvaluationProcess.Elements.REVISE_DOSSIER, COMMUNE, "Bổ sung hồ sơ / Revise dossier"),
      new Step(EvaluationProcess.Elements.EVALUATE_AT_DISTRICT, DISTRICT, "Hội đồng huyện / District council"),
      new Step(EvaluationProcess.Elements.EVALUATE_AT_PROVINCE, PROVINCE, "Hội đồng tỉnh / Province council"),
      new Step(EvaluationProcess.Elements.EVALUATE_IN_PROVINCE, PROVINCE, "Đánh giá cấp tỉnh (QĐ 26) / In province (26/2026)"),
      new Step(EvaluationProcess.Elements.EVALUATE_AT_CENTRAL, CENTRAL, "Hội đồng trung ương / Central council"),
      new Step(EvaluationProcess.Elements.EVALUATE_AT_MINISTRY, CENTRAL, "Đánh giá cấp bộ (QĐ 26) / At ministry (26/2026)"),
      new Step(EvaluationProcess.Elements.REEVALUATE_IN_WRITING, REEVALUATION, "Đánh giá lại bằng văn bản / Re-evaluation in writing"));

  /**
   * The steps a Decision 26/2026 level (ocop-level-evaluation, at the province or the ministry) waits at;
   * who works each: the agency, the commune, the advisory group, the round's calendar, the council.
   */
  static final List<Step> LEVEL_STAGES = List.of(
      new Step(LevelEvaluationProcess.Elements.CHECK_COMPLETENESS, "agency", "Kiểm tra đầy đủ / Completeness check"),
      new Step(LevelEvaluationProcess.Elements.COMPLETE_DOSSIER, COMMUNE, "Xã bổ sung / Commune completes"),
      new Step(LevelEvaluationProcess.Elements.VISIT_PRODUCTION_SITE, "advisory", "Khảo sát cơ sở / Site visit"),
      new Step(LevelEvaluationProcess.Elements.RECORD_TEST_RESULTS, "advisory", "Kết quả kiểm nghiệm / Test results"),
      new Step(LevelEvaluationProcess.Elements.ROUND_OPENS, "round", "Chờ đợt đánh giá / Waiting for the round"),
      new Step(LevelEvaluationProcess.Elements.SCORE_AT_COUNCIL, "council", "Hội đồng chấm điểm / Council scoring"),
      new Step(LevelEvaluationProcess.Elements.DECIDE_RECOGNITION, "agency", "Quyết định công nhận / Recognition decision"),
      new Step(LevelEvaluationProcess.Elements.APPROVE_REFERRAL, "agency", "Phê duyệt gửi Bộ / Referral approval"));

  /** The steps whose time is each level's share of a dossier: the commune's check and each council or level. */
  static final List<Step> LEVEL_STEPS = STAGES.stream().filter(step -> !List.of(EvaluationProcess.Elements.REVISE_DOSSIER,
      EvaluationProcess.Elements.REEVALUATE_IN_WRITING).contains(step.id())).toList();

  /** How a dossier ended, by the end event it reached. */
  static final List<Step> ENDINGS = List.of(
      new Step(EvaluationProcess.Elements.PRODUCT_NOT_RECOGNISED, "notRecognised", "Không được công nhận / Not recognised"),
      new Step(EvaluationProcess.Elements.PRODUCT_NOT_RE_RECOGNISED, "notReRecognised",
          "Không được tái công nhận / Not re-recognised"),
      new Step(EvaluationProcess.Elements.DOSSIER_REJECTED, "rejected", "Bị từ chối / Rejected"),
      new Step(EvaluationProcess.Elements.DOSSIER_LAPSED, "lapsed", "Hết hạn / Lapsed"));

  /** How a Decision 26/2026 level ended, by the end event of ocop-level-evaluation it reached. */
  static final List<Step> LEVEL_ENDINGS = List.of(
      new Step(LevelEvaluationProcess.Elements.RECOGNISED, "recognised", "Được công nhận / Recognised"),
      new Step(LevelEvaluationProcess.Elements.REFERRED, "referred", "Chuyển lên bộ / Referred to the ministry"),
      new Step(LevelEvaluationProcess.Elements.NOT_PROPOSED, "notProposed", "Không đề nghị / Not proposed"),
      new Step(LevelEvaluationProcess.Elements.PROPOSAL_LAPSED, "lapsed", "Hết hạn / Lapsed"));

  static final int MOST_UNITS = 30;
  private static final long DAY_MILLIS = 86_400_000L;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final CertificateRegister register;
  private final CertificateList certificates;
  private final OrganisationUnits units;
  private final EvaluationRounds rounds;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ProgrammeOverview(RuntimeService runtime, HistoryService history, CertificateRegister register,
      CertificateList certificates, OrganisationUnits units, EvaluationRounds rounds, JdbcTemplate jdbc, Clock clock) {
    this.runtime = runtime;
    this.history = history;
    this.register = register;
    this.certificates = certificates;
    this.units = units;
    this.rounds = rounds;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  /** Running dossiers at each stage: one count per stage; "other" is any step not listed (a timer, a gateway). */
  Map<String, Object> stages() {
    List<Map<String, Object>> stages = new ArrayList<>();
    long listed = 0;
    for (Step step : STAGES) {
      long dossiers = runtime.createProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY)
          .activityIdIn(step.id()).count();
      listed += dossiers;
      stages.add(step.with("dossiers", dossiers));
    }
    long running = runtime.createProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY).count();
    // Within a Decision 26/2026 level: the dossiers above at evaluate-in-province or evaluate-at-ministry, by step.
    List<Map<String, Object>> levels = new ArrayList<>();
    for (String level : List.of(PROVINCE, CENTRAL)) {
      for (Step step : LEVEL_STAGES) {
        Map<String, Object> row = step.with("dossiers", runtime.createProcessInstanceQuery()
            .processDefinitionKey(LevelEvaluationProcess.KEY).activityIdIn(step.id())
            .variableValueEquals(CouncilEvaluationProcess.COUNCIL_LEVEL.name(), level).count());
        row.put("worker", step.level());
        row.put("level", level);
        levels.add(row);
      }
    }
    return Map.of("running", running, "other", Math.max(0, running - listed), "stages", stages, "levels", levels);
  }

  /** Certificates in force by stars, and by province and stars. */
  Map<String, Object> certificates(Viewer viewer) {
    List<CertificateRegister.InForce> inForce = register.inForceByProvince(certificates.visibleCommunes(viewer.caller()));
    Map<Integer, Long> byStars = noCertificates();
    Map<String, String> provinceNames = new LinkedHashMap<>();
    Map<String, Map<Integer, Long>> starsByProvince = new LinkedHashMap<>();
    for (CertificateRegister.InForce row : inForce) {
      byStars.merge(row.stars(), row.certificates(), Long::sum);
      provinceNames.put(row.provinceCode(), row.provinceName());
      starsByProvince.computeIfAbsent(row.provinceCode(), code -> noCertificates())
          .merge(row.stars(), row.certificates(), Long::sum);
    }
    List<Map<String, Object>> byProvince = new ArrayList<>();
    provinceNames.forEach((code, name) -> {
      Map<String, Object> province = new LinkedHashMap<>();
      province.put("provinceCode", code);
      province.put("provinceName", name);
      province.put("stars", starsByProvince.get(code));
      byProvince.add(province);
    });
    return Map.of("byStars", byStars, "byProvince", byProvince);
  }

  /** No certificate at 3★, 4★ or 5★ yet: every chart shows the three ranks. */
  private static Map<Integer, Long> noCertificates() {
    return new TreeMap<>(Map.of(3, 0L, 4, 0L, 5, 0L));
  }

  /**
   * Per year: dossiers that ended certified (by the stars of their certificate), not recognised, rejected or
   * lapsed, counted by the year they ended; certificates revoked and expired by the year that took effect.
   */
  Map<String, Object> outcomes(Viewer viewer, Years years) {
    List<String> communes = certificates.visibleCommunes(viewer.caller());
    Map<Integer, Long> revoked = register.changesByYear(Certificate.Status.REVOKED, years.from(), years.to(), communes);
    Map<Integer, Long> expired = register.changesByYear(Certificate.Status.EXPIRED, years.from(), years.to(), communes);
    List<Map<String, Object>> rows = new ArrayList<>();
    years.each().forEach(year -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("year", year);
      for (int stars = 3; stars <= 5; stars++) {
        row.put("certified" + stars, ended(years, year).executedActivityIdIn(EvaluationProcess.Elements.PRODUCT_CERTIFIED)
            .variableValueEquals(CertificateVariables.CERTIFICATE_STARS.name(), stars).count());
      }
      for (Step ending : ENDINGS) {
        row.put(ending.level(), ended(years, year).executedActivityIdIn(ending.id()).count());
      }
      row.put("revoked", revoked.getOrDefault(year, 0L));
      row.put("expired", expired.getOrDefault(year, 0L));
      rows.add(row);
    });
    return Map.of("fromYear", years.from(), "toYear", years.to(), "years", rows);
  }

  private HistoricProcessInstanceQuery ended(Years years, int year) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY)
        .finishedAfter(years.start(year)).finishedBefore(years.end(year));
  }

  /**
   * The median and 90th percentile, in days, of the time each level held a dossier, over the steps that
   * ended in the years asked (nearest rank: the value at rank ⌈p·n⌉ of the n durations, sorted).
   */
  Map<String, Object> durations(Years years) {
    List<Map<String, Object>> levels = new ArrayList<>();
    for (Step step : LEVEL_STEPS) {
      Supplier<HistoricActivityInstanceQuery> query = () -> history.createHistoricActivityInstanceQuery()
          .activityId(step.id()).finished().finishedAfter(years.start(years.from())).finishedBefore(years.end(years.to()));
      long count = query.get().count();
      Map<String, Object> level = step.with("count", count);
      level.put("medianDays", percentile(query, count, 0.5));
      level.put("p90Days", percentile(query, count, 0.9));
      levels.add(level);
    }
    return Map.of("fromYear", years.from(), "toYear", years.to(), "levels", levels);
  }

  private static Double percentile(Supplier<HistoricActivityInstanceQuery> query, long count, double p) {
    if (count == 0) {
      return null;
    }
    int rank = (int) Math.ceil(p * count);
    List<HistoricActivityInstance> at = query.get().orderByHistoricActivityInstanceDuration().asc()
        .listPage(Math.max(rank, 1) - 1, 1);
    if (at.isEmpty() || at.get(0).getDurationInMillis() == null) {
      return null;
    }
    return Math.round(at.get(0).getDurationInMillis() * 10.0 / DAY_MILLIS) / 10.0;
  }

  /**
   * Decision 26/2026 dossiers per evaluation round (a province's, or the ministry's): how many wait in it and
   * how the level ended for the others, for the rounds whose proposals end in the years asked, of one scope
   * (a province's code, or central) or of all. The rounds are read from the register, never written.
   */
  Map<String, Object> rounds(Years years, String scope) {
    if (scope != null && !rounds.isScope(scope)) {
      throw new InvalidInputException("Đợt đánh giá / Evaluation rounds", List.of("scope: '" + scope
          + "' không phải mã tỉnh hay 'central' / is neither a province's code nor 'central'"));
    }
    List<String> scopes = scope != null ? List.of(scope) : Stream.concat(
        units.provinces().map(AdministrativeUnit::code), Stream.of(EvaluationRounds.CENTRAL)).toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    years.each().forEach(year -> scopes.forEach(each -> rounds.recorded(each, year).forEach(round -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", round.id());
      row.put("name", rounds.name(round));
      row.put("scope", round.scope());
      row.put("waiting", runtime.createProcessInstanceQuery().processDefinitionKey(LevelEvaluationProcess.KEY)
          .variableValueEquals(LevelEvaluationProcess.EVALUATION_ROUND.name(), round.id()).count());
      for (Step ending : LEVEL_ENDINGS) {
        row.put(ending.level(), history.createHistoricProcessInstanceQuery().processDefinitionKey(LevelEvaluationProcess.KEY)
            .finished().variableValueEquals(LevelEvaluationProcess.EVALUATION_ROUND.name(), round.id())
            .executedActivityIdIn(ending.id()).count());
      }
      rows.add(row);
    })));
    return Map.of("fromYear", years.from(), "toYear", years.to(), "rounds", rows);
  }

  /**
   * Open tasks past their due date, per unit: a task counts for each of its candidate groups, and a council
   * member's own score sheet or written opinion (which has none) for its council. One grouped query on the
   * engine's task tables, as the task query cannot group; an official sees only their own groups' rows.
   */
  Map<String, Object> overdue(Viewer viewer) {
    Date now = Date.from(clock.instant());
    List<Object> parameters = new ArrayList<>(List.of(now, CouncilEvaluationProcess.COUNCIL_GROUP.name(), now,
        CouncilEvaluationProcess.Elements.SCORE_PRODUCT, WrittenOpinionsProcess.Elements.GIVE_WRITTEN_OPINION));
    String within = "";
    if (!viewer.everything()) {
      within = " WHERE unit_group IN (" + String.join(", ", Collections.nCopies(viewer.unitGroups().size(), "?")) + ")";
      parameters.addAll(viewer.unitGroups());
    }
    List<Overdue> perUnit = jdbc.query("SELECT unit_group, COUNT(*) FROM ("
            + " SELECT L.GROUP_ID_ AS unit_group FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_"
            + " WHERE T.DUE_DATE_ < ? AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ IS NOT NULL"
            + " UNION ALL"
            + " SELECT V.TEXT_ AS unit_group FROM ACT_RU_TASK T JOIN ACT_RU_VARIABLE V"
            + " ON V.EXECUTION_ID_ = T.PROC_INST_ID_ AND V.NAME_ = ?"
            + " WHERE T.DUE_DATE_ < ? AND T.TASK_DEF_KEY_ IN (?, ?)"
            + ") overdue" + within + " GROUP BY unit_group ORDER BY COUNT(*) DESC, unit_group",
        (row, i) -> new Overdue(row.getString(1), row.getLong(2)), parameters.toArray());
    // A task offered to two groups counts at both: the total is the units' sum.
    long tasks = perUnit.stream().mapToLong(Overdue::tasks).sum();
    List<Map<String, Object>> byUnit = perUnit.stream().limit(MOST_UNITS).map(this::unitRow).toList();
    return Map.of("tasks", tasks, "units", perUnit.size(), "byUnit", byUnit);
  }

  private record Overdue(String group, long tasks) {
  }

  private Map<String, Object> unitRow(Overdue overdue) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("group", overdue.group());
    // A province has a council, an agency and an advisory group: the group tells them apart.
    row.put("unit", OfficialGroups.unitOf(overdue.group()).flatMap(units::find)
        .map(unit -> unit.name() + " (" + overdue.group() + ")").orElse(overdue.group()));
    row.put("tasks", overdue.tasks());
    return row;
  }

  /** A step of the procedure: its element id, the level (or kind) it stands for, and its label. */
  record Step(String id, String level, String label) {

    Map<String, Object> with(String figure, Object value) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("level", level);
      row.put("label", label);
      row.put(figure, value);
      return row;
    }
  }
}
