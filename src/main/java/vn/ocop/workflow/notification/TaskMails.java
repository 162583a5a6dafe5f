package vn.ocop.workflow.notification;

import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the mails about a task have in common (new work, digests, reminders, escalations): the task as a
 * line with its due day and a link that opens it in Tasklist (ocop.mail.tasklist-url), and its groups.
 */
@Component
class TaskMails {


  private final String tasklistUrl;
  private final Clock clock;

  TaskMails(@Value("${ocop.mail.tasklist-url}") String tasklistUrl, Clock clock) {
    this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
    this.clock = clock;
  }

  /** A task as a mail lists it; {@code id} identifies the line (a digest marks the lines it sent). */
  WorkDigest.WorkItem item(String id, String taskId, String taskName, String dossierCode, Date due) {
    return new WorkDigest.WorkItem(id, dossierCode, taskName,
        due == null ? null : SHOWN_DAY.format(LocalDate.ofInstant(due.toInstant(), clock.getZone())),
        tasklistUrl + "#/?task=" + taskId);
  }

  /** The model of a mail about one task. */
  static Map<String, Object> model(WorkDigest.WorkItem item, String product, String commune) {
    return new HashMap<>(Map.of("task", item, "productName", String.valueOf(product), "communeName",
        String.valueOf(commune)));
  }

  /** The groups a task is offered to. */
  static List<String> candidateGroups(Collection<? extends IdentityLink> links) {
    return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}
