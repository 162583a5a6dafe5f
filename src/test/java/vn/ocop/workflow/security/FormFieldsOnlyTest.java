package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.testing.WebappSession;

/** A step takes only the fields of its form, over the REST API and the webapps' API alike. */
class FormFieldsOnlyTest extends ProcessTestBase {

  @Autowired
  private TestRestTemplate http;
  private ProcessInstance dossier;
  private Task check;

  @BeforeEach
  void aDossierAtItsCommune() {
    dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Trường " + System.nanoTime()));
    check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);
  }

  @Test
  void completingTheCommuneCheckCannotRewriteTheDossier() {
    ResponseEntity<String> response = officer().postForEntity("/engine-rest/task/" + check.getId() + "/complete",
        Dossiers.restBody(Map.of("communeDecision", "forward", "productName", "Sản phẩm khác", "procedure", "two-level")), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("the form has no fields [procedure, productName]");
    assertThat(engine.getRuntimeService().getVariable(dossier.getId(), "productName")).asString().startsWith("Trường");
    assertThat(dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER)).isNotNull();

    assertThat(officer().postForEntity("/engine-rest/task/" + check.getId() + "/complete",
        Dossiers.restBody(Map.of("communeDecision", "forward")), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aCouncilMemberCannotRewriteTheCouncilOrAColleaguesSheet() {
    dossiers.forward(dossier);
    ProcessInstance council = dossiers.convene(dossier);
    Task own = dossiers.memberTasks(council).get(0);
    Map<String, Object> scores = ScoreSheets.totalling(catalogue.require("fresh-produce"), 100, true);
    TestRestTemplate member = http.withBasicAuth(own.getAssignee(), "demo");

    for (String forged : List.of("councilMembers", "scoreSheet_council-444-2", "averageScore")) {
      Map<String, Object> sheet = new HashMap<>(scores);
      sheet.put(forged, "forged");
      ResponseEntity<String> response = member.postForEntity("/engine-rest/task/" + own.getId() + "/complete",
          Dossiers.restBody(sheet), String.class);
      assertThat(response.getStatusCode()).as(forged).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("[" + forged + "]");
    }
    assertThat(engine.getRuntimeService().getVariable(council.getId(), "councilMembers"))
        .isEqualTo(List.of("council-444-1", "council-444-2", "council-444-3"));
    assertThat(member.postForEntity("/engine-rest/task/" + own.getId() + "/complete", Dossiers.restBody(scores), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aRegistrationCannotChooseItsOwnProcedureOrCode() {
    Map<String, Object> vars = registration(PHUC_TRACH, "Đăng ký " + System.nanoTime());
    vars.put("procedure", "two-level");
    vars.put("dossierCode", "42-444-18547-1-2026-999");

    ResponseEntity<String> response = officer().postForEntity(
        "/engine-rest/process-definition/key/" + EvaluationProcess.KEY + "/start", Dossiers.restBody(vars), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("[dossierCode, procedure]");
  }

  @Test
  void taskVariablesAreNotWrittenOutsideACompletion() {
    String task = "/engine-rest/task/" + check.getId();

    assertThat(officer().postForEntity(task + "/variables", Map.of("modifications", Map.of("productName", Map.of("value", "x"))),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer().exchange(task + "/variables/productName", HttpMethod.PUT, new HttpEntity<>(Map.of("value", "x")),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer().exchange(task + "/localVariables/communeDecision", HttpMethod.PUT,
        new HttpEntity<>(Map.of("value", "forward")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer().getForEntity(task + "/variables", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRuntimeService().getVariable(dossier.getId(), "productName")).asString().startsWith("Trường");
  }

  @Test
  void theWebappsApiKeepsTheSameRule() {
    WebappSession session = WebappSession.logIn(http, PHUC_TRACH_OFFICER, "demo");
    String submit = "/camunda/api/engine/engine/default/task/" + check.getId() + "/submit-form";

    ResponseEntity<String> forged = http.postForEntity(submit, new HttpEntity<>(
        Dossiers.restBody(Map.of("communeDecision", "forward", "communeGroup", "commune-17464-officers")),
        session.headers(MediaType.APPLICATION_JSON, true)), String.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody()).contains("[communeGroup]");

    assertThat(http.postForEntity(submit, new HttpEntity<>(Dossiers.restBody(Map.of("communeDecision", "forward")),
        session.headers(MediaType.APPLICATION_JSON, true)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void someoneNotSignedInLearnsNothingAboutAForm() {
    String submit = "/camunda/api/engine/engine/default/task/" + check.getId() + "/submit-form";

    ResponseEntity<String> anonymous = http.postForEntity(submit,
        Dossiers.restBody(Map.of("communeDecision", "forward", "communeGroup", "commune-17464-officers")), String.class);

    assertThat(anonymous.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(String.valueOf(anonymous.getBody())).doesNotContain("allowed").doesNotContain("communeDecision");
    assertThat(dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER)).isNotNull();
  }

  private TestRestTemplate officer() {
    return http.withBasicAuth(PHUC_TRACH_OFFICER, "demo");
  }
}
