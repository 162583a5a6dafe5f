package vn.ocop.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.WebappSession;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;

/**
 * Evidence documents over the REST API and the Tasklist tab: stored and read back byte for byte with their
 * checksums, refused files leaving nothing behind, who may read and who may add, the commune's forward and the
 * auditor's record. The test configuration limits files to 256 kB and a dossier to 1 MB.
 */
class DocumentsTest extends ProcessTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String TASKLIST_DOCUMENTS = "/camunda/api/tasklist/plugin/ocop-documents/default/tasks/";

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void eachAllowedTypeIsStoredAndReadBackByteForByteWithItsChecksum() throws IOException {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    Map<String, byte[]> files = Map.of("quality-standard", TestFiles.pdf(0), "label-photos", TestFiles.jpeg(),
        "product-story", TestFiles.webp(), "trademark", TestFiles.png());
    Map<String, String> types = Map.of("quality-standard", "application/pdf", "label-photos", "image/jpeg",
        "product-story", "image/webp", "trademark", "image/png");

    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      ResponseEntity<String> added = upload(PHUC_TRACH_OFFICER, dossier, file.getKey(), "tep." + file.getKey(),
          file.getValue());
      assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
      JsonNode document = JSON.readTree(added.getBody());
      assertThat(document.path("contentType").asText()).isEqualTo(types.get(file.getKey()));
      assertThat(document.path("sha256").asText()).isEqualTo(FileCheck.sha256(file.getValue()));
      assertThat(added.getHeaders().getLocation().getPath()).endsWith("/documents/" + document.path("id").asText()
          + "/content");

      ResponseEntity<byte[]> read = basic(PHUC_TRACH_OFFICER).getForEntity(added.getHeaders().getLocation(), byte[].class);
      assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(read.getBody()).isEqualTo(file.getValue());
      assertThat(read.getHeaders().getContentType().toString()).isEqualTo(types.get(file.getKey()));
      assertThat(read.getHeaders().getFirst("X-Checksum-SHA256")).isEqualTo(FileCheck.sha256(file.getValue()));
      assertThat(read.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(read.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline; filename=\"tep.");
    }

    JsonNode listing = list(PHUC_TRACH_OFFICER, dossier);
    assertThat(listing.path("productGroup").asText()).isEqualTo("1");
    assertThat(listing.path("documents")).hasSize(4);
    assertThat(ids(listing.path("required"))).containsExactly("business-registration", "food-safety-certificate",
        "quality-standard", "test-results", "traceability", "raw-material-origin", "label-photos", "product-story");
    assertThat(ids(listing.path("missing"))).containsExactly("business-registration", "food-safety-certificate",
        "test-results", "traceability", "raw-material-origin");
    assertThat(ids(listing.path("addable"))).contains("label-photos", "commune-assessment-report")
        .doesNotContain("site-visit-photos");
    assertThat(listing.path("usedSize").asLong()).isEqualTo(files.values().stream().mapToLong(f -> f.length).sum());
  }

  @Test
  void aNewVersionReplacesWithoutLosingTheOldOneAndTheNameIsKeptOnlyForDisplay() throws IOException {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    byte[] first = TestFiles.png();
    byte[] second = TestFiles.pdf(10);

    upload(PHUC_TRACH_OFFICER, dossier, "label-photos", "../../etc/Nhãn\u0007 cũ.png", first);
    ResponseEntity<String> replaced = upload(PHUC_TRACH_OFFICER, dossier, "label-photos", "C:\\ảnh\\nhãn mới.pdf", second);

    JsonNode added = JSON.readTree(replaced.getBody());
    assertThat(added.path("version").asInt()).isEqualTo(2);
    assertThat(added.path("fileName").asText()).isEqualTo("nhãn mới.pdf");
    JsonNode versions = list(PHUC_TRACH_OFFICER, dossier).path("documents");
    assertThat(versions.findValuesAsText("fileName")).containsExactly("Nhãn cũ.png", "nhãn mới.pdf");
    assertThat(versions.findValues("version")).extracting(JsonNode::asInt).containsExactly(1, 2);
    ResponseEntity<byte[]> old = basic(PHUC_TRACH_OFFICER).getForEntity(contentPath(dossier, versions.path(0)), byte[].class);
    assertThat(old.getBody()).isEqualTo(first);
    assertThat(old.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("inline; filename=\"Nh_n c_.png\"; filename*=UTF-8''Nh%C3%A3n%20c%C5%A9.png");
  }

  @Test
  void aRefusedFileIsRefusedWithItsReasonAndStoresNothing() throws IOException {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    long documentsBefore = count("ocop_document");
    long eventsBefore = count("ocop_document_event");

    ResponseEntity<String> executable = upload(PHUC_TRACH_OFFICER, dossier, "test-results", "x.pdf", TestFiles.executable());
    assertThat(executable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(executable.getBody()).contains("'x.pdf' có nội dung application/x-", "not PDF, JPEG, PNG or WebP");

    ResponseEntity<String> oversize = upload(PHUC_TRACH_OFFICER, dossier, "test-results", "lon.pdf",
        TestFiles.pdf(256 * 1024 + 1 - TestFiles.pdf(0).length));
    assertThat(oversize.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(oversize.getBody()).contains("giới hạn 256 kB", "the limit of 256 kB per file (ocop.documents.max-file-size)");

    ResponseEntity<String> empty = upload(PHUC_TRACH_OFFICER, dossier, "test-results", "rong.pdf", new byte[0]);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("file: tệp 'rong.pdf' trống / file 'rong.pdf' is empty");

    ResponseEntity<String> unknownType = upload(PHUC_TRACH_OFFICER, dossier, "passport", "a.pdf", TestFiles.pdf(0));
    assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownType.getBody()).contains("type: 'passport' không phải loại tài liệu / is not a document type");

    ResponseEntity<String> wrongDossier = basic(PHUC_TRACH_OFFICER).exchange("/engine-rest/ocop/dossiers/"
        + "42-444-18547-1-1999-999/documents", HttpMethod.POST, TestFiles.multipart("test-results", "a.pdf",
        TestFiles.pdf(0), new HttpHeaders()), String.class);
    assertThat(wrongDossier.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrongDossier.getBody()).contains("there is no dossier 42-444-18547-1-1999-999");

    assertThat(count("ocop_document")).isEqualTo(documentsBefore);
    assertThat(count("ocop_document_event")).isEqualTo(eventsBefore);
  }

  @Test
  void aDossierHoldsNoMoreThanItsLimitAndTheLastFileIsRefusedWhole() {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    byte[] quarter = TestFiles.pdf(250 * 1024);
    for (int i = 0; i < 4; i++) {
      assertThat(upload(PHUC_TRACH_OFFICER, dossier, "other", "phan-" + i + ".pdf", quarter).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }

    ResponseEntity<String> fifth = upload(PHUC_TRACH_OFFICER, dossier, "other", "phan-4.pdf", quarter);

    assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(fifth.getBody()).contains("would exceed the limit of 1 MB per dossier (ocop.documents.max-dossier-size)");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_document WHERE dossier_code = ?", Long.class,
        dossier.getBusinessKey())).isEqualTo(4);
  }

  @Test
  void anOutsiderIsRefusedAnUnknownDossierIsNotFoundAndNobodyAnonymous() {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    upload(PHUC_TRACH_OFFICER, dossier, "label-photos", "nhan.png", TestFiles.png());
    String documentId = list(PHUC_TRACH_OFFICER, dossier).path("documents").path(0).path("id").asText();

    TestRestTemplate outsider = basic(DIEN_CHAU_OFFICER);
    ResponseEntity<String> listed = outsider.getForEntity(documents(dossier), String.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(listed.getBody()).contains("officer-17464 không được xem hồ sơ " + dossier.getBusinessKey());
    assertThat(outsider.getForEntity(documents(dossier) + "/" + documentId + "/content", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload(DIEN_CHAU_OFFICER, dossier, "label-photos", "nhan.png", TestFiles.png()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(basic(PHUC_TRACH_OFFICER).getForEntity("/engine-rest/ocop/dossiers/40-17464-1-2026-999/documents",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(basic(PHUC_TRACH_OFFICER).getForEntity(documents(dossier) + "/no-such-document/content", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity(documents(dossier), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.exchange(documents(dossier), HttpMethod.POST, TestFiles.multipart("label-photos", "n.png",
        TestFiles.png(), new HttpHeaders()), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_document WHERE dossier_code = ?", Long.class,
        dossier.getBusinessKey())).isEqualTo(1);
  }

  @Test
  void theProducerReadsAndAddsWhileTheDossierIsAtTheCommune() {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    String producer = newUser("producer-");
    engine.getRuntimeService().setVariable(dossier.getId(), EvaluationProcess.PRODUCER_ACCOUNT.name(), producer);

    assertThat(upload(producer, dossier, "label-photos", "nhan.png", TestFiles.png()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(list(producer, dossier).path("documents")).hasSize(1);
    String otherProducer = newUser("producer-");
    assertThat(basic(otherProducer).getForEntity(documents(dossier), String.class).getStatusCode())
        .as("another producer").isEqualTo(HttpStatus.FORBIDDEN);

    dossiers.forward(dossier);
    ResponseEntity<String> afterForward = upload(producer, dossier, "test-results", "kn.pdf", TestFiles.pdf(0));
    assertThat(afterForward.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(afterForward.getBody()).contains(producer + " may not add documents to dossier "
        + dossier.getBusinessKey() + " now");
    assertThat(list(producer, dossier).path("documents")).as("still readable by its producer").hasSize(1);
  }

  @Test
  void theForwardRecordsTheMissingDocumentsWithoutRefusingIt() {
    ProcessInstance complete = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    for (String type : List.of("business-registration", "food-safety-certificate", "quality-standard", "test-results",
        "traceability", "raw-material-origin", "label-photos", "product-story")) {
      assertThat(upload(PHUC_TRACH_OFFICER, complete, type, type + ".png", TestFiles.png()).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
    ProcessInstance incomplete = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    upload(PHUC_TRACH_OFFICER, incomplete, "label-photos", "nhan.png", TestFiles.png());

    dossiers.forward(complete);
    dossiers.forward(incomplete);

    assertThat(dossiers.variable(complete, EvaluationProcess.MISSING_DOCUMENTS.name())).isEqualTo("");
    assertThat(dossiers.variable(incomplete, EvaluationProcess.MISSING_DOCUMENTS.name())).isEqualTo(
        "business-registration, food-safety-certificate, quality-standard, test-results, traceability,"
            + " raw-material-origin, product-story");
    assertThat(dossiers.openTask(incomplete, EvaluationProcess.Elements.CHECK_DOSSIER)).as("forwarded").isNull();
  }

  @Test
  void aCouncilMemberWithAScoreTaskReadsTheDocumentsButAddsNone() throws IOException {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    byte[] label = TestFiles.jpeg();
    upload(PHUC_TRACH_OFFICER, dossier, "label-photos", "nhan.jpg", label);
    dossiers.forward(dossier);
    Task sheet = dossiers.memberTasks(dossiers.convene(dossier)).get(0);
    String member = sheet.getAssignee();

    JsonNode listing = list(member, dossier);
    assertThat(listing.path("documents").findValuesAsText("fileName")).containsExactly("nhan.jpg");
    assertThat(listing.path("addable")).isEmpty();
    assertThat(basic(member).getForEntity(contentPath(dossier, listing.path("documents").path(0)), byte[].class)
        .getBody()).isEqualTo(label);
    ResponseEntity<String> refused = upload(member, dossier, "other", "y-kien.pdf", TestFiles.pdf(0));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // The same in Tasklist, from the score task.
    WebappSession session = WebappSession.logIn(http, member, "demo");
    JsonNode tab = JSON.readTree(get(session, TASKLIST_DOCUMENTS + sheet.getId() + "/documents").getBody());
    assertThat(tab.path("dossier").asText()).isEqualTo(dossier.getBusinessKey());
    assertThat(tab.path("documents").findValuesAsText("fileName")).containsExactly("nhan.jpg");
    assertThat(tab.path("addable")).isEmpty();
    ResponseEntity<String> tabRefused = http.exchange(TASKLIST_DOCUMENTS + sheet.getId() + "/documents", HttpMethod.POST,
        TestFiles.multipart("other", "y-kien.pdf", TestFiles.pdf(0), session.headers(null, true)), String.class);
    assertThat(tabRefused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tabRefused.getBody()).contains("may not add documents to dossier " + dossier.getBusinessKey()
        + " at this task");
  }

  /** Nghe An is on Decision 26/2026 from 2030 in the tests (application-test.yaml). */
  @Test
  void theAdvisoryGroupAddsItsSiteVisitPhotosAtItsVisitAndNothingElse() {
    try {
      ClockUtil.setCurrentTime(Date.from(LocalDate.of(2030, 3, 4).atTime(12, 0).atZone(VIETNAM).toInstant()));
      ProcessInstance dossier = registered(DIEN_CHAU_OFFICER, DIEN_CHAU);
      dossiers.forward(dossier);
      ProcessInstance level = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(dossier.getId())
          .processDefinitionKey(LevelEvaluationProcess.KEY).singleResult();
      engine.getTaskService().complete(dossiers.openTask(level, LevelEvaluationProcess.Elements.CHECK_COMPLETENESS)
          .getId(), Map.of("completenessDecision", "complete"));
      assertThat(dossiers.openTask(level, LevelEvaluationProcess.Elements.VISIT_PRODUCTION_SITE)).isNotNull();

      ResponseEntity<String> photos = upload("advisory-40", dossier, "site-visit-photos", "khao-sat.jpg", TestFiles.jpeg());
      assertThat(photos.getStatusCode()).as(photos.getBody()).isEqualTo(HttpStatus.CREATED);
      ResponseEntity<String> label = upload("advisory-40", dossier, "label-photos", "nhan.png", TestFiles.png());
      assertThat(label.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(label.getBody()).contains("at step visit-production-site 'label-photos' is not added; allowed: "
          + "site-visit-photos, other");
      assertThat(upload(DIEN_CHAU_OFFICER, dossier, "label-photos", "nhan.png", TestFiles.png()).getStatusCode())
          .as("the commune has forwarded it").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(upload("agency-40", dossier, "other", "x.pdf", TestFiles.pdf(0)).getStatusCode())
          .as("the agency adds nothing").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(list(DIEN_CHAU_OFFICER, dossier).path("documents").findValuesAsText("step"))
          .containsExactly("visit-production-site");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void theTasklistTabUploadsWithTheSessionsCsrfTokenAndTheAuditorSeesEveryEvent() throws IOException {
    ProcessInstance dossier = registered(PHUC_TRACH_OFFICER, PHUC_TRACH);
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);
    WebappSession officer = WebappSession.logIn(http, PHUC_TRACH_OFFICER, "demo");
    String tab = TASKLIST_DOCUMENTS + check.getId() + "/documents";
    byte[] first = TestFiles.png();
    byte[] second = TestFiles.jpeg();

    ResponseEntity<String> added = http.exchange(tab, HttpMethod.POST,
        TestFiles.multipart("label-photos", "nhan.png", first, officer.headers(null, true)), String.class);
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    http.exchange(tab, HttpMethod.POST, TestFiles.multipart("label-photos", "nhan-2.jpg", second,
        officer.headers(null, true)), String.class);
    JsonNode listing = JSON.readTree(get(officer, tab).getBody());
    assertThat(ids(listing.path("addable"))).contains("label-photos").doesNotContain("site-visit-photos");
    String secondId = listing.path("documents").path(1).path("id").asText();
    ResponseEntity<byte[]> opened = http.exchange(tab + "/" + secondId + "/content", HttpMethod.GET,
        new HttpEntity<>(officer.headers(null, false)), byte[].class);
    assertThat(opened.getBody()).isEqualTo(second);
    assertThat(http.getForEntity(tab, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    WebappSession outsider = WebappSession.logIn(http, DIEN_CHAU_OFFICER, "demo");
    assertThat(get(outsider, tab).getStatusCode()).as("a task they cannot read").isEqualTo(HttpStatus.NOT_FOUND);
    // Without the session's CSRF token the webapps refuse the upload (and end the session, as Camunda does).
    ResponseEntity<String> withoutToken = http.exchange(tab, HttpMethod.POST,
        TestFiles.multipart("label-photos", "nhan-3.png", first, officer.headers(null, false)), String.class);
    assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    WebappSession auditor = WebappSession.logIn(http, "auditor", "demo", "cockpit");
    JsonNode record = JSON.readTree(get(auditor, "/camunda/api/cockpit/plugin/ocop-audit/default/dossiers/"
        + dossier.getBusinessKey()).getBody());
    assertThat(record.path("documents").findValuesAsText("fileName")).containsExactly("nhan.png", "nhan-2.jpg");
    List<JsonNode> events = StreamSupport.stream(record.path("documentEvents").spliterator(), false).toList();
    assertThat(events).extracting(event -> event.path("action").asText() + " v" + event.path("version").asInt() + " "
        + event.path("user").asText() + " " + event.path("sha256").asText()).containsExactly(
        "upload v1 officer-18547 " + FileCheck.sha256(first),
        "replace v2 officer-18547 " + FileCheck.sha256(second),
        "download v2 officer-18547 " + FileCheck.sha256(second));
    assertThat(events).allMatch(event -> !event.path("at").isNull());
    String csv = get(auditor, "/camunda/api/cockpit/plugin/ocop-audit/default/dossiers/" + dossier.getBusinessKey()
        + "/export.csv").getBody();
    assertThat(csv).contains("Tài liệu / Document", "replace v2 nhan-2.jpg sha256=" + FileCheck.sha256(second));
  }

  @Test
  void tasklistLoadsTheTabsScript() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getBody()).contains("ocop-documents");
    ResponseEntity<String> script = http.getForEntity("/camunda/api/tasklist/plugin/ocop-documents/static/app/plugin.js",
        String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("pluginPoint: 'tasklist.task.detail'", "label: 'Hồ sơ / Documents'");
    assertThat(http.getForEntity("/camunda/api/cockpit/plugin/ocop-audit/static/app/dom.js", String.class)
        .getStatusCode()).as("the DOM helpers the tab imports").isEqualTo(HttpStatus.OK);
  }

  private ProcessInstance registered(String officer, String commune) {
    return dossiers.register(officer, registration(commune, "Tài liệu " + UUID.randomUUID().toString().substring(0, 8)));
  }

  /** A user with no group, as a producer's account is to the engine; password "demo". */
  private String newUser(String prefix) {
    String id = prefix + UUID.randomUUID().toString().substring(0, 8);
    User account = engine.getIdentityService().newUser(id);
    account.setPassword("demo");
    engine.getIdentityService().saveUser(account);
    return id;
  }

  private ResponseEntity<String> upload(String user, ProcessInstance dossier, String type, String fileName, byte[] file) {
    return basic(user).exchange(documents(dossier), HttpMethod.POST, TestFiles.multipart(type, fileName, file,
        new HttpHeaders()), String.class);
  }

  private JsonNode list(String user, ProcessInstance dossier) {
    ResponseEntity<String> listed = basic(user).getForEntity(documents(dossier), String.class);
    assertThat(listed.getStatusCode()).as(listed.getBody()).isEqualTo(HttpStatus.OK);
    try {
      return JSON.readTree(listed.getBody());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private TestRestTemplate basic(String user) {
    return http.withBasicAuth(user, "demo");
  }

  private static String documents(ProcessInstance dossier) {
    return "/engine-rest/ocop/dossiers/" + dossier.getBusinessKey() + "/documents";
  }

  private static String contentPath(ProcessInstance dossier, JsonNode document) {
    return documents(dossier) + "/" + document.path("id").asText() + "/content";
  }

  private ResponseEntity<String> get(WebappSession session, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)),
        String.class);
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private static List<String> ids(JsonNode types) {
    return types.findValuesAsText("id");
  }
}
