package vn.ocop.workflow.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.roles.Grants;
import vn.ocop.workflow.roles.SeparationOfDuties;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;

/**
 * Fixes who scores: the members of the council's group when the council convenes, less those who may
 * not score this dossier (recorded with their reason), and lets the council read the dossier.
 */
@Component("conveneCouncil")
public class ConveneCouncilDelegate implements JavaDelegate {

  private final IdentityService identityService;
  private final SeparationOfDuties separation;
  private final Grants grants;

  public ConveneCouncilDelegate(IdentityService identityService, SeparationOfDuties separation, Grants grants) {
    this.identityService = identityService;
    this.separation = separation;
    this.grants = grants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = CouncilEvaluationProcess.COUNCIL_GROUP.require(execution);
    String dossierCode = EvaluationProcess.DOSSIER_CODE.require(execution);
    String registeringOfficer = EvaluationProcess.REGISTERING_OFFICER.get(execution);
    List<String> members = new ArrayList<>();
    Map<String, String> excluded = new LinkedHashMap<>();
    for (User user : identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
      Optional<String> conflict = separation.conflict(user.getId(), dossierCode, registeringOfficer,
          execution.getProcessInstanceId());
      if (conflict.isPresent()) {
        excluded.put(user.getId(), conflict.get());
      } else {
        members.add(user.getId());
      }
    }
    if (members.isEmpty()) {
      // Runs as a job: the incident shows in Cockpit, and a retry after changing the members continues.
      throw new ProcessEngineException("Council group '" + group + "' has no member who may score dossier "
          + dossierCode + (excluded.isEmpty() ? "" : ": " + String.join("; ", excluded.values()))
          + "; add members, then retry");
    }
    CouncilEvaluationProcess.setCouncilMembers(execution, members);
    CouncilEvaluationProcess.setExcludedMembers(execution, excluded);
    grants.readDossier(group, execution.getProcessInstanceId());
    // Up to the dossier itself: a council may be called from a level of Decision 26/2026, called by the dossier.
    for (DelegateExecution caller = execution.getProcessInstance().getSuperExecution(); caller != null;
        caller = caller.getProcessInstance().getSuperExecution()) {
      grants.readDossier(group, caller.getProcessInstanceId());
    }
  }
}
