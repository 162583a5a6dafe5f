package vn.ocop.workflow.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.stubbing.Answer;

class RecordCertificateDelegateTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final Map<String, Object> variables = new HashMap<>(Map.of(
      "dossierCode", "40-17464-2-2024-007", "provinceCode", "40", "provinceName", "Tỉnh Nghệ An",
      "productName", "Nước mắm", "producerName", "HTX Diễn Châu", "communeCode", "17464", "communeName", "Xã Diễn Châu",
      "productGroup", "2"));
  private final CertificateRegister register = mock(CertificateRegister.class);
  private final CertificateLifecycle lifecycle = mock(CertificateLifecycle.class);

  @Test
  void aCertificateIssuedOnALeapDayExpiresAtTheEndOfFebruary() {
    variables.put("certifiedStars", 4);
    variables.put("certifyingLevel", "province");

    new RecordCertificateDelegate(clockOn(LocalDate.of(2024, 2, 29)), 36, register, lifecycle).execute(execution());

    assertThat(day("certificateIssuedOn")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(day("certificateExpiresOn")).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(variables).containsEntry("certificateCode", "OCOP-40-17464-2-2024-007")
        .containsEntry("certificateStars", 4).containsEntry("certifyingUnitCode", "40");
    ArgumentCaptor<Certificate> recorded = ArgumentCaptor.forClass(Certificate.class);
    verify(register).issue(recorded.capture(), any(), anyString(), isNull());
    assertThat(recorded.getValue()).extracting(Certificate::code, Certificate::stars, Certificate::issuedOn,
            Certificate::expiresOn, Certificate::status)
        .containsExactly("OCOP-40-17464-2-2024-007", 4, LocalDate.of(2024, 2, 29), LocalDate.of(2027, 2, 28),
            Certificate.Status.ACTIVE);
  }

  @Test
  void theValidityIsConfigurable() {
    variables.put("certifiedStars", 3);
    variables.put("certifyingLevel", "province");

    new RecordCertificateDelegate(clockOn(LocalDate.of(2026, 11, 22)), 24, register, lifecycle).execute(execution());

    assertThat(day("certificateExpiresOn")).isEqualTo(LocalDate.of(2028, 11, 22));
  }

  @Test
  void onlyThreeToFiveStarsAreCertified() {
    variables.put("certifiedStars", 2);
    variables.put("certifyingLevel", "province");

    assertThatThrownBy(() -> new RecordCertificateDelegate(clockOn(LocalDate.of(2026, 1, 1)), 36, register, lifecycle).execute(execution()))
        .hasMessageContaining("Only 3★ to 5★ products are certified, not 2★");
    assertThatThrownBy(() -> new RecordCertificateDelegate(Clock.systemUTC(), 0, register, lifecycle))
        .hasMessageContaining("validity-months must be positive");
  }

  private DelegateExecution execution() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer((Answer<Object>) call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(execution).setVariable(anyString(), any());
    return execution;
  }

  /** A legal date is stored as the day itself (2027-02-28), not as an instant that reads back a day early. */
  private LocalDate day(String variable) {
    return LocalDate.parse((String) variables.get(variable));
  }

  private static Clock clockOn(LocalDate day) {
    return Clock.fixed(day.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
  }
}
