package vn.ocop.workflow.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
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

  private final CertificateRegister register;
  private final Clock clock;
  private final int windowOpensDays;
  private final int windowClosesDays;

  public CertificateTimeline(CertificateRegister register, Clock clock,
      @Value("${ocop.certificates.reevaluation-window-opens:180}") int windowOpensDays,
      @Value("${ocop.certificates.reevaluation-window-closes:120}") int windowClosesDays) {
    if (windowClosesDays <= 0 || windowOpensDays <= windowClosesDays) {
      throw new IllegalArgumentException("ocop.certificates.reevaluation-window-opens (" + windowOpensDays
          + ") must be more days before expiry than ocop.certificates.reevaluation-window-closes (" + windowClosesDays
          + "), and both positive");
    }
    this.register = register;
    this.clock = clock;
    this.windowOpensDays = windowOpensDays;
    this.windowClosesDays = windowClosesDays;
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

  Certificate find(String code) {
    return register.find(code).orElseThrow(() -> new IllegalStateException("No certificate " + code + " in the register"));
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }
}
