package vn.ocop.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;
import static vn.ocop.workflow.testing.Dossiers.same;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testing.EmbeddedPostgres;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.WebappSession;

/**
 * How fast the auditor's page answers on a few thousand finished dossiers, on PostgreSQL. Not part of
 * the normal test run (its name is no *Test or *IT); run it with
 * {@code ./mvnw -B test -Dtest=AuditTimingsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Method: embedded PostgreSQL (or OCOP_TEST_POSTGRES_URL), the application context of the tests (no
 * job executor; jobs run by the test). {@value #DOSSIERS} dossiers are driven through the engine as
 * officials drive them: 10% to a 5★ certificate through a revision and three councils, 20% returned and
 * lapsed by their timer, 10% left running at the commune, the rest rejected by the commune, spread
 * over two provinces. Then, over the REST resource the Cockpit page calls, in the auditor's session:
 * each query is sent {@value #WARM_UP} times to warm up and then {@value #RUNS} times, timed from the
 * request to the last byte of the answer; the report gives the median, the 95th percentile and the
 * maximum in milliseconds, and the number of history rows of the dossier opened. It writes
 * target/audit-timings.md. It asserts only that each answer is right, never a time.
 */
@Import(EmbeddedPostgres.class)
class AuditTimingsBenchmark extends ProcessTestBase {

  static final int DOSSIERS = 3000;
  static final int WARM_UP = 20;
  static final int RUNS = 100;
  private static final String PAGE = "/camunda/api/cockpit/plugin/ocop-audit/default/dossiers";

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void searchAndRecordOnThousandsOfFinishedDossiers() throws IOException {
    long generating = System.nanoTime();
    List<ProcessInstance> certified = new ArrayList<>();
    for (int i = 0; i < DOSSIERS; i++) {
      boolean haTinh = i % 3 != 0;
      ProcessInstance dossier = dossiers.register(haTinh ? PHUC_TRACH_OFFICER : DIEN_CHAU_OFFICER,
          registration(haTinh ? PHUC_TRACH : DIEN_CHAU, "Đo " + i));
      switch (i % 10) {
        case 0 -> {
          if (haTinh) {
            fiveStars(dossier);
            certified.add(dossier);
          } else {
            dossiers.check(dossier, Map.of("communeDecision", "reject", "decisionReason", "Không phải sản phẩm của xã"));
          }
        }
        case 1, 2 -> lapse(dossier);
        case 3 -> { }
        default -> dossiers.check(dossier, Map.of("communeDecision", "reject", "decisionReason", "Trùng hồ sơ"));
      }
    }
    double generatedSeconds = (System.nanoTime() - generating) / 1e9;
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");
    String opened = certified.get(certified.size() / 2).getBusinessKey();
    String processInstanceId = certified.get(certified.size() / 2).getId();

    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("first page, newest first", PAGE);
    queries.put("by dossier code", PAGE + "?code=" + opened);
    queries.put("by part of the product name", PAGE + "?product=đo 15");
    queries.put("by province and outcome certified 5★", PAGE + "?province=42&outcome=certified&stars=5");
    queries.put("by outcome lapsed, sorted by code, page 3", PAGE + "?outcome=lapsed&sort=code&order=asc&page=3");
    queries.put("by commune and registration day", PAGE + "?commune=" + DIEN_CHAU + "&from=2026-01-01&to=2030-12-31");
    queries.put("opening a 5★ dossier's record", PAGE + "/" + opened);
    queries.put("its CSV export", PAGE + "/" + opened + "/export.csv");
    List<String> lines = new ArrayList<>(List.of("# The auditor's page on " + DOSSIERS + " dossiers (PostgreSQL)", "",
        "Generated through the engine in " + String.format("%.0f", generatedSeconds) + " s. The record opened has "
            + historyRows(processInstanceId) + " history rows (activity instances, variable updates, tasks, decisions).",
        "", "| query | median ms | p95 ms | max ms |", "|---|---|---|---|"));
    for (Map.Entry<String, String> query : queries.entrySet()) {
      for (int i = 0; i < WARM_UP; i++) {
        get(auditor, query.getValue());
      }
      long[] millis = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        get(auditor, query.getValue());
        millis[i] = (System.nanoTime() - start) / 1_000_000;
      }
      Arrays.sort(millis);
      lines.add("| " + query.getKey() + " | " + millis[RUNS / 2] + " | " + millis[(int) Math.ceil(RUNS * 0.95) - 1] + " | "
          + millis[RUNS - 1] + " |");
    }
    JsonNode found = new ObjectMapper().readTree(get(auditor, PAGE + "?province=42&outcome=certified&stars=5").getBody());
    assertThat(found.path("total").asInt()).isEqualTo(certified.size());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "audit-timings.md"), String.join("\n", lines) + "\n");
    System.out.println(String.join("\n", lines));
  }

  private void fiveStars(ProcessInstance dossier) {
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu nhãn"));
    engine.getTaskService().complete(dossiers.openTask(dossier, "revise-dossier").getId(), Map.of(
        "revisionNote", "Đã bổ sung", "description", "Bưởi", "businessPlan", "Kế hoạch",
        "evidenceLinks", "https://example.vn/1"));
    dossiers.forward(dossier);
    dossiers.scores(dossier, same(92, 3));
    dossiers.scores(dossier, same(95, 3));
    dossiers.scores(dossier, 93, 94, 91);
  }

  private void lapse(ProcessInstance dossier) {
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu kế hoạch"));
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(dossier.getId()).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  private int historyRows(String rootProcessInstanceId) {
    return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ROOT_PROC_INST_ID_ = ?)"
        + " + (SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE ROOT_PROC_INST_ID_ = ?)"
        + " + (SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ROOT_PROC_INST_ID_ = ?)"
        + " + (SELECT COUNT(*) FROM ACT_HI_DECINST WHERE ROOT_PROC_INST_ID_ = ?)", Integer.class,
        rootProcessInstanceId, rootProcessInstanceId, rootProcessInstanceId, rootProcessInstanceId);
  }

  private ResponseEntity<String> get(WebappSession session, String path) {
    ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET,
        new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)), String.class);
    assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return answer;
  }
}
