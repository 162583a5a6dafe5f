package vn.ocop.workflow.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;

/**
 * The evaluation rounds of Decision 26/2026: the legal defaults a proposal's day falls into, rounds an
 * agency adds (over Java and REST), and the Tasklist filter of each round. The test context is shared: the
 * tests that add rounds do so in years no other test uses (2035 and later), on a moved engine clock.
 */
@RecordApplicationEvents
class EvaluationRoundsTest extends ProcessTestBase {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String NGHE_AN = "40";
  private static final String HA_TINH = "42";
  private static final String ROUNDS = "/engine-rest/ocop/rounds";

  @Autowired
  private EvaluationRounds rounds;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ApplicationEvents events;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aProvinceEvaluatesTheProposalsUntil30AprilAndUntil30October() {
    Round first = rounds.roundFor(NGHE_AN, LocalDate.of(2026, 4, 30));
    assertThat(first).isEqualTo(new Round("40-2026-04-30", NGHE_AN, 2026, 1, LocalDate.of(2026, 4, 30),
        LocalDate.of(2026, 6, 30), null));
    assertThat(rounds.name(first)).isEqualTo("Đợt 1/2026 – Tỉnh Nghệ An / Round 1/2026 – Nghe An");
    assertThat(rounds.roundFor(NGHE_AN, LocalDate.of(2026, 1, 2)).id()).isEqualTo("40-2026-04-30");

    Round second = rounds.roundFor(NGHE_AN, LocalDate.of(2026, 5, 1));
    assertThat(second).isEqualTo(new Round("40-2026-10-30", NGHE_AN, 2026, 2, LocalDate.of(2026, 10, 30),
        LocalDate.of(2026, 12, 30), null));
    assertThat(rounds.roundFor(NGHE_AN, LocalDate.of(2026, 10, 30)).id()).as("the last day is in").isEqualTo("40-2026-10-30");

    Round nextYear = rounds.roundFor(NGHE_AN, LocalDate.of(2026, 10, 31));
    assertThat(nextYear.id()).isEqualTo("40-2027-04-30");
    assertThat(nextYear.evaluatedBy()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(nextYear.number()).isEqualTo(1);
  }

  @Test
  void theMinistryEvaluatesTheProposalsUntil30JanuaryAndUntil30July() {
    Round july = rounds.roundFor(EvaluationRounds.CENTRAL, LocalDate.of(2026, 7, 30));
    assertThat(july.id()).isEqualTo("central-2026-07-30");
    assertThat(july.evaluatedBy()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(rounds.name(july)).isEqualTo("Đợt 2/2026 – Trung ương / Round 2/2026 – Central");

    Round january = rounds.roundFor(EvaluationRounds.CENTRAL, LocalDate.of(2026, 7, 31));
    assertThat(january.id()).isEqualTo("central-2027-01-30");
    assertThat(january.evaluatedBy()).isEqualTo(LocalDate.of(2027, 3, 30));
    assertThat(january.number()).isEqualTo(1);
    assertThat(rounds.roundFor(EvaluationRounds.CENTRAL, LocalDate.of(2026, 1, 30)).id()).isEqualTo("central-2026-01-30");
  }

  @Test
  void askingTwiceWritesTheLegalRoundsAndTheirFiltersOnce() {
    Round first = rounds.roundFor(HA_TINH, LocalDate.of(2026, 3, 1));
    Round again = rounds.roundFor(HA_TINH, LocalDate.of(2026, 3, 1));

    assertThat(again).isEqualTo(first);
    assertThat(rounds.rounds(HA_TINH, 2026)).extracting(Round::id).containsExactly("42-2026-04-30", "42-2026-10-30");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_evaluation_round WHERE scope = ?", Integer.class, HA_TINH))
        .as("2026 and 2027").isEqualTo(4);
    assertThat(engine.getFilterService().createFilterQuery().filterName(rounds.name(first)).count()).isEqualTo(1);
  }

  @Test
  void anAddedRoundTakesTheProposalsBeforeItAndRenumbersTheYear() {
    today(2035, 1, 10);
    Round added = rounds.add(NGHE_AN, LocalDate.of(2035, 5, 31), LocalDate.of(2035, 7, 15), "agency-40");

    assertThat(added).isEqualTo(new Round("40-2035-05-31", NGHE_AN, 2035, 2, LocalDate.of(2035, 5, 31),
        LocalDate.of(2035, 7, 15), "agency-40"));
    assertThat(events.stream(RoundAdded.class)).containsExactly(new RoundAdded(added));
    assertThat(rounds.roundFor(NGHE_AN, LocalDate.of(2035, 5, 1))).isEqualTo(added);
    assertThat(rounds.roundFor(NGHE_AN, LocalDate.of(2035, 4, 30)).id()).isEqualTo("40-2035-04-30");
    assertThat(rounds.rounds(NGHE_AN, 2035)).extracting(Round::id, Round::number).containsExactly(
        tuple("40-2035-04-30", 1), tuple("40-2035-05-31", 2), tuple("40-2035-10-30", 3));
    assertThat(filterNames("%/2035 – Tỉnh Nghệ An%")).as("each round's filter renamed with its number").containsExactly(
        "Đợt 1/2035 – Tỉnh Nghệ An / Round 1/2035 – Nghe An", "Đợt 2/2035 – Tỉnh Nghệ An / Round 2/2035 – Nghe An",
        "Đợt 3/2035 – Tỉnh Nghệ An / Round 3/2035 – Nghe An");
  }

  @Test
  void anAdditionIsRefusedNamingTheFieldAndChangesNothing() {
    today(2037, 3, 10);
    assertRefused(() -> rounds.add("99", LocalDate.of(2037, 5, 1), LocalDate.of(2037, 6, 1), "admin"), "scope: '99'");
    assertRefused(() -> rounds.add(NGHE_AN, LocalDate.of(2037, 3, 9), LocalDate.of(2037, 6, 1), "admin"),
        "proposalsUntil: 2037-03-09 đã qua");
    assertRefused(() -> rounds.add(NGHE_AN, LocalDate.of(2037, 4, 30), LocalDate.of(2037, 7, 1), "admin"),
        "proposalsUntil: Đợt 1/2037 – Tỉnh Nghệ An / Round 1/2037 – Nghe An đã nhận đề xuất đến hết 2037-04-30");
    assertRefused(() -> rounds.add(NGHE_AN, LocalDate.of(2037, 5, 15), LocalDate.of(2037, 5, 15), "admin"),
        "evaluatedBy: 2037-05-15 phải sau hạn đề xuất 2037-05-15");

    assertThat(rounds.rounds(NGHE_AN, 2037)).extracting(Round::id).containsExactly("40-2037-04-30", "40-2037-10-30");
    assertThat(events.stream(RoundAdded.class)).isEmpty();
    Round today = rounds.add(NGHE_AN, LocalDate.of(2037, 3, 10), LocalDate.of(2037, 3, 31), "admin");
    assertThat(today.number()).as("today is not too late").isEqualTo(1);
  }

  @Test
  void theScopesAgencyAndAdministratorsAddRoundsOverRest() {
    today(2036, 2, 1);
    ResponseEntity<String> byAgency = post("agency-40", "{\"scope\": \"40\", \"proposalsUntil\": \"2036-05-31\","
        + " \"evaluatedBy\": \"2036-07-15\"}");
    assertThat(byAgency.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(byAgency.getBody()).isEqualTo("{\"id\":\"40-2036-05-31\",\"scope\":\"40\",\"year\":2036,\"number\":2,"
        + "\"name\":\"Đợt 2/2036 – Tỉnh Nghệ An / Round 2/2036 – Nghe An\",\"proposalsUntil\":\"2036-05-31\","
        + "\"evaluatedBy\":\"2036-07-15\",\"createdBy\":\"agency-40\"}");

    ResponseEntity<String> otherAgency = post("agency-42", "{\"scope\": \"40\", \"proposalsUntil\": \"2036-06-30\","
        + " \"evaluatedBy\": \"2036-08-15\"}");
    assertThat(otherAgency.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherAgency.getBody()).contains("only the OCOP agency (province-40-agency) and administrators add rounds",
        "agency-42");
    assertThat(post("council-40-1", "{\"scope\": \"40\", \"proposalsUntil\": \"2036-06-30\","
        + " \"evaluatedBy\": \"2036-08-15\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> byAdmin = post("admin", "{\"scope\": \"central\", \"proposalsUntil\": \"2036-04-15\","
        + " \"evaluatedBy\": \"2036-06-15\"}");
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(byAdmin.getBody()).contains("\"id\":\"central-2036-04-15\"", "\"number\":2", "\"createdBy\":\"admin\"");
    assertThat(post("agency-central", "{\"scope\": \"central\", \"proposalsUntil\": \"2036-10-15\","
        + " \"evaluatedBy\": \"2036-12-15\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> listed = http.withBasicAuth("council-42-1", "demo")
        .getForEntity(ROUNDS + "?scope=40&year=2036", String.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).contains("\"id\":\"40-2036-04-30\"", "\"id\":\"40-2036-05-31\"", "\"id\":\"40-2036-10-30\"",
        "\"createdBy\":null").doesNotContain("40-2036-06-30");
    assertThat(rounds.rounds(NGHE_AN, 2036)).extracting(Round::number).containsExactly(1, 2, 3);
  }

  @Test
  void aBadAdditionOverRestIsRefusedNamingTheField() {
    today(2038, 2, 1);
    assertBadRequest(post("agency-40", "{\"scope\": \"40\", \"proposalsUntil\": \"2038-02-30\", \"evaluatedBy\": \"2038-07-15\"}"),
        "proposalsUntil: '2038-02-30' không phải ngày như 2026-05-31 / is not a day such as 2026-05-31");
    assertBadRequest(post("agency-40", "{\"scope\": \"40\", \"proposalsUntil\": \"2038-05-31\", \"evaluatedBy\": \"2038-05-30\"}"),
        "evaluatedBy: 2038-05-30 phải sau hạn đề xuất 2038-05-31 / must be after proposalsUntil, 2038-05-31");
    assertBadRequest(post("agency-40", "{\"scope\": \"40\", \"proposalsUntil\": \"2038-05-31\","),
        "the request body is not valid JSON");
    assertBadRequest(post("agency-40", "[\"40\"]"), "the request body has the wrong structure");
    assertBadRequest(post("admin", "{\"scope\": 40, \"proposalsUntil\": 20380531}"),
        "scope: '40' không phải mã tỉnh hay central", "proposalsUntil: '20380531'", "evaluatedBy: bắt buộc");
    assertBadRequest(post("admin", "{\"scope\": \"99\", \"proposalsUntil\": \"2038-05-31\", \"evaluatedBy\": \"2038-07-15\"}"),
        "scope: '99'");
    assertBadRequest(http.withBasicAuth("agency-40", "demo").getForEntity(ROUNDS + "?year=2038", String.class),
        "scope: bắt buộc");
    assertBadRequest(http.withBasicAuth("agency-40", "demo").getForEntity(ROUNDS + "?scope=40&year=next", String.class),
        "year: 'next' phải là năm");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_evaluation_round WHERE created_by IS NOT NULL"
        + " AND proposals_until >= ? AND proposals_until <= ?", Integer.class,
        java.sql.Date.valueOf("2038-01-01"), java.sql.Date.valueOf("2038-12-31"))).as("nothing added").isZero();
  }

  @Test
  void eachRoundHasAFilterOfItsWorkForTheScopesCouncilAndAgency() {
    Round round = rounds.roundFor(NGHE_AN, LocalDate.of(2026, 9, 1));
    Round other = rounds.roundFor(NGHE_AN, LocalDate.of(2026, 3, 1));
    Filter filter = engine.getFilterService().createFilterQuery().filterName(rounds.name(round)).singleResult();
    assertThat(filter).isNotNull();
    assertThat(filter.getProperties()).containsEntry("variables", List.of(
        Map.of("name", "dossierCode", "label", "Mã hồ sơ / Dossier"),
        Map.of("name", "productName", "label", "Sản phẩm / Product"),
        Map.of("name", "communeName", "label", "Xã / Commune")));

    assertThat(readable(filter, "council-40-1")).isTrue();
    assertThat(readable(filter, "agency-40")).isTrue();
    assertThat(readable(filter, "council-42-1")).isFalse();
    assertThat(readable(filter, "agency-42")).isFalse();

    ProcessInstance inRound = council(round);
    ProcessInstance inOther = council(other);
    List<Task> listed = dossiers.as("council-40-1", () -> engine.getFilterService().list(filter.getId()));
    assertThat(listed).extracting(Task::getProcessInstanceId).contains(inRound.getId()).doesNotContain(inOther.getId());
    assertThat(listed).extracting(Task::getAssignee).containsOnly("council-40-1");
  }

  /** A province council scoring in the round, the way the level evaluation calls it. */
  private ProcessInstance council(Round round) {
    ProcessInstance council = dossiers.councilFor("Đợt " + round.id(), "fresh-produce", "province", "province-40-council");
    engine.getRuntimeService().setVariable(council.getId(), LevelEvaluationProcess.EVALUATION_ROUND.name(), round.id());
    return dossiers.convene(council);
  }

  private boolean readable(Filter filter, String user) {
    return dossiers.as(user, () -> engine.getFilterService().createFilterQuery().filterId(filter.getId()).count()) == 1;
  }

  private List<String> filterNames(String like) {
    return engine.getFilterService().createFilterQuery().filterNameLike(like).list().stream().map(Filter::getName)
        .sorted().toList();
  }

  private static void today(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, month, day).atTime(10, 0).atZone(VIETNAM).toInstant()));
  }

  private static void assertRefused(Runnable call, String message) {
    assertThatThrownBy(call::run).isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
  }

  private static void assertBadRequest(ResponseEntity<String> response, String... messages) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(messages);
  }

  private ResponseEntity<String> post(String user, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").postForEntity(ROUNDS, new HttpEntity<>(json, headers), String.class);
  }
}
