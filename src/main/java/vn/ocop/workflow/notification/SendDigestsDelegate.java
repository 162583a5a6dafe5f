package vn.ocop.workflow.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues one digest per official with new work waiting, and marks that work sent in the same transaction. */
@Component("sendDigests")
public class SendDigestsDelegate implements JavaDelegate {

  private final WorkDigest digest;
  private final MailQueue queue;
  private final Clock clock;

  public SendDigestsDelegate(WorkDigest digest, MailQueue queue, Clock clock) {
    this.digest = digest;
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    digest.unsentByRecipient().forEach((recipient, items) -> {
      queue.queueWithSubject(Notice.DAILY_DIGEST, null, "OCOP: " + Notice.DAILY_DIGEST.headline() + " (" + items.size() + ")",
          Map.of("items", items), List.of(recipient));
      digest.markSent(items, clock.instant());
    });
  }
}
