package vn.ocop.workflow.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import java.time.Clock;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Tells officials of new work: when any task of the procedure is created, its assignee, or else every
 * member of its candidate groups, gets a mail with the product, the commune, the due day and a link
 * that opens the task in Tasklist — or, for an official who chose a daily digest, a line in the next
 * digest. Task events reach it from the engine through Spring (camunda.bpm.eventing.task).
 */
@Component
public class OfficialNotices {


  private final MailQueue queue;
  private final WorkDigest digest;
  private final MailPreferences preferences;
  private final TaskRecipients recipients;
  private final Clock clock;
  private final TaskMails mails;

  OfficialNotices(MailQueue queue, WorkDigest digest, MailPreferences preferences, TaskRecipients recipients,
      Clock clock, TaskMails mails) {
    this.queue = queue;
    this.digest = digest;
    this.preferences = preferences;
    this.recipients = recipients;
    this.clock = clock;
    this.mails = mails;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void newWork(DelegateTask task) {
    String dossierCode = task.getExecution().getProcessBusinessKey();
    WorkDigest.WorkItem item = mails.item(UUID.randomUUID().toString(), task.getId(), task.getName(), dossierCode,
        task.getDueDate());
    List<String> immediate = new ArrayList<>();
    for (User official : recipients.of(task.getAssignee(), TaskMails.candidateGroups(task.getCandidates()))) {
      if (preferences.of(official.getId()) == MailPreferences.NewWork.DIGEST) {
        digest.add(official.getId(), official.getEmail(), item, clock.instant());
      } else {
        immediate.add(official.getEmail());
      }
    }
    if (!immediate.isEmpty()) {
      String product = EvaluationProcess.PRODUCT_NAME.get(task);
      queue.queue(Notice.NEW_WORK, dossierCode, product,
          TaskMails.model(item, product, EvaluationProcess.COMMUNE_NAME.get(task)), immediate);
    }
  }
}
