package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.testing.WebappSession;

/** What each role can and cannot do through /engine-rest, with real HTTP Basic logins. */
class RolesOverRestTest extends ProcessTestBase {

  private static final String START = "/engine-rest/process-definition/key/" + EvaluationProcess.KEY + "/start";

  @Autowired
  private TestRestTemplate anonymous;
  private ProcessInstance phucTrach;
  private ProcessInstance dienChau;
  private Task phucTrachCheck;
  private Task dienChauCheck;

  @BeforeEach
  void twoDossiersInTwoCommunes() {
    String run = Long.toString(System.nanoTime(), 36);
    phucTrach = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "REST Phúc Trạch " + run));
    dienChau = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "REST Diễn Châu " + run));
    phucTrachCheck = dossiers.openTask(phucTrach, EvaluationProcess.Elements.CHECK_DOSSIER);
    dienChauCheck = dossiers.openTask(dienChau, EvaluationProcess.Elements.CHECK_DOSSIER);
  }

  // --- no or wrong credentials ---

  @Test
  void withoutCredentialsEveryCallIsRefusedAndNothingHappens() {
    ResponseEntity<String> list = anonymous.getForEntity("/engine-rest/task", String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(list.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

    assertThat(anonymous.postForEntity(START, Dossiers.restBody(registration(PHUC_TRACH, "anonymous")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.postForEntity("/engine-rest/task/" + phucTrachCheck.getId() + "/complete",
        Map.of("variables", Map.of("communeDecision", Map.of("value", "forward"))), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/engine-rest/process-instance/" + phucTrach.getId() + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(dossiers.openTask(phucTrach, EvaluationProcess.Elements.CHECK_DOSSIER)).as("task still open").isNotNull();
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameBareRefusal() {
    // A user no other test logs in as: failed logins delay that user's next logins (brute-force protection).
    ResponseEntity<String> wrongPassword = as("council-447-3", "not-the-password").getForEntity("/engine-rest/task", String.class);
    ResponseEntity<String> unknownUser = as("nobody-" + System.nanoTime(), "demo").getForEntity("/engine-rest/task", String.class);

    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrongPassword.getBody()).isEqualTo(unknownUser.getBody());
  }

  @Test
  void pathsOutsideTheWebappsTheApiAndActuatorAreClosed() {
    assertThat(anonymous.getForEntity("/actuator", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/actuators", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous.getForEntity("/h2-console", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous.getForEntity("/engine-restless", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // --- commune officer ---

  @Test
  void aCommuneOfficerRegistersAndWorksOnlyTheirCommunesDossiers() {
    TestRestTemplate officer = as(PHUC_TRACH_OFFICER, "demo");

    assertThat(officer.postForEntity(START, Dossiers.restBody(registration(null, "REST đăng ký " + System.nanoTime())), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> otherCommune = officer.postForEntity(START,
        Dossiers.restBody(registration(DIEN_CHAU, "REST xã khác " + System.nanoTime())), String.class);
    assertThat(otherCommune.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherCommune.getBody()).contains("officer-18547 không phải cán bộ của Xã Diễn Châu / is not an officer of Dien Chau");

    assertThat(officer.getForEntity("/engine-rest/task/" + phucTrachCheck.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(officer.getForEntity("/engine-rest/process-instance/" + phucTrach.getId() + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(officer.getForEntity("/engine-rest/task?processInstanceId=" + dienChau.getId(), String.class).getBody())
        .isEqualTo("[]");
    assertThat(officer.getForEntity("/engine-rest/task/" + dienChauCheck.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(officer.getForEntity("/engine-rest/process-instance/" + dienChau.getId() + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer.postForEntity("/engine-rest/task/" + dienChauCheck.getId() + "/complete",
        Map.of("variables", Map.of("communeDecision", Map.of("value", "reject"), "decisionReason", Map.of("value", "x"))),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dossiers.openTask(dienChau, EvaluationProcess.Elements.CHECK_DOSSIER)).isNotNull();

    assertThat(officer.postForEntity("/engine-rest/task/" + phucTrachCheck.getId() + "/complete",
        Map.of("variables", Map.of("communeDecision", Map.of("value", "forward"))), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  // --- council member ---

  @Test
  void aDistrictCouncilMemberCannotClaimOrSeeAProvinceTask() {
    ProcessInstance atProvince = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "REST tỉnh " + System.nanoTime()));
    dossiers.forward(atProvince);
    dossiers.scores(atProvince, 80, 80, 80);
    Task provinceTask = dossiers.memberTasks(dossiers.convene(atProvince)).get(0);
    TestRestTemplate districtMember = as("council-444-1", "demo");

    assertThat(districtMember.postForEntity("/engine-rest/task/" + provinceTask.getId() + "/claim",
        Map.of("userId", "council-444-1"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(districtMember.getForEntity("/engine-rest/task/" + provinceTask.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("council-42-1", "demo").getForEntity("/engine-rest/task?assignee=council-42-1", String.class).getBody())
        .contains(provinceTask.getId());
  }

  @Test
  void aCouncilMemberCannotSubmitAColleaguesSheet() {
    dossiers.forward(phucTrach);
    Task firstMembersSheet = dossiers.memberTasks(dossiers.convene(phucTrach)).get(0);
    Map<String, Object> sheet = ScoreSheets.totalling(catalogue.require("fresh-produce"), 100, true);

    ResponseEntity<String> colleague = as("council-444-2", "demo").postForEntity(
        "/engine-rest/task/" + firstMembersSheet.getId() + "/complete", Dossiers.restBody(sheet), String.class);

    assertThat(firstMembersSheet.getAssignee()).isEqualTo("council-444-1");
    assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(firstMembersSheet.getId()).count()).isOne();
  }

  // --- auditor ---

  @Test
  void anAuditorReadsEverythingAndChangesNothing() {
    TestRestTemplate auditor = as("auditor", "demo");

    assertThat(auditor.getForEntity("/engine-rest/process-instance?businessKey=" + dienChau.getBusinessKey(), String.class)
        .getBody()).contains(dienChau.getId());
    assertThat(auditor.getForEntity("/engine-rest/process-instance/" + phucTrach.getId() + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(auditor.getForEntity("/engine-rest/history/process-instance?processInstanceId=" + phucTrach.getId(),
        String.class).getBody()).contains(phucTrach.getId());
    assertThat(auditor.getForEntity("/engine-rest/history/task?processInstanceId=" + phucTrach.getId(), String.class)
        .getBody()).contains(phucTrachCheck.getId());

    assertThat(auditor.postForEntity("/engine-rest/task/" + phucTrachCheck.getId() + "/complete",
        Map.of("variables", Map.of("communeDecision", Map.of("value", "forward"))), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.exchange("/engine-rest/process-instance/" + phucTrach.getId() + "/variables/productName",
        HttpMethod.PUT, new HttpEntity<>(Map.of("value", "changed")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.exchange("/engine-rest/process-instance/" + phucTrach.getId(), HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.postForEntity("/engine-rest/deployment/create", deployment("auditor-probe"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.postForEntity(START, Dossiers.restBody(registration(PHUC_TRACH, "auditor")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(engine.getRuntimeService().getVariable(phucTrach.getId(), "productName")).asString().startsWith("REST");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(phucTrach.getId()).count()).isOne();
  }

  // --- administrator ---

  @Test
  void anAdministratorDeploysAndManagesUsers() {
    TestRestTemplate admin = as("admin", "demo");

    assertThat(admin.postForEntity("/engine-rest/deployment/create", deployment("admin-probe"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(admin.getForEntity("/engine-rest/user?memberOfGroup=auditors", String.class).getBody()).contains("\"auditor\"");
    assertThat(as(PHUC_TRACH_OFFICER, "demo").postForEntity("/engine-rest/deployment/create", deployment("officer-probe"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void onlyAnAdministratorRetriesAFailedJob() {
    dossiers.forward(phucTrach);
    String convene = engine.getManagementService().createJobQuery()
        .processInstanceId(dossiers.council(phucTrach).getId()).singleResult().getId();
    engine.getManagementService().setJobRetries(convene, 0);

    assertThat(as("auditor", "demo").exchange("/engine-rest/job/" + convene + "/retries", HttpMethod.PUT,
        new HttpEntity<>(Map.of("retries", 1)), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("admin", "demo").exchange("/engine-rest/job/" + convene + "/retries", HttpMethod.PUT,
        new HttpEntity<>(Map.of("retries", 1)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getManagementService().createJobQuery().jobId(convene).singleResult().getRetries()).isOne();
  }

  // --- the webapps' own API: session login, CSRF protection on ---

  @Test
  void theWebappsRefuseAChangeWithoutTheirCsrfToken() {
    WebappSession session = WebappSession.logIn(anonymous, PHUC_TRACH_OFFICER, "demo");
    Map<String, Object> forward = Map.of("variables", Map.of("communeDecision", Map.of("value", "forward")));
    ProcessInstance second = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "CSRF " + System.nanoTime()));
    Task secondCheck = dossiers.openTask(second, EvaluationProcess.Elements.CHECK_DOSSIER);

    assertThat(anonymous.postForEntity("/camunda/api/engine/engine/default/task/" + phucTrachCheck.getId() + "/complete",
        new HttpEntity<>(forward, session.headers(MediaType.APPLICATION_JSON, true)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(anonymous.postForEntity("/camunda/api/engine/engine/default/task/" + secondCheck.getId() + "/complete",
        new HttpEntity<>(forward, session.headers(MediaType.APPLICATION_JSON, false)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dossiers.openTask(second, EvaluationProcess.Elements.CHECK_DOSSIER)).as("forged request did nothing").isNotNull();
  }

  private TestRestTemplate as(String user, String password) {
    return anonymous.withBasicAuth(user, password);
  }

  private static HttpEntity<MultiValueMap<String, Object>> deployment(String name) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     targetNamespace="https://ocop.vn/probe">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="1"><startEvent id="start"/></process>
        </definitions>""".formatted(name);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add("data", new ByteArrayResource(bpmn.getBytes()) {
      @Override
      public String getFilename() {
        return name + ".bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
