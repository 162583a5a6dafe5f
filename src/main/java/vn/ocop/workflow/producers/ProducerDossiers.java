package vn.ocop.workflow.producers;

import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.CertificateVariables;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * A producer's own dossiers and where each one is, in the words of the model's steps ("Kiểm tra hồ sơ /
 * Check dossier", "Đánh giá cấp tỉnh / Evaluate at province"). It is read by the procedure itself and
 * shows nothing of a council's work but its published result: no member, no score sheet.
 */
@Component
public class ProducerDossiers {

  /** Shown facts of a dossier; certificate and stars only once certified. */
  public record Dossier(String code, String productName, Date registeredAt, boolean running, String step,
      String openTaskId, String certificateCode, Integer stars) {
  }

  private final HistoryService history;
  private final TaskService tasks;
  private final AsTheProcedure procedureItself;

  public ProducerDossiers(HistoryService history, TaskService tasks, AsTheProcedure procedureItself) {
    this.history = history;
    this.tasks = tasks;
    this.procedureItself = procedureItself;
  }

  public List<Dossier> of(String producer) {
    return procedureItself.call(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(EvaluationProcess.KEY)
        .variableValueEquals(EvaluationProcess.PRODUCER_ACCOUNT.name(), producer)
        .orderByProcessInstanceStartTime().desc().list().stream()
        .map(dossier -> describe(dossier, producer)).toList());
  }

  private Dossier describe(HistoricProcessInstance dossier, String producer) {
    Map<String, Object> facts = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(dossier.getId())
        .variableNameIn(EvaluationProcess.PRODUCT_NAME.name(), CertificateVariables.CERTIFICATE_CODE.name(),
            CertificateVariables.CERTIFICATE_STARS.name())
        .list().forEach(variable -> putIfSet(facts, variable));
    boolean running = dossier.getEndTime() == null;
    Task open = running ? tasks.createTaskQuery().processInstanceBusinessKey(dossier.getBusinessKey())
        .taskCandidateUser(producer).singleResult() : null;
    return new Dossier(dossier.getBusinessKey(), EvaluationProcess.PRODUCT_NAME.get(facts), dossier.getStartTime(),
        running, step(dossier, running), open == null ? null : open.getId(),
        CertificateVariables.CERTIFICATE_CODE.get(facts), CertificateVariables.CERTIFICATE_STARS.get(facts));
  }

  private static void putIfSet(Map<String, Object> facts, HistoricVariableInstance variable) {
    if (variable.getValue() != null) {
      facts.put(variable.getName(), variable.getValue());
    }
  }

  /**
   * The step the dossier waits at, or the end it reached, by its name in the model. A task's name ends
   * with the dossier's facts ("…: ${productName}"), which the list shows on its own.
   */
  private String step(HistoricProcessInstance dossier, boolean running) {
    var query = history.createHistoricActivityInstanceQuery().processInstanceId(dossier.getId());
    List<HistoricActivityInstance> candidates = (running ? query.unfinished() : query.finished()).list().stream()
        .filter(activity -> activity.getActivityName() != null)
        .filter(activity -> running || activity.getActivityType().endsWith("EndEvent"))
        .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime).reversed()).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    String name = candidates.get(0).getActivityName();
    int facts = name.indexOf(": ${");
    return facts < 0 ? name : name.substring(0, facts);
  }
}
