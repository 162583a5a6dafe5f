package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.testing.ProcessTestBase;

/** The trial clock of the embedded default: an administrator moves the engine's time forward, by days. */
class DevClockTest extends ProcessTestBase {

  private static final String CLOCK = "/engine-rest/ocop/dev/clock";

  @Autowired
  private TestRestTemplate http;

  @AfterEach
  void realTimeAgain() {
    http.withBasicAuth("admin", "demo").exchange(CLOCK, HttpMethod.DELETE, null, String.class);
    ClockUtil.reset();
  }

  @Test
  void anAdministratorMovesTheEngineClockForwardByDays() {
    Instant before = ClockUtil.getCurrentTime().toInstant();

    ResponseEntity<String> moved = http.withBasicAuth("admin", "demo").postForEntity(CLOCK, Map.of("days", 181), String.class);

    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody()).contains("\"aheadByDays\":181");
    assertThat(Duration.between(before, ClockUtil.getCurrentTime().toInstant()).toDays()).isEqualTo(181);

    http.withBasicAuth("admin", "demo").exchange(CLOCK, HttpMethod.DELETE, null, String.class);
    assertThat(Duration.between(before, ClockUtil.getCurrentTime().toInstant()).toMinutes()).isLessThan(5);
  }

  @Test
  void onlyAnAdministratorMovesItAndOnlyByWholeDays() {
    assertThat(http.withBasicAuth("council-42-1", "demo").postForEntity(CLOCK, Map.of("days", 1), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> refused = http.withBasicAuth("admin", "demo").exchange(CLOCK, HttpMethod.POST,
        new HttpEntity<>(Map.of("days", "many")), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("days: 'many' phải là số ngày từ 1 đến 3650");
  }
}
