package vn.ocop.workflow.scoring;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.SeparationOfDutiesException;
import vn.ocop.workflow.roles.SeparationOfDuties;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * A member's sheet (scores or a written opinion) is the named member's own: colleagues on the council can
 * see it, but nobody else submits it, and the member must still be free to judge this dossier.
 */
@Component
class OwnSheet {

  private final IdentityService identityService;
  private final SeparationOfDuties separation;

  OwnSheet(IdentityService identityService, SeparationOfDuties separation) {
    this.identityService = identityService;
    this.separation = separation;
  }

  /** The member whose sheet this task is, once it is sure the current user may submit it. */
  String memberOf(DelegateTask task, String whatVi, String whatEn) {
    String member = CouncilEvaluationProcess.COUNCIL_MEMBER.require(task);
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && !member.equals(current.getUserId())) {
      throw new SeparationOfDutiesException(whatVi + " này là của " + member + ", " + current.getUserId()
          + " không được nộp / this " + whatEn + " belongs to " + member + "; " + current.getUserId()
          + " may not submit it");
    }
    separation.conflict(member, EvaluationProcess.DOSSIER_CODE.require(task),
            EvaluationProcess.REGISTERING_OFFICER.get(task), task.getProcessInstanceId())
        .ifPresent(reason -> {
          throw new SeparationOfDutiesException(reason);
        });
    return member;
  }
}
