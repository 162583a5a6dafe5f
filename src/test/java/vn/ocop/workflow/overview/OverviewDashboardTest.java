package vn.ocop.workflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.WebappSession;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;

/**
 * The Cockpit overview dashboard's figures, for dossiers driven through the engine in a commune no other
 * test uses (Huong Minh, district Vu Quang, Ha Tinh, three-level): its officer sees exactly them, a
 * neighbouring commune none of them, the district council the one it evaluated, and the auditor them on top
 * of everything else. Anybody else is refused.
 */
class OverviewDashboardTest extends ProcessTestBase {

  private static final String HUONG_MINH = "18340";
  private static final String HUONG_MINH_OFFICER = "officer-18340";
  private static final String DUC_LINH_OFFICER = "officer-18322";
  private static final String VU_QUANG_COUNCIL_MEMBER = "council-441-1";
  private static final String HANH_LAM = "17722";
  private static final String HANH_LAM_OFFICER = "officer-17722";
  private static final String DAI_DONG_OFFICER = "officer-17713";
  private static final String OVERVIEW = "/camunda/api/cockpit/plugin/ocop-overview/default/overview";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  @Test
  void eachChartCountsTheDossiersDrivenThroughTheEngineForWhoeverMaySeeThem() throws IOException {
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");
    Map<String, JsonNode> before = Map.of("stages", get(auditor, "/stages"), "certificates", get(auditor, "/certificates"),
        "outcomes", get(auditor, "/outcomes"));
    Instant start = Instant.now();
    String years = "?fromYear=" + start.atZone(VIETNAM).getYear() + "&toYear="
        + start.plus(Duration.ofDays(7)).atZone(VIETNAM).getYear();
    ProcessInstance certified;
    ProcessInstance waiting;
    try {
      ClockUtil.setCurrentTime(Date.from(start));
      certified = register("Chè");
      ProcessInstance rejected = register("Mật ong");
      ProcessInstance lapsed = register("Nấm");
      waiting = register("Cam");

      at(start, 1);
      dossiers.check(lapsed, Map.of("communeDecision", "return", "decisionReason", "Thiếu nhãn / label missing"));
      Job revisionDeadline = engine.getManagementService().createJobQuery().processInstanceId(lapsed.getId())
          .timers().singleResult();
      engine.getManagementService().executeJob(revisionDeadline.getId());
      at(start, 2);
      dossiers.forward(certified);
      at(start, 4);
      dossiers.check(rejected, Map.of("communeDecision", "reject", "decisionReason", "Không đủ điều kiện / not eligible"));
      at(start, 7);
      dossiers.scores(certified, 60, 62, 64);
    } finally {
      ClockUtil.reset();
    }
    Task check = dossiers.openTask(waiting, EvaluationProcess.Elements.CHECK_DOSSIER);
    check.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
    engine.getTaskService().saveTask(check);

    WebappSession officer = WebappSession.logIn(http, HUONG_MINH_OFFICER, "demo");
    JsonNode stages = get(officer, "/stages");
    assertThat(stages.path("running").asLong()).isEqualTo(1);
    assertThat(stage(stages, EvaluationProcess.Elements.CHECK_DOSSIER).path("dossiers").asLong()).isEqualTo(1);
    assertThat(stage(stages, EvaluationProcess.Elements.EVALUATE_AT_DISTRICT).path("dossiers").asLong()).isZero();
    JsonNode certificates = get(officer, "/certificates");
    assertThat(certificates.path("byStars").toString()).isEqualTo("{\"3\":1,\"4\":0,\"5\":0}");
    assertThat(certificates.path("byProvince").size()).isEqualTo(1);
    assertThat(certificates.path("byProvince").get(0).path("provinceCode").asText()).isEqualTo("42");
    assertThat(certificates.path("byProvince").get(0).path("stars").path("3").asLong()).isEqualTo(1);
    JsonNode outcomes = get(officer, "/outcomes" + years);
    assertThat(total(outcomes, "certified3")).isEqualTo(1);
    assertThat(total(outcomes, "certified4")).isZero();
    assertThat(total(outcomes, "rejected")).isEqualTo(1);
    assertThat(total(outcomes, "lapsed")).isEqualTo(1);
    assertThat(total(outcomes, "notRecognised")).isZero();
    assertThat(total(outcomes, "revoked")).isZero();
    JsonNode durations = get(officer, "/durations" + years);
    JsonNode communeCheck = level(durations, EvaluationProcess.Elements.CHECK_DOSSIER);
    assertThat(communeCheck.path("count").asLong()).as("lapsed after 1 day, forwarded after 2, rejected after 4").isEqualTo(3);
    assertThat(communeCheck.path("medianDays").asDouble()).isEqualTo(2.0);
    assertThat(communeCheck.path("p90Days").asDouble()).isEqualTo(4.0);
    JsonNode district = level(durations, EvaluationProcess.Elements.EVALUATE_AT_DISTRICT);
    assertThat(district.path("count").asLong()).isEqualTo(1);
    assertThat(district.path("medianDays").asDouble()).isEqualTo(5.0);
    assertThat(district.path("p90Days").asDouble()).isEqualTo(5.0);
    assertThat(level(durations, EvaluationProcess.Elements.EVALUATE_IN_PROVINCE).path("medianDays").isNull()).isTrue();
    JsonNode overdue = get(officer, "/overdue");
    assertThat(overdue.path("tasks").asLong()).isEqualTo(1);
    assertThat(overdue.path("byUnit").get(0).path("group").asText()).isEqualTo("commune-18340-officers");
    assertThat(overdue.path("byUnit").get(0).path("unit").asText())
        .isEqualTo("Xã Hương Minh (commune-18340-officers)");

    // A neighbouring commune's officer: none of these dossiers, certificates or tasks.
    WebappSession neighbour = WebappSession.logIn(http, DUC_LINH_OFFICER, "demo");
    assertThat(stage(get(neighbour, "/stages"), EvaluationProcess.Elements.CHECK_DOSSIER).path("dossiers").asLong()).isZero();
    assertThat(get(neighbour, "/certificates").path("byStars").toString()).isEqualTo("{\"3\":0,\"4\":0,\"5\":0}");
    JsonNode neighbourOutcomes = get(neighbour, "/outcomes" + years);
    assertThat(total(neighbourOutcomes, "certified3") + total(neighbourOutcomes, "rejected")
        + total(neighbourOutcomes, "lapsed")).isZero();
    assertThat(level(get(neighbour, "/durations" + years), EvaluationProcess.Elements.CHECK_DOSSIER).path("count").asLong())
        .isZero();
    assertThat(get(neighbour, "/overdue").path("tasks").asLong()).isZero();

    // The district council read the dossier it evaluated, not the two the commune ended.
    JsonNode council = get(WebappSession.logIn(http, VU_QUANG_COUNCIL_MEMBER, "demo"), "/outcomes" + years);
    assertThat(total(council, "certified3")).isEqualTo(1);
    assertThat(total(council, "rejected") + total(council, "lapsed")).isZero();

    // The auditor: the whole programme, these dossiers on top of what was there.
    assertThat(stage(get(auditor, "/stages"), EvaluationProcess.Elements.CHECK_DOSSIER).path("dossiers").asLong())
        .isEqualTo(stage(before.get("stages"), EvaluationProcess.Elements.CHECK_DOSSIER).path("dossiers").asLong() + 1);
    assertThat(get(auditor, "/certificates").path("byStars").path("3").asLong())
        .isEqualTo(before.get("certificates").path("byStars").path("3").asLong() + 1);
    JsonNode allOutcomes = get(auditor, "/outcomes");
    for (String outcome : new String[] {"certified3", "rejected", "lapsed"}) {
      assertThat(total(allOutcomes, outcome)).as(outcome).isEqualTo(total(before.get("outcomes"), outcome) + 1);
    }
    JsonNode allOverdue = get(auditor, "/overdue");
    assertThat(allOverdue.path("byUnit").findValuesAsText("group")).contains("commune-18340-officers");
  }

  /** Nghe An is on Decision 26/2026 from 2030 in the tests (application-test.yaml). */
  @Test
  void aDecision26DossierCountsInItsEvaluationRound() throws IOException {
    String round = "40-2030-04-30";
    String rounds = "/rounds?fromYear=2030&toYear=2030&scope=40";
    try {
      ClockUtil.setCurrentTime(Date.from(LocalDate.of(2030, 3, 4).atTime(12, 0).atZone(VIETNAM).toInstant()));
      WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");
      long waitingBefore = optionalRow(get(auditor, rounds).path("rounds"), round).path("waiting").asLong();
      ProcessInstance dossier = dossiers.register(HANH_LAM_OFFICER,
          registration(HANH_LAM, "Gạo đợt " + System.nanoTime()));
      dossiers.forward(dossier);
      ProcessInstance level = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(dossier.getId()).processDefinitionKey(LevelEvaluationProcess.KEY).singleResult();
      engine.getTaskService().complete(dossiers.openTask(level, LevelEvaluationProcess.Elements.CHECK_COMPLETENESS).getId(),
          Map.of("completenessDecision", "complete"));

      WebappSession officer = WebappSession.logIn(http, HANH_LAM_OFFICER, "demo");
      JsonNode stages = get(officer, "/stages");
      assertThat(stage(stages, EvaluationProcess.Elements.EVALUATE_IN_PROVINCE).path("dossiers").asLong()).isEqualTo(1);
      assertThat(levelStage(stages, LevelEvaluationProcess.Elements.VISIT_PRODUCTION_SITE, "province").path("dossiers")
          .asLong()).as("the advisory group visits next").isEqualTo(1);
      assertThat(levelStage(stages, LevelEvaluationProcess.Elements.CHECK_COMPLETENESS, "province").path("dossiers")
          .asLong()).isZero();
      assertThat(levelStage(stages, LevelEvaluationProcess.Elements.VISIT_PRODUCTION_SITE, "central").path("dossiers")
          .asLong()).isZero();
      JsonNode officers = row(get(officer, rounds).path("rounds"), round);
      assertThat(officers.path("name").asText()).isEqualTo("Đợt 1/2030 – Tỉnh Nghệ An / Round 1/2030 – Nghe An");
      assertThat(officers.path("waiting").asLong()).isEqualTo(1);
      assertThat(officers.path("recognised").asLong() + officers.path("referred").asLong()
          + officers.path("notProposed").asLong() + officers.path("lapsed").asLong()).isZero();
      JsonNode neighbours = row(get(WebappSession.logIn(http, DAI_DONG_OFFICER, "demo"), rounds).path("rounds"), round);
      assertThat(neighbours.path("waiting").asLong()).isZero();
      assertThat(row(get(auditor, rounds).path("rounds"), round).path("waiting").asLong()).isEqualTo(waitingBefore + 1);

      ResponseEntity<String> unknownScope = exchange(auditor, "/rounds?scope=99");
      assertThat(unknownScope.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(unknownScope.getBody()).contains("scope: '99' không phải mã tỉnh hay 'central'");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void anybodyButAuditorsAdministratorsAndOfficialsIsRefused() throws IOException {
    ResponseEntity<String> anonymous = http.getForEntity(OVERVIEW + "/stages", String.class);
    assertThat(anonymous.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(anonymous.getBody()).doesNotContain("running");

    // A user who may sign in to Tasklist but belongs to no unit, nor audits, nor administers.
    String visitor = WebappSession.newVisitor(engine, "tasklist");
    try {
      WebappSession session = WebappSession.logIn(http, visitor, "demo");
      for (String figures : new String[] {"/stages", "/certificates", "/outcomes", "/durations", "/rounds", "/overdue"}) {
        ResponseEntity<String> refused = exchange(session, figures);
        assertThat(refused.getStatusCode()).as(figures).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(refused.getBody()).path("message").asText()).contains("auditors, administrators");
      }
    } finally {
      engine.getAuthorizationService().createAuthorizationQuery().userIdIn(visitor).list()
          .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
      engine.getIdentityService().deleteUser(visitor);
    }
  }

  @Test
  void aBadYearIsRefusedNamingTheField() throws IOException {
    WebappSession admin = WebappSession.logIn(http, "admin", "demo", "cockpit");

    ResponseEntity<String> notAYear = exchange(admin, "/outcomes?fromYear=twenty");
    ResponseEntity<String> upsideDown = exchange(admin, "/durations?fromYear=2026&toYear=2024");

    assertThat(notAYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(notAYear.getBody()).path("message").asText())
        .contains("fromYear: 'twenty' phải là năm từ 2000");
    assertThat(upsideDown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(upsideDown.getBody()).contains("fromYear: 2026 sau / is after toYear 2024");
  }

  @Test
  void theScriptAndItsChartingLibraryAreServedWithThePlugin() {
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");
    String assets = "/camunda/api/cockpit/plugin/ocop-overview/static/app/";

    ResponseEntity<String> script = http.exchange(assets + "plugin.js", HttpMethod.GET,
        new HttpEntity<>(auditor.headers(MediaType.APPLICATION_JSON, false)), String.class);
    ResponseEntity<String> library = http.exchange(assets + "frappe-charts.min.esm.js", HttpMethod.GET,
        new HttpEntity<>(auditor.headers(MediaType.APPLICATION_JSON, false)), String.class);

    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("pluginPoint: 'cockpit.dashboard'", "./frappe-charts.min.esm.js",
        "ocop-overview-stages", "ocop-overview-certificates", "ocop-overview-provinces", "ocop-overview-outcomes",
        "ocop-overview-durations", "ocop-overview-rounds", "ocop-overview-overdue", "ocop-overview-level-stages");
    assertThat(library.getStatusCode()).as("copied from npm by the build").isEqualTo(HttpStatus.OK);
    assertThat(library.getBody()).contains("export{Chart");
  }

  private ProcessInstance register(String product) {
    return dossiers.register(HUONG_MINH_OFFICER, registration(HUONG_MINH, product + " Hương Minh " + System.nanoTime()));
  }

  private static void at(Instant start, int days) {
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(days))));
  }

  private JsonNode get(WebappSession session, String figures) throws IOException {
    ResponseEntity<String> response = exchange(session, figures);
    assertThat(response.getStatusCode()).as(figures + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> exchange(WebappSession session, String figures) {
    return http.exchange(OVERVIEW + figures, HttpMethod.GET,
        new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)), String.class);
  }

  private static JsonNode stage(JsonNode stages, String id) {
    return row(stages.path("stages"), id);
  }

  private static JsonNode levelStage(JsonNode stages, String id, String level) {
    for (JsonNode row : stages.path("levels")) {
      if (row.path("id").asText().equals(id) && row.path("level").asText().equals(level)) {
        return row;
      }
    }
    throw new AssertionError("no " + id + " at " + level + " in " + stages);
  }

  private static JsonNode level(JsonNode durations, String id) {
    return row(durations.path("levels"), id);
  }

  private static JsonNode optionalRow(JsonNode rows, String id) {
    for (JsonNode row : rows) {
      if (row.path("id").asText().equals(id)) {
        return row;
      }
    }
    return MissingNode.getInstance();
  }

  private static JsonNode row(JsonNode rows, String id) {
    JsonNode row = optionalRow(rows, id);
    if (row.isMissingNode()) {
      throw new AssertionError("no " + id + " in " + rows);
    }
    return row;
  }

  private static long total(JsonNode outcomes, String outcome) {
    long total = 0;
    for (JsonNode year : outcomes.path("years")) {
      total += year.path(outcome).asLong();
    }
    return total;
  }
}
