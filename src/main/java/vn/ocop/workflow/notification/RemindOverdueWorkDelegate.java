package vn.ocop.workflow.notification;

import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Reminds whoever should do an overdue task, once, and once it is overdue by more than the grace period
 * tells the group one unit up (the district's council for a commune, the province's for a district,
 * the central council for a province, the administrators for the central council; a province's agency
 * by the ministry's), once. What was sent is recorded with the mails, in the same transaction (table
 * ocop_task_reminder), and an escalation also as a comment on the task, in the dossier's history.
 */
@Component("remindOverdueWork")
public class RemindOverdueWorkDelegate implements JavaDelegate {

  static final String OVERDUE = "overdue";
  static final String ESCALATED = "escalated";

  private final TaskService tasks;
  private final TaskRecipients recipients;
  private final OrganisationUnits units;
  private final MailQueue queue;
  private final MailDelivery settings;
  private final TaskMails mails;
  private final AsTheProcedure procedureItself;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  RemindOverdueWorkDelegate(TaskService tasks, TaskRecipients recipients, OrganisationUnits units, MailQueue queue,
      MailDelivery settings, TaskMails mails, AsTheProcedure procedureItself, JdbcTemplate jdbc, Clock clock) {
    this.tasks = tasks;
    this.recipients = recipients;
    this.units = units;
    this.queue = queue;
    this.settings = settings;
    this.mails = mails;
    this.procedureItself = procedureItself;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    Instant escalateBefore = now.atZone(clock.getZone()).minus(settings.escalationGrace()).toInstant();
    List<Task> overdue = procedureItself.call(() -> tasks.createTaskQuery().dueBefore(Date.from(now)).list());
    for (Task task : overdue) {
      List<String> groups = TaskMails.candidateGroups(procedureItself.call(() -> tasks.getIdentityLinksForTask(task.getId())));
      if (firstTime(task, OVERDUE, now)) {
        mail(Notice.WORK_OVERDUE, task, recipients.of(task.getAssignee(), groups));
      }
      if (task.getDueDate().toInstant().isBefore(escalateBefore)) {
        String responsible = groups.isEmpty() ? councilOf(task) : groups.get(0);
        units.supervisingGroup(responsible).filter(supervisor -> firstTime(task, ESCALATED, now))
            .ifPresent(supervisor -> {
              mail(Notice.WORK_ESCALATED, task, recipients.of(null, List.of(supervisor)));
              recordOnTheDossier(task, supervisor);
            });
      }
    }
  }

  /**
   * Records that this mail goes out for the task, unless it did already. One reminder job runs at a time
   * (a single timer), and the primary key refuses a second record should two ever meet.
   */
  private boolean firstTime(Task task, String kind, Instant now) {
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM ocop_task_reminder WHERE task_id = ? AND kind = ?",
        Integer.class, task.getId(), kind);
    if (known != null && known > 0) {
      return false;
    }
    jdbc.update("INSERT INTO ocop_task_reminder (task_id, kind, sent_at) VALUES (?, ?, ?)", task.getId(), kind,
        Timestamp.from(now));
    return true;
  }

  /** As a comment on the task, which Tasklist and the history show with the dossier. */
  private void recordOnTheDossier(Task task, String supervisor) {
    String due = SHOWN_DAY.format(task.getDueDate().toInstant().atZone(clock.getZone()));
    procedureItself.call(() -> tasks.createComment(task.getId(), task.getProcessInstanceId(), "Quá hạn từ " + due
        + ", đã báo " + supervisor + " / overdue since " + due + ", escalated to " + supervisor));
  }

  /** The council whose member holds an assigned score sheet. */
  private String councilOf(Task task) {
    return (String) procedureItself.call(() -> tasks.getVariable(task.getId(), CouncilEvaluationProcess.COUNCIL_GROUP.name()));
  }

  private void mail(Notice notice, Task task, List<User> to) {
    if (to.isEmpty()) {
      return;
    }
    Map<String, Object> variables = procedureItself.call(() -> tasks.getVariables(task.getId(),
        List.of(EvaluationProcess.DOSSIER_CODE.name(), EvaluationProcess.PRODUCT_NAME.name(),
            EvaluationProcess.COMMUNE_NAME.name())));
    String dossierCode = EvaluationProcess.DOSSIER_CODE.get(variables);
    String product = EvaluationProcess.PRODUCT_NAME.get(variables);
    WorkDigest.WorkItem item = mails.item(task.getId(), task.getId(), task.getName(), dossierCode, task.getDueDate());
    Map<String, Object> model = TaskMails.model(item, product, EvaluationProcess.COMMUNE_NAME.get(variables));
    if (task.getAssignee() != null) {
      model.put("assignee", task.getAssignee());
    }
    queue.queue(notice, dossierCode, product, model, to.stream().map(User::getEmail).toList());
  }
}
