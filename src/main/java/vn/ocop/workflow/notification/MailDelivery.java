package vn.ocop.workflow.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a mail that could not be sent is tried again, read by bpmn/ocop-mail-delivery.bpmn as
 * {@code ${mailDelivery.retryCycle}}: an ISO-8601 repetition such as R5/PT5M (five tries in all, five
 * minutes apart), after which the delivery stops with an incident.
 */
@Component("mailDelivery")
public class MailDelivery {

  private final String retryCycle;

  public MailDelivery(@Value("${ocop.mail.retry-cycle:R5/PT5M}") String retryCycle) {
    if (!retryCycle.matches("R\\d+/P(T?\\d+[DHMS])+")) {
      throw new IllegalArgumentException("ocop.mail.retry-cycle must be a repetition such as R5/PT5M, not '" + retryCycle + "'");
    }
    this.retryCycle = retryCycle;
  }

  public String getRetryCycle() {
    return retryCycle;
  }
}
