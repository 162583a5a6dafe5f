package vn.ocop.workflow.audit;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;
import vn.ocop.workflow.vocabulary.ProcessVariable;

/**
 * The engine's history as the database keeps it: the full history (history level {@code full}), less what no
 * auditor's view, register or report reads, and what is kept elsewhere already. It replaces the engine's own
 * writer (application.yaml: enable-default-db-history-event-handler), so every event is still produced and
 * any other handler (a test's process coverage) still sees all of them. Left out:
 * <ul>
 *   <li>mail deliveries: each mail's audit is its outbox row (queued, sent), which the dossier's record shows;
 *   a failing delivery's job and incident stay in the runtime tables, where Cockpit shows them, and what an
 *   operator does to it (a retry) stays in the user operation log;</li>
 *   <li>a council's variables local to one of its activities: each member's form fields as separate variables,
 *   the engine's multi-instance counters, the decision table's raw result. The member's validated sheet, one
 *   typed value, keeps every score, requirement, comment and reason, recorded at the member's step
 *   ({@code RecordScoreSheetListener}); the decision's inputs and outputs are in its own history, and the
 *   outcome is a variable of the council;</li>
 *   <li>the dossier's facts a council is called with: copies of the dossier's own variables, kept in the
 *   dossier's history, for the score forms to show while the council runs.</li>
 * </ul>
 */
@Component
class AuditedHistory extends DbHistoryEventHandler {

  /** The council's inputs that are the dossier's facts; the criteria set stays, the council's record reads it. */
  private static final Set<String> DOSSIER_FACTS_IN_A_COUNCIL = CouncilEvaluationProcess.Contract.INPUTS.stream()
      .map(ProcessVariable::name).filter(name -> !name.equals(EvaluationProcess.CRITERIA_SET.name()))
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public void handleEvent(HistoryEvent event) {
    if (kept(event)) {
      super.handleEvent(event);
    }
  }

  static boolean kept(HistoryEvent event) {
    if (MailDeliveryProcess.KEY.equals(event.getProcessDefinitionKey())) {
      return event instanceof UserOperationLogEntryEventEntity;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable
        && CouncilEvaluationProcess.KEY.equals(variable.getProcessDefinitionKey())) {
      boolean ofTheCouncil = variable.getExecutionId() == null
          || variable.getExecutionId().equals(variable.getProcessInstanceId());
      return ofTheCouncil && !DOSSIER_FACTS_IN_A_COUNCIL.contains(variable.getVariableName());
    }
    return true;
  }
}
