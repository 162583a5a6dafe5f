package vn.ocop.workflow.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.variables.InputCheck;

/**
 * Validates a member's scores against the catalogue and records the sheet on the council's process
 * instance. Any invalid score refuses the whole submission, naming the criterion; nothing is recorded.
 */
@Component("recordScoreSheet")
public class RecordScoreSheetListener implements TaskListener {

  private final CriteriaCatalogue catalogue;

  public RecordScoreSheetListener(CriteriaCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    CriteriaSet set = catalogue.require(CouncilEvaluationProcess.CRITERIA_SET.require(task));
    String member = CouncilEvaluationProcess.COUNCIL_MEMBER.require(task);
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
}
