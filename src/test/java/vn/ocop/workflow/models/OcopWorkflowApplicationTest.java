package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.OcopWorkflowApplication;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;

/** The application as it starts: every model and form from bpmn/ and forms/ deployed, every formRef resolving. */
class OcopWorkflowApplicationTest extends ProcessTestBase {

  @Autowired
  private ResourcePatternResolver resources;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private DeployedModelsCheck check;

  @Test
  void everyModelAndFormInTheSourceTreeIsDeployed() {
    Set<String> files = Stream.of("bpmn", "forms")
        .flatMap(dir -> Arrays.stream(Objects.requireNonNull(new File(dir).listFiles())))
        .map(File::getName).collect(Collectors.toSet());
    assertThat(files).contains("ocop-product-evaluation.bpmn", "ocop-council-evaluation.bpmn",
        "ocop-star-rating.dmn", "ocop-council-outcome.dmn", "register-product.form", "check-dossier.form");

    ProcessDefinition evaluation = latest(EvaluationProcess.KEY);
    Set<String> deployed = engine.getRepositoryService().getDeploymentResourceNames(evaluation.getDeploymentId())
        .stream().map(name -> name.substring(name.lastIndexOf('/') + 1)).collect(Collectors.toSet());
    assertThat(deployed).containsAll(files);
  }

  @Test
  void everyFormRefNamesAFormOfTheSameDeployment() throws IOException {
    for (String key : List.of(EvaluationProcess.KEY, CouncilEvaluationProcess.KEY)) {
      ProcessDefinition definition = latest(key);
      Set<String> formIds = deployedFormIds(definition.getDeploymentId());
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      List<String> refs = DeployedModelsCheck.formRefs(model).stream()
          .flatMap(ref -> check.resolve(ref, definition.getDeploymentId()).stream()).toList();
      assertThat(refs).as(key + " references forms").isNotEmpty();
      assertThat(formIds).as(key + " resolves its forms in its own deployment").containsAll(refs);
    }
  }

  @Test
  void theEngineServesTheFormsOfALiveDossier() throws IOException {
    ProcessDefinition evaluation = latest(EvaluationProcess.KEY);
    assertThat(formId(engine.getFormService().getDeployedStartForm(evaluation.getId()))).isEqualTo("register-product");

    ProcessInstance dossier = dossiers.register(Dossiers.PHUC_TRACH_OFFICER,
        Dossiers.registration(Dossiers.PHUC_TRACH, "Form check"));
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);
    assertThat(formId(engine.getFormService().getDeployedTaskForm(check.getId()))).isEqualTo("check-dossier");

    dossiers.forward(dossier);
    Task score = dossiers.memberTasks(dossiers.convene(dossier)).get(0);
    assertThat(formId(engine.getFormService().getDeployedTaskForm(score.getId()))).isEqualTo("score-product-fresh-produce");
  }

  @Test
  void theRestApiRefusesABadRegistrationNamingTheFieldAndStartsNothing() {
    Map<String, Object> vars = Dossiers.registration(Dossiers.PHUC_TRACH, "REST check");
    vars.put("producerEmail", "not-an-email");
    Map<String, Object> body = Dossiers.restBody(vars);
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

    ResponseEntity<String> response = rest.withBasicAuth(Dossiers.PHUC_TRACH_OFFICER, "demo").postForEntity(
        "/engine-rest/process-definition/key/" + EvaluationProcess.KEY + "/start", body, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("producerEmail (Thư điện tử / Email): không phải địa chỉ email / is not an email address");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void theRestApiRefusesAScoreAboveItsMaximumNamingTheCriterion() {
    ProcessInstance dossier = dossiers.register(Dossiers.PHUC_TRACH_OFFICER,
        Dossiers.registration(Dossiers.PHUC_TRACH, "REST score"));
    dossiers.forward(dossier);
    Task score = dossiers.memberTasks(dossiers.convene(dossier)).get(0);
    Map<String, Object> sheet = new HashMap<>(ScoreSheets.totalling(catalogue.require("fresh-produce"), 100, true));
    sheet.put("c_global_market", 4);

    ResponseEntity<String> response = rest.withBasicAuth(score.getAssignee(), "demo").postForEntity(
        "/engine-rest/task/" + score.getId() + "/complete", Dossiers.restBody(sheet), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("c_global_market").contains("exceeds its maximum 3");
    assertThat(engine.getTaskService().createTaskQuery().taskId(score.getId()).count()).isOne();
  }

  @Test
  void aFormThatIsNotValidJsonStopsTheDeploymentNamingFileAndLine() {
    String before = procedure.latest().getId();
    ProcedureDeployment broken = deployment("classpath*:bpmn/*", "classpath*:forms/*.form", "classpath*:broken-models/forms/*.form");

    assertThatThrownBy(broken::deployAtStartUp).hasMessageContaining("forms/unfinished.form line 5");
    assertThat(procedure.latest().getId()).as("nothing deployed").isEqualTo(before);
  }

  @Test
  void modelsWithoutTheRegistrationFormStopTheDeployment() {
    String before = procedure.latest().getId();
    ProcedureDeployment empty = deployment("classpath*:bpmn/*", "classpath*:no-such-folder/*.form");

    assertThatThrownBy(empty::deployAtStartUp).hasMessageContaining("No register-product.form among the models");
    assertThat(procedure.latest().getId()).as("nothing deployed").isEqualTo(before);
  }

  @Autowired
  private AsTheProcedure procedureItself;

  private ProcedureDeployment deployment(String... locations) {
    return new ProcedureDeployment(engine.getRepositoryService(), resources, json,
        new ModelLocations(List.of(locations), "classpath*:criteria/*.csv"), procedureItself);
  }

  @Test
  void aMalformedProcessModelStopsStartUpNamingFileAndLine() {
    SpringApplicationBuilder broken = new SpringApplicationBuilder(OcopWorkflowApplication.class).profiles("test");

    // No web server: the webapps keep static state that a second, failed context would overwrite.
    assertThatThrownBy(() -> broken.run("--spring.main.web-application-type=none", "--camunda.bpm.process-engine-name=broken",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
        "--ocop.models.locations=classpath*:broken-models/bpmn/*.bpmn,classpath*:forms/*.form"))
        .hasMessageContaining("Invalid destination 'nowhere' of sequence flow 'flow' | resource bpmn/broken-process.bpmn | line 5");
  }

  private ProcessDefinition latest(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private Set<String> deployedFormIds(String deploymentId) throws IOException {
    Set<String> ids = new java.util.HashSet<>();
    for (String name : engine.getRepositoryService().getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        ids.add(formId(engine.getRepositoryService().getResourceAsStream(deploymentId, name)));
      }
    }
    return ids;
  }

  private String formId(InputStream form) throws IOException {
    try (form) {
      JsonNode node = json.readTree(form);
      return node.path("id").asText();
    }
  }
}
