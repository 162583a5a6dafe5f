package vn.ocop.workflow.scoring;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Fixes who scores: the members of the council's group when the council convenes. */
@Component("conveneCouncil")
public class ConveneCouncilDelegate implements JavaDelegate {

  private final IdentityService identityService;

  public ConveneCouncilDelegate(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = CouncilEvaluationProcess.COUNCIL_GROUP.require(execution);
    List<String> members = identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
        .stream().map(User::getId).toList();
    if (members.isEmpty()) {
      // Runs as a job: the incident shows in Cockpit, and a retry after adding members continues.
      throw new ProcessEngineException("Council group '" + group + "' has no members; add members, then retry");
    }
    CouncilEvaluationProcess.setCouncilMembers(execution, members);
  }
}
