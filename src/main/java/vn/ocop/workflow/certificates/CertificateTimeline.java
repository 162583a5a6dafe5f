package vn.ocop.workflow.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a certificate's lifecycle events fall, from its expiry day in the register and configuration, read
 * by bpmn/ocop-certificate-lifecycle.bpmn as {@code ${certificateTimeline.windowOpens(certificateCode)}}
 * and {@code ${certificateTimeline.expires(certificateCode)}}. Decision 26/2026: the re-evaluation dossier
 * is filed no earlier than 180 and no later than 120 days before expiry. A certificate is valid until the
 * end of its expiry day, Vietnam's calendar.
 */
@Component("certificateTimeline")
public class CertificateTimeline {

  private static final DateTimeFormatter ISO_START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final CertificateRegister register;
  private final Clock clock;
  private final int windowOpensDays;
  private final int windowClosesDays;
  private final Period inspectionEvery;

  public CertificateTimeline(CertificateRegister register, Clock clock,
      @Value("${ocop.certificates.reevaluation-window-opens:180}") int windowOpensDays,
      @Value("${ocop.certificates.reevaluation-window-closes:120}") int windowClosesDays,
      @Value("${ocop.certificates.inspection-every:P12M}") String inspectionEvery,
      @Value("${ocop.certificates.validity-months:36}") int validityMonths) {
    if (windowClosesDays <= 0 || windowOpensDays <= windowClosesDays) {
      throw new IllegalArgumentException("ocop.certificates.reevaluation-window-opens (" + windowOpensDays
          + ") must be more days before expiry than ocop.certificates.reevaluation-window-closes (" + windowClosesDays
          + "), and both positive");
    }
    this.register = register;
    this.clock = clock;
    this.windowOpensDays = windowOpensDays;
    this.windowClosesDays = windowClosesDays;
    this.inspectionEvery = positive(inspectionEvery);
    LocalDate someIssue = LocalDate.of(2026, 1, 1);
    if (!someIssue.plus(this.inspectionEvery).isBefore(someIssue.plusMonths(validityMonths))) {
      throw new IllegalArgumentException("ocop.certificates.inspection-every (" + inspectionEvery + ") must be shorter"
          + " than the validity, ocop.certificates.validity-months (" + validityMonths + "), or no inspection would fall");
    }
  }

  private static Period positive(String value) {
    try {
      Period period = Period.parse(value.trim());
      if (!period.isNegative() && !period.isZero()) {
        return period;
      }
    } catch (RuntimeException e) {
      // reported below with the property's name
    }
    throw new IllegalArgumentException("ocop.certificates.inspection-every must be a positive ISO-8601 period such as"
        + " P12M, not '" + value + "'");
  }

  /** The first day a re-evaluation dossier may be filed. */
  public LocalDate windowOpensOn(Certificate certificate) {
    return certificate.expiresOn().minusDays(windowOpensDays);
  }

  /** The last day a re-evaluation dossier may be filed. */
  public LocalDate windowClosesOn(Certificate certificate) {
    return certificate.expiresOn().minusDays(windowClosesDays);
  }

  /** Whether a re-evaluation dossier filed today is on time: from the window's first day to the end of its last. */
  public boolean windowIsOpen(Certificate certificate) {
    LocalDate today = LocalDate.now(clock);
    return !today.isBefore(windowOpensOn(certificate)) && !today.isAfter(windowClosesOn(certificate));
  }

  /** The start of the window's first day, in Vietnam. */
  public Date windowOpens(String code) {
    return startOf(windowOpensOn(find(code)));
  }

  /** The end of the expiry day, in Vietnam: the start of the next. */
  public Date expires(String code) {
    return startOf(find(code).expiresOn().plusDays(1));
  }

  /**
   * The annual inspections as a timer cycle: every {@code ocop.certificates.inspection-every} from the start
   * of the issue day, as many times as fall before the expiry day (R2/2026-03-15T00:00:00+07:00/P12M for
   * a 36-month certificate). The engine counts the repetitions from that start, so the days stay fixed.
   */
  public String inspections(String code) {
    Certificate certificate = find(code);
    return "R" + inspectionDays(certificate).size() + "/"
        + ISO_START.format(certificate.issuedOn().atStartOfDay(clock.getZone())) + "/" + inspectionEvery;
  }

  /** The days the annual inspections fall on. */
  public List<LocalDate> inspectionDays(Certificate certificate) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = certificate.issuedOn().plus(inspectionEvery); day.isBefore(certificate.expiresOn());
        day = certificate.issuedOn().plus(inspectionEvery.multipliedBy(days.size() + 1))) {
      days.add(day);
    }
    return days;
  }

  Certificate find(String code) {
    return register.require(code);
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }
}
