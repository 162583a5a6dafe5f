package vn.ocop.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;
import static vn.ocop.workflow.testing.Dossiers.same;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
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
import vn.ocop.workflow.certificates.Certificate;
import vn.ocop.workflow.certificates.CertificateRegister;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.testing.WebappSession;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;

/** The auditor's Cockpit page over REST: the search, a dossier's record, its exports, and who may read what. */
class DossierAuditTest extends ProcessTestBase {

  private static final String DOSSIERS = "/camunda/api/cockpit/plugin/ocop-audit/default/dossiers";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private CertificateRegister certificates;

  /** A product name no other test uses, so that a search is held to exactly this test's dossiers. */
  private final String marker = "Kiểm toán " + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void eachFilterFindsExactlyTheDossiersItDescribes() throws IOException {
    ProcessInstance certified = fiveStars(marker + " năm sao");
    ProcessInstance rejected = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, marker + " từ chối"));
    dossiers.check(rejected, Map.of("communeDecision", "reject", "decisionReason", "Không phải sản phẩm của xã"));
    ProcessInstance lapsed = lapsed(marker + " hết hạn");
    ProcessInstance running = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, marker + " đang xử lý"));
    ProcessInstance notRecognised = forwarded(marker + " dưới 50");
    dossiers.scores(notRecognised, 40, 45, 41);
    ProcessInstance disqualified = forwarded(marker + " bị loại");
    CriteriaSet set = catalogue.require("fresh-produce");
    dossiers.sheets(disqualified, ScoreSheets.disqualifying("forged-dossier"), ScoreSheets.totalling(set, 80, true),
        ScoreSheets.disqualifying("forged-dossier"));
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");
    String mine = "product=" + marker.toLowerCase();

    assertThat(codes(auditor, mine)).containsExactlyInAnyOrder(codes(certified, rejected, lapsed, running, notRecognised,
        disqualified));
    assertThat(codes(auditor, "code=" + certified.getBusinessKey())).containsExactly(certified.getBusinessKey());
    assertThat(codes(auditor, "producer=Hợp tác xã " + marker + " từ")).containsExactly(rejected.getBusinessKey());
    assertThat(codes(auditor, mine + "&province=40")).containsExactly(running.getBusinessKey());
    assertThat(codes(auditor, mine + "&commune=" + DIEN_CHAU)).containsExactly(running.getBusinessKey());
    assertThat(codes(auditor, mine + "&district=444")).containsExactlyInAnyOrder(codes(certified, rejected, lapsed,
        notRecognised, disqualified));
    assertThat(codes(auditor, mine + "&productGroup=1")).hasSize(6);
    assertThat(codes(auditor, mine + "&productGroup=2")).isEmpty();
    assertThat(codes(auditor, mine + "&procedure=two-level")).containsExactly(running.getBusinessKey());
    int version = engine.getRepositoryService().getProcessDefinition(certified.getProcessDefinitionId()).getVersion();
    assertThat(codes(auditor, mine + "&version=" + version)).hasSize(6);
    assertThat(codes(auditor, mine + "&outcome=certified")).containsExactly(certified.getBusinessKey());
    assertThat(codes(auditor, mine + "&stars=5")).containsExactly(certified.getBusinessKey());
    assertThat(codes(auditor, mine + "&stars=4")).isEmpty();
    assertThat(codes(auditor, mine + "&outcome=rejected")).containsExactly(rejected.getBusinessKey());
    assertThat(codes(auditor, mine + "&outcome=lapsed")).containsExactly(lapsed.getBusinessKey());
    assertThat(codes(auditor, mine + "&outcome=running")).containsExactly(running.getBusinessKey());
    assertThat(codes(auditor, mine + "&outcome=not-recognised")).containsExactlyInAnyOrder(
        codes(notRecognised, disqualified));
    assertThat(codes(auditor, mine + "&outcome=disqualified")).containsExactly(disqualified.getBusinessKey());
    LocalDate today = LocalDate.now(VIETNAM);
    assertThat(codes(auditor, mine + "&from=" + today + "&to=" + today)).hasSize(6);
    assertThat(codes(auditor, mine + "&to=" + today.minusDays(1))).isEmpty();

    JsonNode page = search(auditor, mine + "&sort=code&order=asc&size=4&page=1");
    assertThat(page.path("total").asInt()).isEqualTo(6);
    assertThat(page.path("dossiers")).hasSize(2);
    List<String> ascending = codes(auditor, mine + "&sort=code&order=asc");
    assertThat(ascending).isSorted();
    JsonNode row = search(auditor, "code=" + certified.getBusinessKey()).path("dossiers").path(0);
    assertThat(row.path("product").asText()).isEqualTo(marker + " năm sao");
    assertThat(row.path("producer").asText()).isEqualTo("Hợp tác xã " + marker + " năm sao");
    assertThat(row.path("outcomeLabel").asText()).isEqualTo("Được công nhận / Certified");
    assertThat(row.path("stars").asInt()).isEqualTo(5);

    // The certificate revoked later (its own procedure is tested with the inspection): the dossier's outcome follows.
    String certificate = certificates.ofDossiers(List.of(certified.getBusinessKey())).get(certified.getBusinessKey()).code();
    certificates.changeStatus(certificate, Certificate.Status.REVOKED, today, Instant.now(), "Vi phạm / violation");
    assertThat(codes(auditor, mine + "&outcome=revoked")).containsExactly(certified.getBusinessKey());
    assertThat(search(auditor, "code=" + certified.getBusinessKey()).path("dossiers").path(0).path("outcomeLabel")
        .asText()).isEqualTo("Bị thu hồi / Revoked");
  }

  @Test
  void aBadSearchIsRefusedNamingEveryFilterAtOnce() {
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");

    ResponseEntity<String> refused = get(auditor, DOSSIERS + "?stars=six&outcome=won&from=2026-02-30&colour=red"
        + "&size=1000&version=9999");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("stars: 'six'", "outcome: 'won'", "from: '2026-02-30'",
        "colour: không phải bộ lọc / is not a filter", "size: '1000'");
    assertThat(get(auditor, DOSSIERS + "?version=9999").getBody()).contains("version: không có phiên bản quy trình 9999");
  }

  @Test
  void aDossiersRecordTellsWhatHappenedStepByStep() throws IOException {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, marker + " đầy đủ"));
    claimAndComplete(dossier, EvaluationProcess.Elements.CHECK_DOSSIER,
        Map.of("communeDecision", "return", "decisionReason", "Thiếu phiếu kiểm nghiệm"));
    claimAndComplete(dossier, EvaluationProcess.Elements.REVISE_DOSSIER, Map.of("revisionNote", "Đã bổ sung",
        "description", "Bưởi", "businessPlan", "Kế hoạch", "evidenceLinks", "https://example.vn/kiem-nghiem"));
    claimAndComplete(dossier, EvaluationProcess.Elements.CHECK_DOSSIER, Map.of("communeDecision", "forward"));
    dossiers.scores(dossier, same(92, 3));
    dossiers.scores(dossier, same(95, 3));
    dossiers.scores(dossier, 93, 94, 91);
    mails.deliver();
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");

    JsonNode record = JSON.readTree(get(auditor, DOSSIERS + "/" + dossier.getBusinessKey()).getBody());

    List<JsonNode> tasks = StreamSupport.stream(record.path("steps").spliterator(), false)
        .filter(step -> step.path("type").asText().equals("userTask")).toList();
    assertThat(tasks.stream().map(step -> step.path("activityId").asText()).toList()).startsWith(
        "check-dossier", "revise-dossier", "check-dossier", "score-product", "score-product", "score-product");
    JsonNode returned = tasks.get(0);
    assertThat(returned.path("name").asText()).isEqualTo("Kiểm tra hồ sơ / Check dossier: " + marker + " đầy đủ (Xã Phúc Trạch)");
    assertThat(returned.path("assignee").asText()).isEqualTo(PHUC_TRACH_OFFICER);
    assertThat(returned.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("commune-18547-officers");
    assertThat(returned.path("claimedAt").isNull()).isFalse();
    assertThat(returned.path("dueAt").isNull()).isFalse();
    assertThat(returned.path("late").asBoolean()).isFalse();
    assertThat(returned.path("entered").path("decisionReason").asText()).isEqualTo("Thiếu phiếu kiểm nghiệm");
    assertThat(record.path("steps").findValuesAsText("name")).noneMatch(name -> name.contains("${"));

    JsonNode councils = record.path("councils");
    assertThat(councils.findValuesAsText("level")).containsExactly("district", "province", "central");
    JsonNode central = councils.path(2);
    assertThat(central.path("sheets").findValuesAsText("member")).containsExactly("central-1", "central-2", "central-3");
    assertThat(central.path("sheets").findValues("total")).extracting(JsonNode::asInt).containsExactly(93, 94, 91);
    JsonNode sheet = central.path("sheets").path(0);
    assertThat(sheet.path("parts").path("A").asInt() + sheet.path("parts").path("B").asInt()
        + sheet.path("parts").path("C").asInt()).isEqualTo(93);
    assertThat(sheet.path("scores").path(0).path("label").asText()).isNotBlank();
    assertThat(central.path("averageScore").asDouble()).isEqualTo(92.66);
    assertThat(central.path("stars").asInt()).isEqualTo(5);
    assertThat(central.path("outcome").asText()).isEqualTo("certify");

    assertThat(record.path("verdicts").findValuesAsText("decision")).contains("ocop-star-rating", "ocop-council-outcome");
    JsonNode rating = StreamSupport.stream(record.path("verdicts").spliterator(), false)
        .filter(verdict -> verdict.path("decision").asText().equals("ocop-star-rating")).reduce((a, b) -> b).orElseThrow();
    assertThat(rating.path("outputs").path(0).path("stars").asInt()).isEqualTo(5);
    assertThat(record.path("changes").findValuesAsText("variable")).contains("communeDecision", "revisionCount");
    JsonNode reasonChange = StreamSupport.stream(record.path("changes").spliterator(), false)
        .filter(change -> change.path("variable").asText().equals("decisionReason")).findFirst().orElseThrow();
    assertThat(reasonChange.path("after").asText()).isEqualTo("Thiếu phiếu kiểm nghiệm");
    assertThat(reasonChange.path("by").asText()).isEqualTo(PHUC_TRACH_OFFICER);
    assertThat(record.path("mails").findValuesAsText("notice")).contains("RETURNED_FOR_REVISION", "CERTIFICATE_ISSUED");
    assertThat(record.path("mails").findValues("sentAt")).allMatch(sent -> !sent.isNull());
    assertThat(record.path("dossier").path("outcome").asText()).isEqualTo("certified");
    JsonNode main = StreamSupport.stream(record.path("paths").spliterator(), false)
        .filter(path -> path.path("process").asText().equals(EvaluationProcess.KEY)).findFirst().orElseThrow();
    assertThat(main.path("activityIds")).extracting(JsonNode::asText).contains("check-dossier", "revise-dossier",
        "evaluate-at-district", "evaluate-at-province", "evaluate-at-central", "record-certificate", "product-certified")
        .doesNotContain("dossier-rejected", "dossier-lapsed");
    ResponseEntity<String> diagram = get(auditor, DOSSIERS + "/" + dossier.getBusinessKey() + "/diagram/"
        + main.path("processDefinitionId").asText());
    assertThat(diagram.getBody()).contains("<bpmn:process id=\"ocop-product-evaluation\"");
  }

  /**
   * The history keeps what the record needs and no more (audit/AuditedHistory): for a finished 5★ dossier, the
   * record still shows each member's every score, requirement, comment or legal reason, at the member's own step,
   * every decision taken and who took it, and every task's actor and dates, as the engine recorded them.
   */
  @Test
  void aFinishedDossiersRecordShowsEveryScoreDecisionActorAndDate() throws IOException {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, marker + " toàn bộ"));
    claimAndComplete(dossier, EvaluationProcess.Elements.CHECK_DOSSIER, Map.of("communeDecision", "forward"));
    CriteriaSet set = catalogue.require("fresh-produce");
    Map<String, Map<String, Object>> submitted = new java.util.HashMap<>();
    List<Map<String, Object>> district = List.of(ScoreSheets.totalling(set, 92, true),
        ScoreSheets.disqualifying("forged-dossier"), ScoreSheets.totalling(set, 90, true));
    List<Map<String, Object>> province = List.of(ScoreSheets.totalling(set, 91, true),
        ScoreSheets.totalling(set, 95, true), ScoreSheets.totalling(set, 93, true));
    List<Map<String, Object>> central = List.of(ScoreSheets.totalling(set, 96, true),
        ScoreSheets.totalling(set, 94, true), ScoreSheets.totalling(set, 92, true));
    for (List<Map<String, Object>> council : List.of(district, province, central)) {
      List<Task> tasks = dossiers.memberTasks(dossiers.convene(dossier));
      for (int i = 0; i < tasks.size(); i++) {
        submitted.put(tasks.get(i).getAssignee(), council.get(i));
        engine.getTaskService().complete(tasks.get(i).getId(), council.get(i));
      }
    }
    mails.deliver();
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");

    JsonNode record = JSON.readTree(get(auditor, DOSSIERS + "/" + dossier.getBusinessKey()).getBody());

    assertThat(record.path("dossier").path("outcome").asText()).isEqualTo("certified");
    // Every task: its actor and its dates, as the engine's task history has them.
    List<org.camunda.bpm.engine.history.HistoricTaskInstance> tasks = engine.getHistoryService()
        .createHistoricTaskInstanceQuery().rootProcessInstanceId(dossier.getId()).list();
    assertThat(tasks).hasSize(10);
    List<JsonNode> steps = StreamSupport.stream(record.path("steps").spliterator(), false).toList();
    for (org.camunda.bpm.engine.history.HistoricTaskInstance task : tasks) {
      JsonNode step = steps.stream().filter(s -> s.path("activityId").asText().equals(task.getTaskDefinitionKey())
          && s.path("assignee").asText().equals(task.getAssignee())).findFirst().orElseThrow();
      assertThat(instant(step.path("startedAt"))).isEqualTo(task.getStartTime().toInstant());
      assertThat(instant(step.path("endedAt"))).isEqualTo(task.getEndTime().toInstant());
      assertThat(step.path("name").asText()).isEqualTo(task.getName());
    }
    JsonNode check = steps.stream().filter(s -> s.path("activityId").asText().equals("check-dossier")).findFirst()
        .orElseThrow();
    assertThat(check.path("entered").path("communeDecision").asText()).isEqualTo("forward");
    assertThat(StreamSupport.stream(record.path("changes").spliterator(), false)
        .filter(change -> change.path("variable").asText().equals("communeDecision")))
        .isNotEmpty().allSatisfy(change -> assertThat(change.path("by").asText()).isEqualTo(PHUC_TRACH_OFFICER));

    // Every member's sheet, in the council and at the member's own step, exactly as submitted.
    assertThat(record.path("councils").findValuesAsText("level")).containsExactly("district", "province", "central");
    List<JsonNode> sheets = record.path("councils").findValues("sheets").stream()
        .flatMap(council -> StreamSupport.stream(council.spliterator(), false)).toList();
    assertThat(sheets).hasSize(9);
    for (JsonNode sheet : sheets) {
      String member = sheet.path("member").asText();
      Map<String, Object> sent = submitted.get(member);
      JsonNode step = steps.stream().filter(s -> member.equals(s.path("assignee").asText())).findFirst().orElseThrow();
      JsonNode entered = step.path("entered").path("scoreSheet_" + member);
      assertThat(entered.path("member").asText()).as("the sheet at %s's step", member).isEqualTo(member);
      if (sent.containsKey("disqualificationReason")) {
        assertThat(sheet.path("disqualificationReason").asText()).isEqualTo(sent.get("disqualificationReason"));
        assertThat(entered.path("disqualificationReason").asText()).isEqualTo(sent.get("disqualificationReason"));
        assertThat(sheet.path("scores")).isEmpty();
        continue;
      }
      assertThat(sheet.path("comment").asText()).isEqualTo(sent.get("scoreComment"));
      assertThat(sheet.path("scores")).hasSize(set.criteria().size());
      sheet.path("scores").forEach(score -> assertThat(score.path("points").asLong()).as(member + " " + score)
          .isEqualTo(sent.get(score.path("criterion").asText())));
      set.criteria().forEach(criterion -> assertThat(entered.path("scores").path(criterion.code()).asLong())
          .isEqualTo(sent.get(criterion.code())));
      set.requirements().forEach(requirement -> {
        assertThat(sheet.path("requirementsMet").path(requirement.code()).asBoolean()).isTrue();
        assertThat(entered.path("requirementsMet").path(requirement.code()).asBoolean()).isTrue();
      });
      assertThat(sheet.path("total").asInt()).isEqualTo(set.criteria().stream()
          .mapToInt(criterion -> ((Long) sent.get(criterion.code())).intValue()).sum());
    }

    // Each council's result and every decision table's verdict, with its time.
    assertThat(record.path("councils").findValuesAsText("outcome")).containsExactly("forward", "forward", "certify");
    assertThat(record.path("councils").path(0).path("averageScore").asDouble()).isEqualTo(91.0);
    assertThat(record.path("councils").path(2).path("stars").asInt()).isEqualTo(5);
    assertThat(record.path("verdicts").findValuesAsText("decision")).containsExactly("ocop-star-rating",
        "ocop-council-outcome", "ocop-star-rating", "ocop-council-outcome", "ocop-star-rating", "ocop-council-outcome");
    assertThat(record.path("verdicts").findValues("evaluatedAt")).noneMatch(JsonNode::isNull);
    assertThat(record.path("mails").findValuesAsText("notice")).contains("FORWARDED_BY_COUNCIL", "CERTIFICATE_ISSUED");

    // And the history holds no more: no mail delivery, no council variable below the council, no copied fact.
    org.camunda.bpm.engine.HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.KEY)
        .processInstanceBusinessKey(dossier.getBusinessKey()).count()).isZero();
    String[] councils = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(dossier.getId())
        .processDefinitionKey(CouncilEvaluationProcess.KEY).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toArray(String[]::new);
    assertThat(councils).hasSize(3);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(councils).list())
        .isNotEmpty()
        .allMatch(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
        .noneMatch(variable -> variable.getName().equals(EvaluationProcess.PRODUCT_NAME.name())
            || set.criteria().stream().anyMatch(criterion -> criterion.code().equals(variable.getName())));
  }

  /** A date of the record, as its JSON writes it (milliseconds, or ISO-8601 with an offset). */
  private static Instant instant(JsonNode date) {
    if (date.isNumber()) {
      return Instant.ofEpochMilli(date.asLong());
    }
    return java.time.OffsetDateTime.parse(date.asText(),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
  }

  @Test
  void aRecordExportsAsJsonCsvAndAPrintablePage() throws IOException {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, marker + " xuất"));
    dossiers.check(dossier, Map.of("communeDecision", "reject", "decisionReason", "Không phải sản phẩm của xã"));
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");
    String record = DOSSIERS + "/" + dossier.getBusinessKey();

    ResponseEntity<String> json = get(auditor, record + "/export.json");
    assertThat(json.getHeaders().getFirst("Content-Disposition")).contains("ho-so-" + dossier.getBusinessKey() + ".json");
    assertThat(JSON.readTree(json.getBody()).path("dossier").path("code").asText()).isEqualTo(dossier.getBusinessKey());

    ResponseEntity<byte[]> csv = http.exchange(record + "/export.csv", HttpMethod.GET,
        new HttpEntity<>(auditor.headers(MediaType.APPLICATION_JSON, false)), byte[].class);
    String text = new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> read = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      read.forEachRemaining(rows::add);
    }
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(DossierExport.COLUMNS);
    assertThat(rows).anyMatch(row -> row.get("Mục / Section").equals("Bước / Step")
        && row.get("Bước / Step").startsWith("Kiểm tra hồ sơ / Check dossier: " + marker)
        && row.get("Nội dung / Details").contains("decisionReason=Không phải sản phẩm của xã"));

    ResponseEntity<String> page = get(auditor, record + "/print");
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("Hồ sơ đánh giá sản phẩm OCOP", dossier.getBusinessKey(), "Các bước xử lý",
        "Bị từ chối / Rejected");
  }

  @Test
  void anOfficialReadsTheirUnitsDossiersOnlyAndOthersAreRefused() throws IOException {
    ProcessInstance haTinh = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, marker + " Hà Tĩnh"));
    ProcessInstance ngheAn = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, marker + " Nghệ An"));
    WebappSession dienChau = WebappSession.logIn(http, DIEN_CHAU_OFFICER, "demo");

    assertThat(codes(dienChau, "product=" + marker)).containsExactly(ngheAn.getBusinessKey());
    assertThat(get(dienChau, DOSSIERS + "/" + ngheAn.getBusinessKey()).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> notTheirs = get(dienChau, DOSSIERS + "/" + haTinh.getBusinessKey());
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notTheirs.getBody()).contains("không thuộc đơn vị của bạn / dossier " + haTinh.getBusinessKey()
        + " is not your unit's to read");
    assertThat(get(dienChau, DOSSIERS + "/" + haTinh.getBusinessKey() + "/export.csv").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(dienChau, DOSSIERS + "/42-444-18547-1-1999-999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    WebappSession visitor = WebappSession.logIn(http, WebappSession.newVisitor(engine, "cockpit"), "demo", "cockpit");
    assertThat(get(visitor, DOSSIERS + "?product=" + marker).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity(DOSSIERS + "?product=" + marker, String.class).getStatusCode())
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  @Test
  void anAdministratorsCancellationIsInTheRecordWithWhoDidIt() throws IOException {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, marker + " huỷ"));
    dossiers.as("admin", () -> {
      engine.getRuntimeService().deleteProcessInstance(dossier.getId(), "Đăng ký trùng / duplicate registration");
      return null;
    });
    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");

    assertThat(codes(auditor, "product=" + marker + "&outcome=cancelled")).containsExactly(dossier.getBusinessKey());
    JsonNode record = JSON.readTree(get(auditor, DOSSIERS + "/" + dossier.getBusinessKey()).getBody());
    assertThat(record.path("operations")).anyMatch(operation -> operation.path("user").asText().equals("admin")
        && operation.path("operation").asText().equals("Delete"));
  }

  // --- dossiers on known paths ---

  private ProcessInstance fiveStars(String product) {
    ProcessInstance dossier = forwarded(product);
    dossiers.scores(dossier, same(92, 3));
    dossiers.scores(dossier, same(95, 3));
    dossiers.scores(dossier, 93, 94, 91);
    return dossier;
  }

  private ProcessInstance forwarded(String product) {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, product));
    dossiers.forward(dossier);
    return dossier;
  }

  /** Returned for revision and not revised: its deadline's timer fires 30 days on. */
  private ProcessInstance lapsed(String product) {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, product));
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu kế hoạch"));
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(dossier.getId()).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    return dossier;
  }

  private void claimAndComplete(ProcessInstance dossier, String taskKey, Map<String, Object> form) {
    Task task = dossiers.openTask(dossier, taskKey);
    dossiers.as(PHUC_TRACH_OFFICER, () -> {
      engine.getTaskService().claim(task.getId(), PHUC_TRACH_OFFICER);
      engine.getTaskService().complete(task.getId(), form);
      return null;
    });
  }

  // --- the page's REST calls ---

  private JsonNode search(WebappSession session, String query) throws IOException {
    ResponseEntity<String> found = get(session, DOSSIERS + "?" + query);
    assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(found.getBody());
  }

  private List<String> codes(WebappSession session, String query) throws IOException {
    return search(session, query).path("dossiers").findValuesAsText("code");
  }

  private static String[] codes(ProcessInstance... instances) {
    return java.util.Arrays.stream(instances).map(ProcessInstance::getBusinessKey).toArray(String[]::new);
  }

  private ResponseEntity<String> get(WebappSession session, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)),
        String.class);
  }
}
