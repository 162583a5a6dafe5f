package vn.ocop.workflow.roles;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes a task's history grants when the task ends. With historic instance permissions on, the engine grants
 * each candidate group, candidate user and assignee of a task the right to read its history, one row each,
 * kept until history cleanup (ten years): more than ten rows per finished dossier. Nobody needs them once the
 * task is done: a unit reads a dossier's history, tasks included, through its grant on the dossier
 * ({@link Grants#readDossier}), auditors through theirs on everything, and the audit record and a producer's
 * list are read by the procedure. While the task is open they stay, so its candidates read its log in Tasklist.
 *
 * <p>It also completes the commune's grant on a new dossier. That grant is saved while the dossier registers,
 * before the engine has written the dossier's history, so the engine gives it no root process instance and no
 * removal time, and history cleanup would never remove it. Saved again once a step of the dossier is done, it
 * gets both, like the grants of the units the dossier reaches later.
 */
@Component
class EndedTaskGrants {

  private final AuthorizationService authorizations;

  EndedTaskGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' || #task.eventName == '"
      + TaskListener.EVENTNAME_DELETE + "'")
  public void removeHistoryGrants(DelegateTask task) {
    authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(task.getId()).list()
        .stream().map(Authorization::getId).forEach(authorizations::deleteAuthorization);
    authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .resourceId(task.getProcessInstanceId()).list().stream().filter(grant -> grant.getRootProcessInstanceId() == null)
        .forEach(authorizations::saveAuthorization);
  }
}
