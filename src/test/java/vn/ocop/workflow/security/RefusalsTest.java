package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.testing.WebappSession;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Every refusal reads the same over the REST API, the webapps' API that Tasklist calls and the Java
 * API: the refusal's own message naming the field, 400 or 403, nothing recorded, and one INFO line in
 * the log instead of an error with a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalsTest extends ProcessTestBase {

  private static final String SCORE_ABOVE_MAXIMUM = "Phiếu chấm điểm / Score sheet không hợp lệ / is invalid: "
      + "a1_origin (Nguồn gốc sản phẩm / Product origin): 6 vượt quá điểm tối đa 5 / exceeds its maximum 5";

  /** The two HTTP APIs: /engine-rest with HTTP Basic, and Tasklist's own API with its session and CSRF token. */
  enum Api {
    REST("/engine-rest", "complete"),
    TASKLIST("/camunda/api/engine/engine/default", "submit-form");

    final String base;
    final String step;

    Api(String base, String step) {
      this.base = base;
      this.step = step;
    }
  }

  @Autowired
  private TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();
  private ProcessInstance dossier;

  @BeforeEach
  void aDossierAtItsCommune() {
    dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Từ chối " + System.nanoTime()));
  }

  // --- a task listener's refusal ---

  @ParameterizedTest
  @EnumSource(Api.class)
  void anInvalidScoreSheetIsRefusedWithItsOwnMessage(Api api, CapturedOutput log) throws Exception {
    Task sheet = firstScoreSheet();
    Map<String, Object> scores = sheet();
    scores.put("a1_origin", 6L);

    ResponseEntity<String> response = post(api, sheet.getAssignee(), "/task/" + sheet.getId() + "/" + api.step,
        Dossiers.restBody(scores));

    assertRefused(response, HttpStatus.BAD_REQUEST, "InvalidInputException", SCORE_ABOVE_MAXIMUM, log);
    assertNothingRecorded(sheet);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void anInvalidCommuneCheckIsRefusedWithItsOwnMessage(Api api, CapturedOutput log) throws Exception {
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);

    ResponseEntity<String> response = post(api, PHUC_TRACH_OFFICER, "/task/" + check.getId() + "/" + api.step,
        Dossiers.restBody(Map.of("communeDecision", "maybe")));

    assertRefused(response, HttpStatus.BAD_REQUEST, "InvalidInputException", "Kết quả kiểm tra hồ sơ / Dossier check"
        + " không hợp lệ / is invalid: communeDecision: 'maybe' không thuộc / is not one of [forward, reject, return]", log);
    assertThat(dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER)).as("task still open").isNotNull();
    assertThat(engine.getRuntimeService().getVariable(dossier.getId(), "communeDecision")).isNull();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aSheetHandedToAColleagueIsRefusedWithTheReason(Api api, CapturedOutput log) throws Exception {
    Task sheet = firstScoreSheet();
    engine.getTaskService().setAssignee(sheet.getId(), "council-444-2");

    ResponseEntity<String> response = post(api, "council-444-2", "/task/" + sheet.getId() + "/" + api.step,
        Dossiers.restBody(sheet()));

    assertRefused(response, HttpStatus.FORBIDDEN, "AuthorizationException", "Phiếu chấm điểm này là của council-444-1,"
        + " council-444-2 không được nộp / this score sheet belongs to council-444-1; council-444-2 may not submit it", log);
    assertNothingRecorded(sheet);
  }

  @Test
  void theJavaApiThrowsTheRefusalItself(CapturedOutput log) {
    Task sheet = firstScoreSheet();
    Map<String, Object> scores = sheet();
    scores.put("a1_origin", 6L);

    assertThatThrownBy(() -> engine.getTaskService().complete(sheet.getId(), scores))
        .isExactlyInstanceOf(InvalidInputException.class).hasMessage(SCORE_ABOVE_MAXIMUM);

    assertLoggedOnceWithoutError(SCORE_ABOVE_MAXIMUM, log);
    assertNothingRecorded(sheet);
  }

  // --- a value that does not fit its declared type ---

  @ParameterizedTest
  @EnumSource(Api.class)
  void aValueThatDoesNotFitItsTypeIsRefusedNamingTheField(Api api, CapturedOutput log) throws Exception {
    Task sheet = firstScoreSheet();
    Map<String, Object> variables = new HashMap<>();
    sheet().forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put("a1_origin", Map.of("value", "five", "type", "Long"));

    ResponseEntity<String> response = post(api, sheet.getAssignee(), "/task/" + sheet.getId() + "/" + api.step,
        Map.of("variables", variables));

    assertRefused(response, HttpStatus.BAD_REQUEST, "InvalidRequestException", "Dữ liệu gửi lên / Submitted data"
        + " không hợp lệ / is invalid: a1_origin: 'five' không phải số nguyên / is not a whole number (type Long)", log);
    assertNothingRecorded(sheet);
  }

  // --- a body that is not JSON ---

  @ParameterizedTest
  @EnumSource(Api.class)
  void aStepWhoseBodyIsNotJsonIsRefusedSayingWhere(Api api, CapturedOutput log) throws Exception {
    Task sheet = firstScoreSheet();

    ResponseEntity<String> response = post(api, sheet.getAssignee(), "/task/" + sheet.getId() + "/" + api.step,
        "{\"variables\": {\"a1_origin\": {\"value\": 5,}}}");

    assertRefused(response, HttpStatus.BAD_REQUEST, "InvalidRequestException", "Nội dung yêu cầu không phải JSON hợp lệ"
        + " (dòng 1, cột 41) / the request body is not valid JSON (line 1, column 41): Unexpected character ('}' (code 125)):"
        + " was expecting double-quote to start field name", log);
    assertNothingRecorded(sheet);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void anyOtherCallWhoseBodyIsNotJsonIsRefusedSayingWhere(Api api, CapturedOutput log) throws Exception {
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);

    ResponseEntity<String> response = post(api, PHUC_TRACH_OFFICER, "/task/" + check.getId() + "/claim",
        "{\"userId\": \"" + PHUC_TRACH_OFFICER + "\"");

    assertRefused(response, HttpStatus.BAD_REQUEST, "InvalidRequestException", "Nội dung yêu cầu không phải JSON hợp lệ"
        + " (dòng 1, cột 27) / the request body is not valid JSON (line 1, column 27): Unexpected end-of-input:"
        + " expected close marker for Object", log);
    assertThat(engine.getTaskService().createTaskQuery().taskId(check.getId()).singleResult().getAssignee()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void anyOtherCallWithJsonOfTheWrongShapeIsRefusedSayingWhere(Api api, CapturedOutput log) throws Exception {
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);

    ResponseEntity<String> response = post(api, PHUC_TRACH_OFFICER, "/task/" + check.getId() + "/claim",
        "{\"userId\": {\"id\": \"" + PHUC_TRACH_OFFICER + "\"}}");

    assertRefused(response, HttpStatus.BAD_REQUEST, "InvalidRequestException", "Nội dung yêu cầu sai cấu trúc ở userId"
        + " (dòng 1, cột 12) / the request body has the wrong structure at userId (line 1, column 12): Cannot deserialize"
        + " value of type `java.lang.String` from Object value (token `JsonToken.START_OBJECT`)", log);
    assertThat(engine.getTaskService().createTaskQuery().taskId(check.getId()).singleResult().getAssignee()).isNull();
  }

  // --- the log ---

  @Test
  void aRefusalQuotingALineBreakIsStillLoggedInOneLine(CapturedOutput log) {
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);

    assertThatThrownBy(() -> dossiers.check(dossier, Map.of("communeDecision", "may\nbe")))
        .isExactlyInstanceOf(InvalidInputException.class);

    assertThat(log.getAll()).contains("communeDecision: 'may be' không thuộc").doesNotContain("\nbe'");
    assertThat(dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER).getId()).isEqualTo(check.getId());
  }

  // --- a real failure stays an error ---

  @Test
  void aRealFailureIsStillLoggedAsAnErrorWithItsStackTrace(CapturedOutput log) {
    String failure = "a real failure " + System.nanoTime();

    assertThatThrownBy(() -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> {
          throw new IllegalStateException(failure);
        })).isExactlyInstanceOf(IllegalStateException.class);

    assertThat(log.getAll()).contains(" ERROR ").contains(failure).contains("\tat ").doesNotContain("Refused: ");
  }

  private Task firstScoreSheet() {
    dossiers.forward(dossier);
    return dossiers.memberTasks(dossiers.convene(dossier)).get(0);
  }

  private Map<String, Object> sheet() {
    return new HashMap<>(ScoreSheets.totalling(catalogue.require("fresh-produce"), 70, true));
  }

  private ResponseEntity<String> post(Api api, String user, String path, Object body) {
    if (api == Api.REST) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return http.withBasicAuth(user, "demo").postForEntity(api.base + path, new HttpEntity<>(body, headers), String.class);
    }
    WebappSession session = WebappSession.logIn(http, user, "demo");
    return http.postForEntity(api.base + path, new HttpEntity<>(body, session.headers(MediaType.APPLICATION_JSON, true)),
        String.class);
  }

  private void assertRefused(ResponseEntity<String> response, HttpStatus status, String type, String message,
      CapturedOutput log) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("type").asText()).isEqualTo(type);
    assertThat(body.path("message").asText()).isEqualTo(message);
    assertThat(response.getBody()).doesNotContain("ENGINE-");
    assertLoggedOnceWithoutError(message, log);
  }

  private static void assertLoggedOnceWithoutError(String message, CapturedOutput log) {
    assertThat(log.getAll().lines().filter(line -> line.contains("Refused: " + message)))
        .singleElement().asString().contains(" INFO ").contains("vn.ocop.workflow.refusals");
    assertThat(log.getAll()).doesNotContain("\tat org.camunda").doesNotContain("ENGINE-03051").doesNotContain(" ERROR ");
  }

  private void assertNothingRecorded(Task sheet) {
    assertThat(engine.getTaskService().createTaskQuery().taskId(sheet.getId()).count()).as("task still open").isOne();
    assertThat(engine.getRuntimeService().getVariable(sheet.getProcessInstanceId(), "scoreSheet_council-444-1")).isNull();
    assertThat(engine.getTaskService().getVariable(sheet.getId(), "a1_origin")).as("no score kept").isNull();
  }
}
