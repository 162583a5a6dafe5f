package vn.ocop.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.testing.ProcessTestBase;

/** /actuator over real HTTP: the probes for anyone, health details, info and metrics for operators only. */
class OperationsEndpointsTest extends ProcessTestBase {

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private ObjectMapper json;

  /** Every scrape below finds at least this dossier waiting at the commune's check. */
  @BeforeEach
  void aDossierAtTheCommune() {
    dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "Operations " + Long.toString(System.nanoTime(), 36)));
  }

  @Test
  void theProbesAndTheHealthSummaryAnswerAnyoneWithAStatusOnly() throws Exception {
    for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
      ResponseEntity<String> answer = anonymous.getForEntity(probe, String.class);
      assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      JsonNode health = json.readTree(answer.getBody());
      assertThat(health.path("status").asText()).as(probe).isEqualTo("UP");
      assertThat(health.has("components")).as(probe + " shows no details").isFalse();
    }
  }

  @Test
  void metricsNeedAnOperator() throws Exception {
    ResponseEntity<String> nobody = anonymous.getForEntity("/actuator/prometheus", String.class);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(nobody.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(json.readTree(nobody.getBody()).path("message").asText()).contains("sign in as an operator");
    // An unknown user: a wrong password would delay the operator's next logins (brute-force protection).
    assertThat(as("nobody-" + System.nanoTime(), "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> officer = as(DIEN_CHAU_OFFICER, "demo").getForEntity("/actuator/prometheus", String.class);
    assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(officer.getBody()).path("message").asText())
        .contains("only the groups [operators, camunda-admin] may read operations data", DIEN_CHAU_OFFICER);
    for (String other : new String[] {"/actuator", "/actuator/metrics", "/actuator/info", "/actuator/health/db"}) {
      assertThat(as(DIEN_CHAU_OFFICER, "demo").getForEntity(other, String.class).getStatusCode()).as(other)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(anonymous.getForEntity(other, String.class).getStatusCode()).as(other).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void anOperatorScrapesTheEngineTheWorkAndTheDossiers() {
    ResponseEntity<String> scrape = as("operator", "demo").getForEntity("/actuator/prometheus", String.class);

    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody())
        .contains("# TYPE camunda_job_successful_total counter", "camunda_job_failed_total ",
            "camunda_job_acquisition_attempt_total ", "camunda_job_acquired_success_total ")
        .contains("# TYPE camunda_incidents_open gauge")
        .contains("ocop_tasks_open{level=\"commune\"}", "ocop_tasks_open{level=\"district\"}",
            "ocop_tasks_open{level=\"central\"}", "ocop_tasks_open{level=\"agency\"}", "ocop_tasks_open{level=\"advisory\"}")
        .contains("ocop_dossiers{stage=\"evaluate-at-district\"} ");
    assertThat(value(scrape.getBody(), "ocop_dossiers{stage=\"" + EvaluationProcess.Elements.CHECK_DOSSIER + "\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(value(scrape.getBody(), "ocop_tasks_open{level=\"commune\"}")).isGreaterThanOrEqualTo(1);

    assertThat(as("admin", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .as("administrators too").isEqualTo(HttpStatus.OK);
  }

  @Test
  void theSameMetricsAreReadableAsJson() throws Exception {
    ResponseEntity<String> answer = as("operator", "demo").getForEntity("/actuator/metrics/ocop.tasks.open?tag=level:commune",
        String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(answer.getBody()).path("measurements").path(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void infoShowsTheBuildAndTheProcedureVersions() throws Exception {
    ResponseEntity<String> answer = as("operator", "demo").getForEntity("/actuator/info", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode info = json.readTree(answer.getBody());
    int latest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(EvaluationProcess.KEY)
        .latestVersion().singleResult().getVersion();
    assertThat(info.path("procedure").path(EvaluationProcess.KEY).asInt()).isEqualTo(latest);
    assertThat(info.path("procedure").has("ocop-council-evaluation")).isTrue();
    assertThat(info.path("build").path("artifact").asText()).isEqualTo("ocop-workflow");
  }

  @Test
  void anOperatorSeesTheHealthDetails() throws Exception {
    ResponseEntity<String> answer = as("operator", "demo").getForEntity("/actuator/health", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode components = json.readTree(answer.getBody()).path("components");
    assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
    // The tests run jobs themselves: job execution is switched off, which is not a failure.
    assertThat(components.path("jobExecutor").path("status").asText()).isEqualTo("UNKNOWN");
    assertThat(components.path("jobExecutor").path("details").path("enabled").asBoolean()).isFalse();
    // The tests' SMTP server (GreenMail), checked by Spring Boot's mail health.
    assertThat(components.path("mail").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("mail").path("details").path("location").asText()).startsWith("127.0.0.1:");
  }

  private TestRestTemplate as(String user, String password) {
    return anonymous.withBasicAuth(user, password);
  }

  /** The value of one sample line of a Prometheus scrape. */
  private static double value(String scrape, String sample) {
    return scrape.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(sample.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError("no sample " + sample));
  }
}
