package vn.ocop.workflow.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final MailQueue queue;
  private final WorkDigest digest;
  private final MailPreferences preferences;
  private final TaskRecipients recipients;
  private final Clock clock;
  private final TasklistLinks links;

  OfficialNotices(MailQueue queue, WorkDigest digest, MailPreferences preferences, TaskRecipients recipients,
      Clock clock, TasklistLinks links) {
    this.queue = queue;
    this.digest = digest;
    this.preferences = preferences;
    this.recipients = recipients;
    this.clock = clock;
    this.links = links;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void newWork(DelegateTask task) {
    String dossierCode = task.getExecution().getProcessBusinessKey();
    WorkDigest.WorkItem item = new WorkDigest.WorkItem(UUID.randomUUID().toString(), dossierCode, task.getName(),
        task.getDueDate() == null ? null : DAY.format(LocalDate.ofInstant(task.getDueDate().toInstant(), VIETNAM)),
        links.task(task.getId()));
    List<String> immediate = new ArrayList<>();
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    for (User official : recipients.of(task.getAssignee(), groups)) {
      if (preferences.of(official.getId()) == MailPreferences.NewWork.DIGEST) {
        digest.add(official.getId(), official.getEmail(), item, clock.instant());
      } else {
        immediate.add(official.getEmail());
      }
    }
    if (!immediate.isEmpty()) {
      String product = EvaluationProcess.PRODUCT_NAME.get(task);
      queue.queue(Notice.NEW_WORK, dossierCode, product, Map.of("task", item, "productName", String.valueOf(product),
          "communeName", String.valueOf(EvaluationProcess.COMMUNE_NAME.get(task))), immediate);
    }
  }
}
