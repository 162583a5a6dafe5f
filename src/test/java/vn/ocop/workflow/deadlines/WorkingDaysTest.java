package vn.ocop.workflow.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Deadlines in working days, on the shipped calendar of days off (2026 and 2027) and on years an
 * administrator loads; a year that is not loaded is reported, never counted as all working days.
 */
class WorkingDaysTest extends ProcessTestBase {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  private WorkingDays workingDays;
  @Autowired
  private TestRestTemplate http;

  @Test
  void fifteenWorkingDaysAcrossTet2027() {
    // Tết Đinh Mùi: Friday 5 February off, the weekend, then Monday 8 to Thursday 11 February.
    assertThat(workingDays.after(LocalDate.of(2027, 1, 25), 15)).isEqualTo(LocalDate.of(2027, 2, 22));
  }

  @Test
  void fifteenWorkingDaysAcrossWeekendsAndNewYear() {
    assertThat(workingDays.after(LocalDate.of(2026, 12, 2), 15)).as("three weekends").isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(workingDays.after(LocalDate.of(2026, 12, 21), 15)).as("and 1 January 2027")
        .isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(workingDays.after(LocalDate.of(2027, 2, 4), 1)).as("the day after is in Tết")
        .isEqualTo(LocalDate.of(2027, 2, 12));
  }

  @Test
  void theCommuneCheckIsDueAtTheEndOfTheFifteenthWorkingDay() {
    try {
      ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 25).atTime(9, 30).atZone(VIETNAM).toInstant()));
      ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "Nước mắm ngày làm việc"));

      assertThat(dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER).getDueDate().toInstant())
          .isEqualTo(LocalDate.of(2027, 2, 23).atStartOfDay(VIETNAM).toInstant());
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aYearNotLoadedIsReportedAndAnAdministratorLoadsIt() {
    assertThatThrownBy(() -> workingDays.after(LocalDate.of(2030, 12, 20), 15))
        .isInstanceOf(MissingCalendarException.class)
        .hasMessageContaining("the days off of 2031 are not loaded")
        .hasMessageContaining("PUT /engine-rest/ocop/calendar/2031");

    String year = CalendarFileTest.HEADER + "2031-01-01,day-off,Tết Dương lịch / New Year's Day\n"
        + "2031-01-04,working-day,Làm bù / worked in place\n";
    assertThat(put(DIEN_CHAU_OFFICER, year).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> bad = put("admin", "# status: official\nday,kind,name\n2031-01-04,day-off,Saturday\n");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("# source: bắt buộc", "2031-01-04 là cuối tuần");
    assertThatThrownBy(() -> workingDays.after(LocalDate.of(2030, 12, 20), 15)).as("nothing was loaded")
        .isInstanceOf(MissingCalendarException.class);

    ResponseEntity<String> loaded = put("admin", year);

    assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(loaded.getBody()).contains("\"status\":\"official\"", "\"kind\":\"working-day\"");
    // From Friday 20 December 2030: Wednesday 1 January is off, Saturday 4 January is worked.
    assertThat(workingDays.after(LocalDate.of(2030, 12, 20), 15)).isEqualTo(LocalDate.of(2031, 1, 10));
    assertThat(http.withBasicAuth(DIEN_CHAU_OFFICER, "demo").getForEntity("/engine-rest/ocop/calendar/2027", String.class)
        .getBody()).contains("\"status\":\"provisional\"", "2027-02-05");
  }

  private ResponseEntity<String> put(String user, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv; charset=UTF-8"));
    return http.withBasicAuth(user, "demo").exchange("/engine-rest/ocop/calendar/2031", HttpMethod.PUT,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }
}
