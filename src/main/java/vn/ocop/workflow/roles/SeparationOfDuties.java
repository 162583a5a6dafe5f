package vn.ocop.workflow.roles;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;

/**
 * Who may not score a dossier: the officer who registered it, and anyone who already scored it at
 * another council. Asked when a council convenes and again when a score sheet is submitted.
 */
@Component
public class SeparationOfDuties {

  private final HistoryService history;

  public SeparationOfDuties(HistoryService history) {
    this.history = history;
  }

  /** The reason {@code user} may not score the dossier in this council, if there is one. */
  public Optional<String> conflict(String user, String dossierCode, String registeringOfficer, String councilInstanceId) {
    if (user.equals(registeringOfficer)) {
      return Optional.of(user + " đã đăng ký hồ sơ này / registered this dossier");
    }
    return history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(dossierCode)
        .taskDefinitionKey(CouncilEvaluationProcess.Elements.SCORE_PRODUCT)
        .taskAssignee(user).finished().list().stream()
        .filter(task -> "completed".equals(task.getDeleteReason()))
        .filter(task -> !task.getProcessInstanceId().equals(councilInstanceId))
        .findFirst()
        .map(this::levelOf)
        .map(level -> user + " đã chấm hồ sơ này ở hội đồng " + level + " / already scored this dossier at the "
            + level + " council");
  }

  private String levelOf(HistoricTaskInstance scored) {
    HistoricVariableInstance level = history.createHistoricVariableInstanceQuery()
        .processInstanceId(scored.getProcessInstanceId())
        .variableName(CouncilEvaluationProcess.COUNCIL_LEVEL.name()).singleResult();
    return level == null ? "?" : String.valueOf(level.getValue());
  }
}
