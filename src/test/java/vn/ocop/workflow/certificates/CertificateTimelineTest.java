package vn.ocop.workflow.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The days of a certificate's life, from its expiry day and configuration (Decision 26/2026). */
class CertificateTimelineTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final CertificateRegister register = mock(CertificateRegister.class);
  private final Certificate certificate = new Certificate("OCOP-40-17464-1-2026-001", "40-17464-1-2026-001", "p",
      "Nước mắm", "HTX", "17464", "Xã Diễn Châu", "40", "Tỉnh Nghệ An", "1", 4, "province", "40", "Tỉnh Nghệ An",
      LocalDate.of(2026, 3, 15), LocalDate.of(2029, 3, 15), Certificate.Status.ACTIVE);
  private final CertificateTimeline timeline = new CertificateTimeline(register, Clock.system(VIETNAM), 180, 120,
      "P12M", 36);

  @Test
  void theReevaluationWindowOpens180AndCloses120DaysBeforeExpiry() {
    when(register.require(certificate.code())).thenReturn(certificate);

    assertThat(timeline.windowOpensOn(certificate)).isEqualTo(LocalDate.of(2028, 9, 16));
    assertThat(timeline.windowClosesOn(certificate)).isEqualTo(LocalDate.of(2028, 11, 15));
    assertThat(timeline.windowOpens(certificate.code()).toInstant())
        .isEqualTo(ZonedDateTime.of(2028, 9, 16, 0, 0, 0, 0, VIETNAM).toInstant());
  }

  @Test
  void aCertificateExpiresAtTheEndOfItsExpiryDayInVietnam() {
    when(register.require(certificate.code())).thenReturn(certificate);

    assertThat(timeline.expires(certificate.code()).toInstant())
        .isEqualTo(ZonedDateTime.of(2029, 3, 16, 0, 0, 0, 0, VIETNAM).toInstant())
        .hasToString("2029-03-15T17:00:00Z");
  }

  @Test
  void aWindowThatClosesBeforeItOpensIsRefused() {
    assertThatThrownBy(() -> new CertificateTimeline(register, Clock.system(VIETNAM), 120, 180, "P12M", 36))
        .hasMessageContaining("reevaluation-window-opens (120) must be more days before expiry");
  }

  @Test
  void inspectionsFallEveryTwelveMonthsFromTheIssueDayBeforeTheExpiryDay() {
    when(register.require(certificate.code())).thenReturn(certificate);

    assertThat(timeline.inspectionDays(certificate)).containsExactly(LocalDate.of(2027, 3, 15), LocalDate.of(2028, 3, 15));
    assertThat(timeline.inspections(certificate.code())).isEqualTo("R2/2026-03-15T00:00:00+07:00/P12M");
  }

  @Test
  void anotherInspectionPeriodGivesItsOwnDays() {
    CertificateTimeline halfYearly = new CertificateTimeline(register, Clock.system(VIETNAM), 180, 120, "P6M", 36);
    when(register.require(certificate.code())).thenReturn(certificate);

    assertThat(halfYearly.inspectionDays(certificate)).hasSize(5).startsWith(LocalDate.of(2026, 9, 15))
        .endsWith(LocalDate.of(2028, 9, 15));
    assertThat(halfYearly.inspections(certificate.code())).isEqualTo("R5/2026-03-15T00:00:00+07:00/P6M");
    assertThat(List.of("P0M", "-P1M", "12 months")).allSatisfy(period -> assertThatThrownBy(
        () -> new CertificateTimeline(register, Clock.system(VIETNAM), 180, 120, period, 36))
        .hasMessageContaining("ocop.certificates.inspection-every must be a positive ISO-8601 period such as P12M, not '"
            + period + "'"));
  }

  @Test
  void anInspectionPeriodAsLongAsTheValidityIsRefused() {
    assertThatThrownBy(() -> new CertificateTimeline(register, Clock.system(VIETNAM), 180, 120, "P36M", 36))
        .hasMessageContaining("ocop.certificates.inspection-every (P36M) must be shorter than the validity");
  }
}
