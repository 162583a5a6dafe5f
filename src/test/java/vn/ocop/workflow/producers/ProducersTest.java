package vn.ocop.workflow.producers;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ocop.workflow.documents.TestFiles;
import vn.ocop.workflow.inbox.TasklistFilters;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.TestMailServer;
import vn.ocop.workflow.testing.WebappSession;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Producers in the procedure: the account a commune officer's registration creates, the mailed link that
 * sets its password, registering and revising their own dossiers, and what a producer never sees.
 */
class ProducersTest extends ProcessTestBase {

  private static final String START = "/engine-rest/process-definition/key/" + EvaluationProcess.KEY + "/start";
  private static final Pattern LINK = Pattern.compile("https?://\\S+/producers/password\\?token=([A-Za-z0-9_-]+)");

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void anOfficersRegistrationCreatesTheProducersAccountOnceAndMailsTheLinkThatSetsItsPassword() {
    String phone = newPhone();
    String email = "htx-" + phone + "@example.vn";
    ProcessInstance first = dossiers.register(PHUC_TRACH_OFFICER, registrationOf(phone, email, "Bưởi " + phone));
    String account = "producer-" + phone;

    assertThat(engine.getRuntimeService().getVariable(first.getId(), EvaluationProcess.PRODUCER_ACCOUNT.name()))
        .isEqualTo(account);
    assertThat(engine.getIdentityService().createUserQuery().userId(account).memberOfGroup(OfficialGroups.PRODUCERS)
        .count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT commune_code FROM ocop_producer WHERE user_id = ?", String.class, account))
        .isEqualTo(PHUC_TRACH);
    assertThat(engine.getIdentityService().checkPassword(account, "demo")).isFalse();

    mails.deliver();
    List<MimeMessage> accountMails = mails.to(email, "Tài khoản chủ thể OCOP");
    assertThat(accountMails).hasSize(1);
    assertThat(TestMailServer.text(accountMails.get(0))).contains("Tên đăng nhập: " + account).contains("Login: " + account);

    // A second product of the same producer (phone written the international way) reuses the account.
    ProcessInstance second = dossiers.register(PHUC_TRACH_OFFICER,
        registrationOf("+84" + phone.substring(1), email, "Mít " + phone));
    mails.deliver();
    assertThat(engine.getRuntimeService().getVariable(second.getId(), EvaluationProcess.PRODUCER_ACCOUNT.name()))
        .isEqualTo(account);
    assertThat(mails.to(email, "Tài khoản chủ thể OCOP")).as("no second account mail").hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_producer WHERE user_id = ?", Integer.class, account)).isOne();
  }

  @Test
  void theMailedLinkSetsAPasswordOnceAndIsRefusedAfterwards() {
    String phone = newPhone();
    String email = "htx-" + phone + "@example.vn";
    dossiers.register(PHUC_TRACH_OFFICER, registrationOf(phone, email, "Chè " + phone));
    String token = passwordToken(email);

    ResponseEntity<String> form = http.getForEntity("/producers/password?token=" + token, String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("producer-" + phone);

    ResponseEntity<String> tooShort = choose(token, "ngan", "ngan");
    assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooShort.getBody()).contains("ít nhất 10 ký tự").contains("at least 10 characters");
    ResponseEntity<String> differ = choose(token, "mat-khau-dai-1", "mat-khau-dai-2");
    assertThat(differ.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(differ.getBody()).contains("the two passwords differ");
    // (A wrong password check here would delay the account's next login: the refusals leave the link unused.)
    assertThat(http.getForEntity("/producers/password?token=" + token, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(choose(token, "mat-khau-dai-1", "mat-khau-dai-1").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getIdentityService().checkPassword("producer-" + phone, "mat-khau-dai-1")).isTrue();

    ResponseEntity<String> again = choose(token, "mat-khau-khac-3", "mat-khau-khac-3");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(again.getBody()).contains("no longer valid");
    assertThat(http.getForEntity("/producers/password?token=guessed", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getIdentityService().checkPassword("producer-" + phone, "mat-khau-khac-3")).isFalse();
  }

  @Test
  void aProducerRegistersInTheirOwnCommuneOnlyAndTheDossierIsTheirs() {
    String producer = producerWithPassword();
    Map<String, Object> own = registrationOf("0900000000", "own@example.vn", "Nước mắm " + producer);
    own.remove("communeCode");
    ResponseEntity<Map> started = asUser(producer).postForEntity(START, Dossiers.restBody(own), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("id");
    assertThat(engine.getRuntimeService().getVariable(id, EvaluationProcess.PRODUCER_ACCOUNT.name())).isEqualTo(producer);
    assertThat(engine.getRuntimeService().getVariable(id, EvaluationProcess.COMMUNE_CODE.name())).isEqualTo(PHUC_TRACH);
    assertThat(engine.getIdentityService().createUserQuery().userId("producer-0900000000").count())
        .as("a producer's own registration creates no other account").isZero();

    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY).count();
    ResponseEntity<String> elsewhere = asUser(producer).postForEntity(START,
        Dossiers.restBody(registrationOf("0900000000", "own@example.vn", "Cam " + producer, DIEN_CHAU)), String.class);
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(elsewhere.getBody()).contains("is a producer of another commune");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void aReturnedDossierGoesToItsProducerWhoRevisesItWhileAnotherProducerSeesNothingOfIt() {
    String producer = producerWithPassword();
    String other = producerWithPassword();
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registrationOf(phoneOf(producer),
        "htx-" + phoneOf(producer) + "@example.vn", "Tỏi " + producer));
    String code = dossier.getBusinessKey();
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu phiếu kiểm nghiệm / test report missing"));
    Task revise = dossiers.openTask(dossier, EvaluationProcess.Elements.REVISE_DOSSIER);
    assertThat(engine.getTaskService().getIdentityLinksForTask(revise.getId()))
        .extracting(link -> link.getUserId() != null ? "user:" + link.getUserId() : "group:" + link.getGroupId())
        .containsExactlyInAnyOrder("user:" + producer, "group:" + OfficialGroups.communeOfficers(PHUC_TRACH));

    // The other producer finds nothing of it, through any door.
    assertThat(asUser(other).getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, List.class)).isEmpty();
    assertThat(asUser(other).getForObject("/engine-rest/history/process-instance?processInstanceBusinessKey=" + code,
        List.class)).isEmpty();
    assertThat(asUser(other).getForEntity("/engine-rest/task/" + revise.getId() + "/variables", String.class)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(asUser(other).postForEntity("/engine-rest/task/" + revise.getId() + "/complete", revision(), String.class)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(ownDossiers(other).getBody()).doesNotContain(code);
    assertThat(filterTasks(other)).doesNotContain(revise.getId());
    assertThat(filterTasks(producer)).as("the producer's Tasklist filter").contains(revise.getId());

    // Its producer sees it in their list, at the revision, and answers the return themselves.
    ResponseEntity<String> list = ownDossiers(producer);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains(code).contains("Bổ sung hồ sơ / Revise dossier").contains(revise.getId())
        .doesNotContain("${");
    assertThat(asUser(producer).getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, List.class)).hasSize(1);
    assertThat(asUser(producer).postForEntity("/engine-rest/task/" + revise.getId() + "/complete", revision(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER)).as("back at the commune check").isNotNull();
    assertThat(ownDossiers(producer).getBody()).contains("Kiểm tra hồ sơ");
  }

  @Test
  void aProducerNeverSeesTheCouncilsMembersOrScoreSheetsOfTheirOwnDossier() {
    String producer = producerWithPassword();
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registrationOf(phoneOf(producer),
        "htx-" + phoneOf(producer) + "@example.vn", "Mật ong " + producer));
    String code = dossier.getBusinessKey();
    dossiers.forward(dossier);
    ProcessInstance council = dossiers.convene(dossier);
    List<Task> sheets = dossiers.memberTasks(council);
    assertThat(sheets).as("the district council scores").isNotEmpty();

    TestRestTemplate asProducer = asUser(producer);
    assertThat(asProducer.getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, List.class)).isEmpty();
    assertThat(asProducer.getForObject("/engine-rest/history/task?processInstanceId=" + council.getId(), List.class)).isEmpty();
    assertThat(asProducer.getForObject("/engine-rest/history/variable-instance?processInstanceId=" + council.getId(),
        List.class)).isEmpty();
    assertThat(asProducer.getForObject("/engine-rest/history/process-instance?processInstanceBusinessKey=" + code,
        List.class)).isEmpty();
    assertThat(asProducer.getForObject("/engine-rest/user?memberOfGroup=" + OfficialGroups.districtCouncil("444"),
        List.class)).as("no member's name").isEmpty();
    String list = ownDossiers(producer).getBody();
    assertThat(list).contains(code);
    for (Task sheet : sheets) {
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(sheet.getId())) {
        if (link.getUserId() != null) {
          assertThat(list).doesNotContain(link.getUserId());
        }
      }
      assertThat(list).doesNotContain(sheet.getId());
    }
    assertThat(list).doesNotContain("Score").doesNotContain("score");
  }

  @Test
  void aProducerAddsDocumentsToTheirOwnDossierFromTheirListUntilTheCommuneForwardsIt() {
    String producer = producerWithPassword();
    String other = producerWithPassword();
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registrationOf(phoneOf(producer),
        "htx-" + phoneOf(producer) + "@example.vn", "Cà phê " + producer));
    String code = dossier.getBusinessKey();
    String documents = "/camunda/api/tasklist/plugin/ocop-documents/default/dossiers/" + code + "/documents";
    WebappSession session = WebappSession.logIn(http, producer, PASSWORD);

    ResponseEntity<String> added = http.exchange(documents, HttpMethod.POST,
        TestFiles.multipart("label-photos", "nhan.png", TestFiles.png(), session.headers(null, true)), String.class);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> listed = http.exchange(documents, HttpMethod.GET,
        new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)), String.class);
    assertThat(listed.getBody()).contains("nhan.png").contains(producer);

    WebappSession stranger = WebappSession.logIn(http, other, PASSWORD);
    assertThat(http.exchange(documents, HttpMethod.GET, new HttpEntity<>(stranger.headers(MediaType.APPLICATION_JSON, false)),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Once the commune has forwarded it, the dossier is the councils': the producer reads but adds nothing.
    dossiers.forward(dossier);
    session = WebappSession.logIn(http, producer, PASSWORD);
    assertThat(http.exchange(documents, HttpMethod.POST,
        TestFiles.multipart("awards", "giai.pdf", TestFiles.pdf(0), session.headers(null, true)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.exchange(documents, HttpMethod.GET, new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)),
        String.class).getBody()).contains("nhan.png").doesNotContain("giai.pdf");
  }

  @Test
  void theDossierListIsForProducersOnly() {
    WebappSession officer = WebappSession.logIn(http, PHUC_TRACH_OFFICER, "demo");
    assertThat(http.exchange(OWN_DOSSIERS, HttpMethod.GET, new HttpEntity<>(officer.headers(MediaType.APPLICATION_JSON, false)),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity(OWN_DOSSIERS, String.class).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  /** The ids of the tasks in the producer's Tasklist filter, as Tasklist lists them for the producer. */
  private String filterTasks(String producer) {
    List<Map<String, Object>> filters = asUser(producer).getForObject("/engine-rest/filter?resourceType=Task", List.class);
    Map<String, Object> revisions = filters.stream()
        .filter(filter -> TasklistFilters.PRODUCER_REVISIONS.equals(filter.get("name"))).findFirst().orElseThrow();
    assertThat(filters).as("a producer sees only their own filter").hasSize(1);
    return asUser(producer).getForObject("/engine-rest/filter/" + revisions.get("id") + "/list", String.class);
  }

  private static final String OWN_DOSSIERS = "/camunda/api/tasklist/plugin/ocop-producer/default/dossiers";

  private ResponseEntity<String> ownDossiers(String producer) {
    WebappSession session = WebappSession.logIn(http, producer, PASSWORD);
    return http.exchange(OWN_DOSSIERS, HttpMethod.GET, new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)),
        String.class);
  }

  private static final String PASSWORD = "mat-khau-cua-toi";

  /** A producer of Phuc Trach whose account an officer created and who has chosen a password. */
  private String producerWithPassword() {
    String phone = newPhone();
    String email = "htx-" + phone + "@example.vn";
    dossiers.register(PHUC_TRACH_OFFICER, registrationOf(phone, email, "Lúa " + phone));
    assertThat(choose(passwordToken(email), PASSWORD, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    return "producer-" + phone;
  }

  private String passwordToken(String email) {
    mails.deliver();
    List<MimeMessage> accountMails = mails.to(email, "Tài khoản chủ thể OCOP");
    assertThat(accountMails).hasSize(1);
    Matcher link = LINK.matcher(TestMailServer.text(accountMails.get(0)));
    assertThat(link.find()).as("the mail holds the link").isTrue();
    return link.group(1);
  }

  private ResponseEntity<String> choose(String token, String password, String repeat) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    form.add("password", password);
    form.add("repeat", repeat);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity("/producers/password", new HttpEntity<>(form, headers), String.class);
  }

  private TestRestTemplate asUser(String user) {
    return http.withBasicAuth(user, PASSWORD);
  }

  private static Map<String, Object> revision() {
    return Dossiers.restBody(Map.of("revisionNote", "Đã bổ sung phiếu kiểm nghiệm / test report added",
        "description", "Đặc sản địa phương / local specialty", "businessPlan", "Mở rộng / expand"));
  }

  private static Map<String, Object> registrationOf(String phone, String email, String product) {
    return registrationOf(phone, email, product, PHUC_TRACH);
  }

  private static Map<String, Object> registrationOf(String phone, String email, String product, String commune) {
    Map<String, Object> vars = new HashMap<>(registration(commune, product));
    vars.put("producerPhone", phone);
    vars.put("producerEmail", email);
    vars.put("productStatus", "new");
    return vars;
  }

  private static String phoneOf(String producer) {
    return producer.substring("producer-".length());
  }

  private static String newPhone() {
    return "09" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
  }
}
