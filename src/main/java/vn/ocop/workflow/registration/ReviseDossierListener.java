package vn.ocop.workflow.registration;

import static vn.ocop.workflow.vocabulary.EvaluationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.InputCheck;

/** Records a returned dossier's revision (by the producer, or the commune on their behalf) and sends it back to the commune check. */
@Component("reviseDossier")
public class ReviseDossierListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck input = new InputCheck(task);
    String note = input.text(REVISION_NOTE.name(), true, 2000);
    String description = input.text(DESCRIPTION.name(), true, 4000);
    String businessPlan = input.text(BUSINESS_PLAN.name(), true, 8000);
    String evidenceLinks = input.links(EVIDENCE_LINKS.name(), 4000);
    input.verify("Hồ sơ bổ sung / Revised dossier");

    REVISION_NOTE.set(task, note);
    DESCRIPTION.set(task, description);
    BUSINESS_PLAN.set(task, businessPlan);
    EVIDENCE_LINKS.set(task, evidenceLinks);
    REVISION_COUNT.set(task, REVISION_COUNT.require(task) + 1);
    // The next check starts without a decision, so a stale "return" cannot be resubmitted unseen.
    COMMUNE_DECISION.set(task, null);
  }
}
