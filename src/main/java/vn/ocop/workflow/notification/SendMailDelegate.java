package vn.ocop.workflow.notification;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;

/**
 * Sends one queued mail and marks it sent in the same transaction as the job. A failure leaves it
 * unsent, for the job's next retry or, once retries are spent, for an administrator who resolves the
 * incident. A mail already marked sent is not sent again.
 */
@Component("sendMail")
public class SendMailDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger("vn.ocop.workflow.mail");

  private final Outbox outbox;
  private final MailTransport transport;
  private final Clock clock;

  public SendMailDelegate(Outbox outbox, MailTransport transport, Clock clock) {
    this.outbox = outbox;
    this.transport = transport;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The outbox row has the delivery's id; a delivery queued by an earlier version names its row in a variable.
    String delivery = execution.getProcessInstanceId();
    outbox.unsent(delivery)
        .or(() -> Optional.ofNullable(MailDeliveryProcess.MAIL_ID.get(execution)).flatMap(outbox::unsent))
        .ifPresentOrElse(mail -> {
          transport.send(mail);
          outbox.markSent(mail.id(), clock.instant());
        }, () -> LOG.info("The mail of delivery {} was sent already", delivery));
  }
}
