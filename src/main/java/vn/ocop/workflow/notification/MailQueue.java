package vn.ocop.workflow.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;

/**
 * Queues a notice for its recipients: renders it once, starts a delivery for each recipient and writes
 * its outbox row, under the delivery's id, in the current step's transaction. Nothing is sent here, so the step never
 * waits for, or fails because of, the mail server.
 */
@Component
public class MailQueue {

  private final Outbox outbox;
  private final RuntimeService runtime;
  private final AsTheProcedure procedureItself;
  private final Clock clock;
  private final MailTemplates templates = new MailTemplates();

  public MailQueue(Outbox outbox, RuntimeService runtime, AsTheProcedure procedureItself, Clock clock) {
    this.outbox = outbox;
    this.runtime = runtime;
    this.procedureItself = procedureItself;
    this.clock = clock;
  }

  /** Queues a notice about one dossier: its subject names the dossier code, the notice and the product. */
  public void queue(Notice notice, String dossierCode, String productName, Map<String, Object> model,
      Collection<String> recipients) {
    queueWithSubject(notice, dossierCode, "OCOP " + dossierCode + ": " + notice.headline() + " — " + productName, model,
        recipients);
  }

  /**
   * Queues a notice with its own subject; {@code dossierCode} (null for a mail about many) is the delivery's
   * business key, so Cockpit finds a dossier's mails by its code.
   */
  public void queueWithSubject(Notice notice, String dossierCode, String subject, Map<String, Object> model,
      Collection<String> recipients) {
    MailTemplates.Rendered body = templates.render(notice, model);
    // A subject is one line, whatever a product name holds.
    String oneLine = subject.replaceAll("\\p{Cntrl}", " ");
    for (String recipient : new LinkedHashSet<>(recipients)) {
      // The delivery's id is the mail's: its job finds the outbox row without a variable to write, keep in
      // history and delete (a timer's step queues four mails, so this is a good part of what it writes).
      String delivery = procedureItself.call(() -> runtime.startProcessInstanceByKey(MailDeliveryProcess.KEY, dossierCode))
          .getId();
      outbox.add(new OutgoingMail(delivery, notice, recipient, oneLine, body.text(), body.html(), dossierCode),
          clock.instant());
    }
  }
}
