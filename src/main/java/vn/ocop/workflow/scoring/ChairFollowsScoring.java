package vn.ocop.workflow.scoring;

import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.roles.Grants;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;

/**
 * The council's chair follows the members' work (Decision 26/2026): each member's score sheet or written
 * opinion, as it is created, may be read by the council's chair group, so the chair's Tasklist filter
 * lists who has not submitted yet. Reading a task shows its name, member and dates, not the scores, which
 * exist only once submitted.
 */
@Component
class ChairFollowsScoring {

  private static final Set<String> MEMBER_TASKS = Set.of(CouncilEvaluationProcess.Elements.SCORE_PRODUCT,
      WrittenOpinionsProcess.Elements.GIVE_WRITTEN_OPINION);

  private final Grants grants;

  ChairFollowsScoring(Grants grants) {
    this.grants = grants;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void letTheChairFollow(DelegateTask task) {
    if (MEMBER_TASKS.contains(task.getTaskDefinitionKey())) {
      String council = CouncilEvaluationProcess.COUNCIL_GROUP.require(task);
      grants.grant(OfficialGroups.councilChair(council), Resources.TASK, task.getId(), Permissions.READ);
    }
  }
}
