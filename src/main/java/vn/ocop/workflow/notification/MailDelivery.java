package vn.ocop.workflow.notification;

import java.time.Period;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When mail goes out, read by the models: {@code ${mailDelivery.retryCycle}} (bpmn/ocop-mail-delivery.bpmn),
 * an ISO-8601 repetition such as R5/PT5M (five tries in all, five minutes apart) after which a delivery
 * stops with an incident; and {@code ${mailDelivery.digestCycle}} (bpmn/ocop-work-digest.bpmn), when the
 * daily digests are sent, as a cron expression of the engine (seconds first) in the server's time zone;
 * {@code ${mailDelivery.reminderCycle}} (bpmn/ocop-work-reminders.bpmn), how often overdue work is looked for.
 */
@Component("mailDelivery")
public class MailDelivery {

  private final String retryCycle;
  private final String digestCycle;
  private final String reminderCycle;
  private final Period escalationGrace;

  public MailDelivery(@Value("${ocop.mail.retry-cycle:R5/PT5M}") String retryCycle,
      @Value("${ocop.mail.digest-cycle:0 0 7 * * ?}") String digestCycle,
      @Value("${ocop.mail.reminder-cycle:0 0 * * * ?}") String reminderCycle,
      @Value("${ocop.mail.escalation-grace:P3D}") String escalationGrace) {
    if (!retryCycle.matches("R\\d+/P(T?\\d+[DHMS])+")) {
      throw new IllegalArgumentException("ocop.mail.retry-cycle must be a repetition such as R5/PT5M, not '" + retryCycle + "'");
    }
    this.retryCycle = retryCycle;
    this.digestCycle = cron("ocop.mail.digest-cycle", digestCycle);
    this.reminderCycle = cron("ocop.mail.reminder-cycle", reminderCycle);
    try {
      this.escalationGrace = Period.parse(escalationGrace);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("ocop.mail.escalation-grace must be a period of days such as P3D, not '"
          + escalationGrace + "'", e);
    }
  }

  private static String cron(String property, String expression) {
    if (expression.trim().split("\\s+").length < 6) {
      throw new IllegalArgumentException(property + " must be a cron expression with seconds, such as '0 0 7 * * ?', not '"
          + expression + "'");
    }
    return expression;
  }

  public String getReminderCycle() {
    return reminderCycle;
  }

  /** How long a task may stay overdue before the supervising group is told. */
  public Period escalationGrace() {
    return escalationGrace;
  }

  public String getRetryCycle() {
    return retryCycle;
  }

  public String getDigestCycle() {
    return digestCycle;
  }
}
