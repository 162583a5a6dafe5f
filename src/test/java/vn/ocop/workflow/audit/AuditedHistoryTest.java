package vn.ocop.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;

/** Which history events are written, event by event (the whole record: DossierAuditTest). */
class AuditedHistoryTest {

  private static final String COUNCIL = "council-1";

  @Test
  void aMailDeliveryLeavesOnlyWhatOperatorsDidToIt() {
    assertThat(AuditedHistory.kept(event(new HistoricActivityInstanceEventEntity(), MailDeliveryProcess.KEY))).isFalse();
    assertThat(AuditedHistory.kept(variable(MailDeliveryProcess.KEY, "mail-1", "mail-1", "mailId"))).isFalse();
    assertThat(AuditedHistory.kept(event(new UserOperationLogEntryEventEntity(), MailDeliveryProcess.KEY))).isTrue();
  }

  @Test
  void aCouncilKeepsItsOwnVariablesButNotItsStepsLocalOnesNorTheDossiersFacts() {
    assertThat(AuditedHistory.kept(variable(CouncilEvaluationProcess.KEY, "member-execution", COUNCIL, "a1_origin")))
        .isFalse();
    assertThat(AuditedHistory.kept(variable(CouncilEvaluationProcess.KEY, "member-execution", COUNCIL, "loopCounter")))
        .isFalse();
    assertThat(AuditedHistory.kept(variable(CouncilEvaluationProcess.KEY, COUNCIL, COUNCIL,
        EvaluationProcess.PRODUCT_NAME.name()))).isFalse();
    assertThat(AuditedHistory.kept(variable(CouncilEvaluationProcess.KEY, COUNCIL, COUNCIL,
        EvaluationProcess.CRITERIA_SET.name()))).isTrue();
    assertThat(AuditedHistory.kept(variable(CouncilEvaluationProcess.KEY, COUNCIL, COUNCIL,
        CouncilEvaluationProcess.scoreSheetOf("council-444-1").name()))).isTrue();
    assertThat(AuditedHistory.kept(variable(CouncilEvaluationProcess.KEY, COUNCIL, COUNCIL,
        CouncilEvaluationProcess.AVERAGE_SCORE.name()))).isTrue();
  }

  @Test
  void theDossierKeepsEverything() {
    assertThat(AuditedHistory.kept(variable(EvaluationProcess.KEY, "dossier-1", "dossier-1",
        EvaluationProcess.PRODUCT_NAME.name()))).isTrue();
    assertThat(AuditedHistory.kept(event(new HistoricActivityInstanceEventEntity(), EvaluationProcess.KEY))).isTrue();
  }

  private static HistoryEvent event(HistoryEvent event, String processKey) {
    event.setProcessDefinitionKey(processKey);
    return event;
  }

  private static HistoryEvent variable(String processKey, String execution, String processInstance, String name) {
    HistoricVariableUpdateEventEntity variable = new HistoricVariableUpdateEventEntity();
    variable.setProcessDefinitionKey(processKey);
    variable.setExecutionId(execution);
    variable.setProcessInstanceId(processInstance);
    variable.setVariableName(name);
    return variable;
  }
}
