package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.WebappSession;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * An administrator moves running dossiers to a new version of the evaluation: the dry run shows the plan
 * and each dossier's verdict without changing anything; the migration moves the movable ones as a batch
 * and leaves the others, explained, on their version.
 */
class ProcedureMigrationTest extends ProcessTestBase {

  private static final String MODEL = "ocop-product-evaluation.bpmn";

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  @Test
  void aDryRunExplainsEachDossierAndTheMigrationMovesOnlyTheMovableOnes() throws IOException {
    ProcessInstance waitingForCheck = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Chuyển " + System.nanoTime()));
    ProcessInstance beingRevised = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Bổ sung " + System.nanoTime()));
    dossiers.check(beingRevised, Map.of("communeDecision", "return", "decisionReason", "Thiếu nhãn / label missing"));
    int from = engine.getRepositoryService().getProcessDefinition(waitingForCheck.getProcessDefinitionId()).getVersion();
    // The new version renames the revision step: a dossier waiting there has no step to go to.
    String original = Files.readString(Path.of("bpmn", MODEL));
    String renamed = original.replaceAll("(id|sourceRef|targetRef|attachedToRef|bpmnElement)=\"revise-dossier(_di)?\"",
        "$1=\"record-revision$2\"");
    procedure.deployEditedModels(Map.of(MODEL, renamed.getBytes(StandardCharsets.UTF_8)));
    try {
      String request = "{\"process\": \"ocop-product-evaluation\", \"from\": " + from + "}";
      assertThat(post(PHUC_TRACH_OFFICER, "/dry-run", request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

      ResponseEntity<String> dryRun = post("admin", "/dry-run", request);

      assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode report = json.readTree(dryRun.getBody());
      assertThat(report.path("toVersion").asInt()).isEqualTo(from + 1);
      assertThat(report.path("mapped").findValuesAsText("from")).contains(EvaluationProcess.Elements.CHECK_DOSSIER)
          .doesNotContain(EvaluationProcess.Elements.REVISE_DOSSIER);
      assertThat(report.path("unmapped").toString()).contains(EvaluationProcess.Elements.REVISE_DOSSIER);
      assertThat(dossier(report, waitingForCheck).path("movable").asBoolean()).isTrue();
      JsonNode refused = dossier(report, beingRevised);
      assertThat(refused.path("movable").asBoolean()).isFalse();
      assertThat(refused.path("reasons").toString()).contains(EvaluationProcess.Elements.REVISE_DOSSIER + ": bước này không có ở phiên bản mới");
      assertThat(definitionVersion(waitingForCheck)).as("a dry run changes nothing").isEqualTo(from);

      ResponseEntity<String> started = post("admin", "", request);

      assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      JsonNode batch = json.readTree(started.getBody());
      assertThat(batch.path("refused").findValuesAsText("processInstanceId")).contains(beingRevised.getId());
      runBatch(batch.path("batchId").asText());
      assertThat(definitionVersion(waitingForCheck)).isEqualTo(from + 1);
      assertThat(definitionVersion(beingRevised)).as("left on its version").isEqualTo(from);
      dossiers.forward(waitingForCheck);
      assertThat(dossiers.openTask(waitingForCheck, EvaluationProcess.Elements.CHECK_DOSSIER)).as("worked on").isNull();

      // The dossier left behind is worked to its end on the version it started on.
      engine.getTaskService().complete(dossiers.openTask(beingRevised, EvaluationProcess.Elements.REVISE_DOSSIER).getId(),
          Map.of("revisionNote", "Đã bổ sung nhãn / label added", "description", "Mô tả", "businessPlan", "Kế hoạch"));
      dossiers.check(beingRevised, Map.of("communeDecision", "reject", "decisionReason", "Không đạt / not eligible"));
      HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(beingRevised.getId()).singleResult();
      assertThat(ended.getEndTime()).isNotNull();
      assertThat(ended.getProcessDefinitionVersion()).isEqualTo(from);
    } finally {
      procedure.deployEditedModels(Map.of(MODEL, original.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /**
   * The real pair: the version of the evaluation as it was under Decision 1489/2025 (kept as it was
   * shipped, in src/test/resources/procedure-versions) and the one that adds Decision 26/2026. Dossiers
   * waiting at each step of the old version move, and go on along their own procedure on the new one.
   */
  @Test
  void dossiersWaitingAtEveryStepOfThe1489VersionMoveToThe26VersionAndKeepTheirProcedure() throws IOException {
    String current = Files.readString(Path.of("bpmn", MODEL));
    byte[] version1489 = new ClassPathResource("procedure-versions/ocop-product-evaluation-1489.bpmn").getContentAsByteArray();
    procedure.deployEditedModels(Map.of(MODEL, version1489));
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    try {
      waiting.put(EvaluationProcess.Elements.CHECK_DOSSIER, ngheAn("Kiểm tra"));
      ProcessInstance returned = ngheAn("Bổ sung");
      dossiers.check(returned, Map.of("communeDecision", "return", "decisionReason", "Thiếu nhãn / label missing"));
      waiting.put(EvaluationProcess.Elements.REVISE_DOSSIER, returned);
      ProcessInstance atProvince = ngheAn("Tỉnh");
      dossiers.forward(atProvince);
      waiting.put(EvaluationProcess.Elements.EVALUATE_AT_PROVINCE, atProvince);
      ProcessInstance atCentral = ngheAn("Trung ương");
      dossiers.forward(atCentral);
      dossiers.scores(atCentral, Dossiers.same(92, 3));
      waiting.put(EvaluationProcess.Elements.EVALUATE_AT_CENTRAL, atCentral);
      ProcessInstance atDistrict = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Huyện " + System.nanoTime()));
      dossiers.forward(atDistrict);
      waiting.put(EvaluationProcess.Elements.EVALUATE_AT_DISTRICT, atDistrict);
      waiting.forEach((step, dossier) -> BpmnAwareTests.assertThat(dossier).isWaitingAt(step));
    } finally {
      procedure.deployEditedModels(Map.of(MODEL, current.getBytes(StandardCharsets.UTF_8)));
    }
    int from = definitionVersion(waiting.get(EvaluationProcess.Elements.CHECK_DOSSIER));
    String request = "{\"process\": \"ocop-product-evaluation\", \"from\": " + from + "}";

    JsonNode report = json.readTree(post("admin", "/dry-run", request).getBody());

    assertThat(report.path("toVersion").asInt()).isEqualTo(from + 1);
    assertThat(report.path("mapped").findValuesAsText("from")).containsAll(waiting.keySet());
    waiting.values().forEach(dossier -> assertThat(dossier(report, dossier).path("movable").asBoolean())
        .as(dossier.getBusinessKey()).isTrue());

    JsonNode batch = json.readTree(post("admin", "", request).getBody());
    assertThat(batch.path("refused").size()).isZero();
    runBatch(batch.path("batchId").asText());
    waiting.values().forEach(dossier -> assertThat(definitionVersion(dossier)).isEqualTo(from + 1));

    // On the new version each dossier goes on along the procedure it was registered under.
    ProcessInstance checked = waiting.get(EvaluationProcess.Elements.CHECK_DOSSIER);
    dossiers.forward(checked);
    BpmnAwareTests.assertThat(checked).isWaitingAt(EvaluationProcess.Elements.EVALUATE_AT_PROVINCE)
        .hasNotPassed(EvaluationProcess.Elements.EVALUATE_IN_PROVINCE);
    ProcessInstance atProvince = waiting.get(EvaluationProcess.Elements.EVALUATE_AT_PROVINCE);
    dossiers.scores(atProvince, 55, 60, 65);
    BpmnAwareTests.assertThat(atProvince).isEnded().hasPassed(EvaluationProcess.Elements.PRODUCT_CERTIFIED);
    ProcessInstance atCentral = waiting.get(EvaluationProcess.Elements.EVALUATE_AT_CENTRAL);
    dossiers.scores(atCentral, Dossiers.same(96, 3));
    BpmnAwareTests.assertThat(atCentral).isEnded().hasPassed(EvaluationProcess.Elements.PRODUCT_CERTIFIED);
    ProcessInstance atDistrict = waiting.get(EvaluationProcess.Elements.EVALUATE_AT_DISTRICT);
    dossiers.scores(atDistrict, 40, 42, 44);
    BpmnAwareTests.assertThat(atDistrict).isEnded().hasPassed(EvaluationProcess.Elements.PRODUCT_NOT_RECOGNISED);
    ProcessInstance returned = waiting.get(EvaluationProcess.Elements.REVISE_DOSSIER);
    Job revisionDeadline = engine.getManagementService().createJobQuery().processInstanceId(returned.getId()).timers()
        .singleResult();
    assertThat(engine.getManagementService().createJobDefinitionQuery()
        .jobDefinitionId(revisionDeadline.getJobDefinitionId()).singleResult().getProcessDefinitionId())
        .as("the revision deadline moved with its dossier").isEqualTo(running(returned).getProcessDefinitionId());
    ClockUtil.setCurrentTime(revisionDeadline.getDuedate());
    try {
      engine.getManagementService().executeJob(revisionDeadline.getId());
    } finally {
      ClockUtil.reset();
    }
    BpmnAwareTests.assertThat(returned).isEnded().hasPassed(EvaluationProcess.Elements.DOSSIER_LAPSED);
  }

  private ProcessInstance ngheAn(String product) {
    return dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, product + " " + System.nanoTime()));
  }

  private ProcessInstance running(ProcessInstance dossier) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(dossier.getId()).singleResult();
  }

  /** The same dry run and migration from Cockpit's page, in the Cockpit session, for administrators only. */
  @Test
  void cockpitsMigrationPageRunsTheDryRunInTheSignedInAdministratorsSession() throws IOException {
    ProcessInstance waiting = ngheAn("Cockpit");
    int version = definitionVersion(waiting);
    // A new version with the same steps, so that there is a version to move to.
    String current = Files.readString(Path.of("bpmn", MODEL));
    procedure.deployEditedModels(Map.of(MODEL, (current + "<!-- " + System.nanoTime() + " -->\n").getBytes(StandardCharsets.UTF_8)));
    String plugin = "/camunda/api/cockpit/plugin/ocop-migration/default/migrations";
    String body = "{\"process\": \"ocop-product-evaluation\", \"from\": " + version + "}";
    WebappSession admin = WebappSession.logIn(http, "admin", "demo");

    ResponseEntity<String> dryRun = http.exchange(plugin + "/dry-run", HttpMethod.POST,
        new HttpEntity<>(body, admin.headers(MediaType.APPLICATION_JSON, true)), String.class);

    assertThat(dryRun.getStatusCode()).as(dryRun.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode report = json.readTree(dryRun.getBody());
    assertThat(report.path("fromVersion").asInt()).isEqualTo(version);
    assertThat(dossier(report, waiting).path("movable").asBoolean()).isTrue();

    assertThat(http.exchange(plugin + "/dry-run", HttpMethod.POST,
        new HttpEntity<>(body, admin.headers(MediaType.APPLICATION_JSON, false)), String.class).getStatusCode())
        .as("without the session's CSRF token").isEqualTo(HttpStatus.FORBIDDEN);
    WebappSession officer = WebappSession.logIn(http, DIEN_CHAU_OFFICER, "demo");
    ResponseEntity<String> refused = http.exchange(plugin + "/dry-run", HttpMethod.POST,
        new HttpEntity<>(body, officer.headers(MediaType.APPLICATION_JSON, true)), String.class);
    assertThat(refused.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
    assertThat(refused.getBody()).doesNotContain(waiting.getBusinessKey());

    ResponseEntity<String> script = http.exchange("/camunda/api/cockpit/plugin/ocop-migration/static/app/plugin.js",
        HttpMethod.GET, new HttpEntity<>(admin.headers(MediaType.APPLICATION_JSON, false)), String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("pluginPoint: 'cockpit.route'", "/dry-run");
  }

  @Test
  void aRequestForVersionsThatDoNotExistIsRefusedNamingTheField() {
    ResponseEntity<String> refused = post("admin", "/dry-run", "{\"process\": \"ocop-product-evaluation\", \"from\": 999}");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("from: không có phiên bản / no version 999 of ocop-product-evaluation");
  }

  private static JsonNode dossier(JsonNode report, ProcessInstance instance) {
    for (JsonNode dossier : report.path("dossiers")) {
      if (dossier.path("processInstanceId").asText().equals(instance.getId())) {
        return dossier;
      }
    }
    throw new AssertionError("no dossier " + instance.getId() + " in " + report);
  }

  private int definitionVersion(ProcessInstance instance) {
    String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(definition).getVersion();
  }

  /** Runs the batch's jobs as the job executor would: the seed job, the migration jobs, the monitor. */
  private void runBatch(String batchId) {
    Batch batch = engine.getManagementService().createBatchQuery().batchId(batchId).singleResult();
    for (String definition : new String[] {batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId()}) {
      for (Job job : engine.getManagementService().createJobQuery().jobDefinitionId(definition).list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/ocop/migrations" + path,
        new HttpEntity<>(body, headers), String.class);
  }
}
