package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/** An administrator deploys an edited model without a restart; it joins the rest of the latest version. */
class EditedModelsTest extends ProcessTestBase {

  private static final String DEPLOY = "/engine-rest/ocop/procedure";

  @Autowired
  private TestRestTemplate http;

  @Test
  void anEditedFormIsDeployedWithTheRestOfTheProcedureAndRunningDossiersKeepTheirs() throws IOException {
    ProcessInstance before = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Trước sửa " + System.nanoTime()));
    String edited = Files.readString(Path.of("forms/check-dossier.form"))
        .replace("Quyết định của xã / Commune decision", "Quyết định của xã (đã sửa) / Commune decision (edited)");

    ResponseEntity<String> response = deploy("admin", "check-dossier.form", edited);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String deployment = procedure.latest().getId();
    assertThat(response.getBody()).contains(deployment);
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment))
        .contains("bpmn/ocop-product-evaluation.bpmn", "forms/score-product-fresh-produce.form",
            "criteria/fresh-produce.csv");
    ProcessInstance after = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Sau sửa " + System.nanoTime()));
    assertThat(checkForm(after)).contains("(đã sửa) / Commune decision (edited)");
    assertThat(checkForm(before)).doesNotContain("(edited)");
  }

  @Test
  void aModelTheEngineCannotParseChangesNothing() throws IOException {
    String latest = procedure.latest().getId();
    String broken = Files.readString(Path.of("bpmn/ocop-council-evaluation.bpmn"))
        .replace("targetRef=\"calculate-council-result\"", "targetRef=\"nowhere\"");

    ResponseEntity<String> response = deploy("admin", "ocop-council-evaluation.bpmn", broken);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Invalid destination 'nowhere'").contains("ocop-council-evaluation.bpmn");
    assertThat(procedure.latest().getId()).isEqualTo(latest);
  }

  @Test
  void onlyAdministratorsDeployAndOnlyModelFiles() {
    String latest = procedure.latest().getId();

    assertThat(deploy(PHUC_TRACH_OFFICER, "check-dossier.form", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> generated = deploy("admin", "score-product-fresh-produce.form", "{}");
    assertThat(generated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(generated.getBody()).contains("score forms are generated from the criteria sets");
    assertThat(deploy("admin", "notes.txt", "x").getBody()).contains("only .bpmn, .dmn and .form files are deployed");
    assertThat(procedure.latest().getId()).isEqualTo(latest);
  }

  private String checkForm(ProcessInstance dossier) throws IOException {
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);
    try (InputStream form = engine.getFormService().getDeployedTaskForm(check.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCamundaModelerDeploysWithTheEnginesOwnCallAndMakesACompleteVersion() throws IOException {
    String edited = Files.readString(Path.of("bpmn/ocop-council-evaluation.bpmn"))
        .replace("Hội đồng chấm điểm / Council evaluation", "Hội đồng chấm điểm / Council evaluation (Modeler)");
    String latest = procedure.latest().getId();
    assertThat(fromModeler(PHUC_TRACH_OFFICER, "ocop-council-evaluation.bpmn", edited).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(procedure.latest().getId()).isEqualTo(latest);

    ResponseEntity<String> response = fromModeler("admin", "ocop-council-evaluation.bpmn", edited);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deployment = procedure.latest().getId();
    assertThat(response.getBody()).contains("\"id\":\"" + deployment + "\"", "deployedProcessDefinitions",
        "Council evaluation (Modeler)");
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment))
        .contains("bpmn/ocop-product-evaluation.bpmn", "forms/score-product-fresh-produce.form", "criteria/fresh-produce.csv");
  }

  @Test
  void aModelNamingAFormThatDoesNotExistOrWithANegativeHistoryTimeToLiveIsRefused() throws IOException {
    String latest = procedure.latest().getId();
    String council = Files.readString(Path.of("bpmn/ocop-council-evaluation.bpmn"));

    ResponseEntity<String> unknownForm = fromModeler("admin", "ocop-council-evaluation.bpmn",
        council.replace("camunda:formRef=\"score-product-${criteriaSet}\"", "camunda:formRef=\"score-sheet-${criteriaSet}\""));
    // A model without a time to live of its own takes the engine's (history-time-to-live); a wrong one is refused.
    ResponseEntity<String> negativeTimeToLive = fromModeler("admin", "ocop-council-evaluation.bpmn",
        council.replace("isExecutable=\"true\"", "isExecutable=\"true\" camunda:historyTimeToLive=\"-5\""));

    assertThat(unknownForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownForm.getBody()).contains("ocop-council-evaluation.bpmn: formRef 'score-sheet-fresh-produce'"
        + " không có trong phiên bản / names no form of the deployment");
    assertThat(negativeTimeToLive.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negativeTimeToLive.getBody()).contains("Cannot parse historyTimeToLive: negative value is not allowed");
    assertThat(procedure.latest().getId()).isEqualTo(latest);
  }

  /** As the Camunda Modeler deploys: its fields, and the file as a part named after it. */
  private ResponseEntity<String> fromModeler(String user, String file, String content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "ocop");
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    parts.add(file, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers),
        String.class);
  }

  private ResponseEntity<String> deploy(String user, String file, String content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo").postForEntity(DEPLOY, new HttpEntity<>(parts, headers), String.class);
  }
}
