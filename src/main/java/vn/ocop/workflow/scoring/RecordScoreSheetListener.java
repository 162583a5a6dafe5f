package vn.ocop.workflow.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.roles.SeparationOfDuties;
import vn.ocop.workflow.input.SeparationOfDutiesException;
import vn.ocop.workflow.input.InputCheck;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.ScoreSheet;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;

/**
 * Validates a member's scores against the catalogue and records the sheet on the council's process
 * instance. Any invalid score refuses the whole submission, naming the criterion; nothing is recorded.
 */
@Component("recordScoreSheet")
public class RecordScoreSheetListener implements TaskListener {

  private final CriteriaCatalogue catalogue;
  private final IdentityService identityService;
  private final SeparationOfDuties separation;

  public RecordScoreSheetListener(CriteriaCatalogue catalogue, IdentityService identityService,
      SeparationOfDuties separation) {
    this.catalogue = catalogue;
    this.identityService = identityService;
    this.separation = separation;
  }

  @Override
  public void notify(DelegateTask task) {
    CriteriaSet set = catalogue.require(EvaluationProcess.CRITERIA_SET.require(task));
    String member = CouncilEvaluationProcess.COUNCIL_MEMBER.require(task);
    refuseOthersThan(member, task);
    InputCheck input = new InputCheck(task);
    Map<String, Integer> scores = new LinkedHashMap<>();
    int total = 0;
    for (Criterion criterion : set.criteria()) {
      Integer score = input.wholeNumber(criterion.code(), criterion.label(), 0, criterion.max());
      if (score != null) {
        scores.put(criterion.code(), score);
        total += score;
      }
    }
    Map<String, Boolean> mandatoryMet = new LinkedHashMap<>();
    set.mandatory().forEach(m -> mandatoryMet.put(m.code(), input.flag(m.code(), m.label())));
    String comment = input.text(CouncilEvaluationProcess.SCORE_COMMENT.name(), false, 2000);
    input.verify("Phiếu chấm điểm / Score sheet");

    ScoreSheet sheet = new ScoreSheet(member, set.id(), scores, mandatoryMet, total, comment);
    CouncilEvaluationProcess.scoreSheetOf(member).setLocal(task.getExecution().getProcessInstance(), sheet);
  }

  /**
   * A sheet is the named member's own: colleagues on the council can see it, but nobody else submits
   * it, and the member must still be free to score this dossier.
   */
  private void refuseOthersThan(String member, DelegateTask task) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && !member.equals(current.getUserId())) {
      throw new SeparationOfDutiesException("Phiếu chấm điểm này là của " + member + ", " + current.getUserId()
          + " không được nộp / this score sheet belongs to " + member + "; " + current.getUserId() + " may not submit it");
    }
    separation.conflict(member, EvaluationProcess.DOSSIER_CODE.require(task),
            EvaluationProcess.REGISTERING_OFFICER.get(task), task.getProcessInstanceId())
        .ifPresent(reason -> {
          throw new SeparationOfDutiesException(reason);
        });
  }
}
