package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.CriteriaSetFile;
import vn.ocop.workflow.criteria.CriteriaSetFileTest;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;

/**
 * An administrator adds or changes a criteria set from a CSV file over the REST API: a good file is
 * deployed as a new version and scored with end to end; a bad one, or one from anyone else, changes
 * nothing; a council that was already running keeps the set and form it started with.
 */
class CriteriaSetImportTest extends ProcessTestBase {

  private static final String IMPORT = "/engine-rest/ocop/criteria-sets?file=honey.csv";

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  @Test
  void onlyAnAdministratorImportsASet() {
    String before = procedure.latest().getId();

    ResponseEntity<String> officer = post(DIEN_CHAU_OFFICER, CriteriaSetFileTest.validSet("honey-by-officer"));

    assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer.getBody()).contains("only administrators import criteria sets");
    assertThat(procedure.latest().getId()).isEqualTo(before);
    assertThat(http.postForEntity(IMPORT, csv(CriteriaSetFileTest.validSet("honey-anonymous")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aBadFileIsRefusedWithEveryProblemByRowAndColumnAndChangesNothing() throws IOException {
    String before = procedure.latest().getId();
    String bad = CriteriaSetFileTest.validSet("honey-bad").replace("0|4|8|12,4,8,12", "0|4|8|13,4,8,12")
        .replace("c_quality,Chất lượng / Quality,35", "c_quality,Chất lượng / Quality,x");

    ResponseEntity<String> response = post("admin", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problems = json.readTree(response.getBody()).path("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).path("row").asInt()).isEqualTo(6);
    assertThat(problems.get(0).path("column").asText()).isEqualTo("levels");
    assertThat(problems.get(1).path("row").asInt()).isEqualTo(7);
    assertThat(problems.get(1).path("column").asText()).isEqualTo("max");
    assertThat(procedure.latest().getId()).as("nothing deployed").isEqualTo(before);
    assertThat(catalogues.ofDeployment(before).find("honey-bad")).isEmpty();
  }

  @Test
  void anImportedSetIsChosenAtRegistrationAndScoredEndToEnd() throws IOException {
    ResponseEntity<String> imported = post("admin", CriteriaSetFileTest.validSet("honey"));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(imported.getBody()).path("deploymentId").asText()).isEqualTo(procedure.latest().getId());
    assertThat(http.withBasicAuth(DIEN_CHAU_OFFICER, "demo").getForEntity("/engine-rest/ocop/criteria-sets", String.class)
        .getBody()).contains("\"id\":\"honey\"");
    byte[] download = http.withBasicAuth(DIEN_CHAU_OFFICER, "demo")
        .getForEntity("/engine-rest/ocop/criteria-sets/honey/csv", byte[].class).getBody();
    CriteriaSet honey = CriteriaSetFile.read("honey.csv", new ByteArrayInputStream(download)).get(0);
    assertThat(optionsOf(engine.getFormService().getDeployedStartForm(latestEvaluation()), "criteriaSet"))
        .contains("honey");

    Map<String, Object> vars = registration(DIEN_CHAU, "Mật ong bạc hà " + System.nanoTime());
    vars.put("criteriaSet", "honey");
    ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, vars);
    dossiers.forward(dossier);
    List<Task> sheets = dossiers.memberTasks(dossiers.convene(dossier));
    assertThat(optionsOf(engine.getFormService().getDeployedTaskForm(sheets.get(0).getId()), "a1_origin"))
        .containsExactly("0", "6", "18");

    Map<String, Object> notALevel = new HashMap<>(ScoreSheets.totalling(honey, 80, true));
    notALevel.put("a1_origin", 7L);
    assertThatThrownBy(() -> engine.getTaskService().complete(sheets.get(0).getId(), notALevel))
        .hasMessageContaining("a1_origin (Nguồn gốc / Origin): 7 không phải mức cho phép [0, 6, 18]"
            + " / is not one of the allowed levels [0, 6, 18]");
    for (Task sheet : sheets) {
      engine.getTaskService().complete(sheet.getId(), ScoreSheets.totalling(honey, 80, true));
    }

    assertThat(dossier).isEnded().hasPassed(EvaluationProcess.Elements.PRODUCT_CERTIFIED);
    assertThat(dossier).variables().containsEntry("provinceScore", 80.0).containsEntry("certificateStars", 4);
  }

  @Test
  void aCouncilAlreadyRunningKeepsTheSetAndFormItStartedWith() {
    Map<String, Object> vars = registration(DIEN_CHAU, "Hoa lan " + System.nanoTime());
    vars.put("productGroup", "5");
    vars.put("criteriaSet", "general");
    ProcessInstance before = dossiers.register(DIEN_CHAU_OFFICER, vars);
    dossiers.forward(before);
    Task runningSheet = dossiers.memberTasks(dossiers.convene(before)).get(0);
    CriteriaSet oldGeneral = catalogue.require("general");

    String downloaded = http.withBasicAuth("admin", "demo")
        .getForEntity("/engine-rest/ocop/criteria-sets/general/csv", String.class).getBody();
    String changed = downloaded.replace(",10,0|1|2|3|4|5|6|7|8|9|10,", ",10,0|5|10,");
    assertThat(changed).as("only sub-section A2 has a maximum of 10").isNotEqualTo(downloaded);
    assertThat(post("admin", changed).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(optionsOf(engine.getFormService().getDeployedTaskForm(runningSheet.getId()), "a2_section_total"))
        .as("the running council's form").hasSize(11);
    Map<String, Object> oldSheet = new HashMap<>(ScoreSheets.totalling(oldGeneral, 60, true));
    oldSheet.put("a2_section_total", 7L);
    engine.getTaskService().complete(runningSheet.getId(), oldSheet);
    assertThat(engine.getTaskService().createTaskQuery().taskId(runningSheet.getId()).count())
        .as("7 is a level of the set the council started with").isZero();

    vars.put("productName", "Hoa lan mới " + System.nanoTime());
    ProcessInstance after = dossiers.register(DIEN_CHAU_OFFICER, vars);
    dossiers.forward(after);
    Task newSheet = dossiers.memberTasks(dossiers.convene(after)).get(0);
    assertThat(optionsOf(engine.getFormService().getDeployedTaskForm(newSheet.getId()), "a2_section_total"))
        .containsExactly("0", "5", "10");
    assertThatThrownBy(() -> engine.getTaskService().complete(newSheet.getId(), oldSheet))
        .hasMessageContaining("a2_section_total").hasMessageContaining("is not one of the allowed levels [0, 5, 10]");
  }

  private String latestEvaluation() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(EvaluationProcess.KEY)
        .latestVersion().singleResult().getId();
  }

  private List<String> optionsOf(InputStream form, String key) {
    try (form) {
      return RegistrationForm.components(json.readTree(form)).stream()
          .filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow()
          .path("values").findValues("value").stream().map(JsonNode::asText).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private ResponseEntity<String> post(String user, String csv) {
    return http.withBasicAuth(user, "demo").postForEntity(IMPORT, csv(csv), String.class);
  }

  private static HttpEntity<byte[]> csv(String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv; charset=UTF-8"));
    return new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers);
  }
}
