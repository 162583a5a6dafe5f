package vn.ocop.workflow.documents;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsSignedInUser;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.ProcessVariable;

/**
 * Who may read and who may add a dossier's documents. Reading follows the dossier: whoever the engine lets
 * read the dossier (asked under the caller's own authentication: the dossier's units, the councils it
 * reached, auditors), whoever holds an open task of it, and its producer. Adding happens at a step (see
 * {@link UploadStep}). The dossier's processes and tasks are then read as the procedure, since a grant names
 * the dossier, not each process it calls.
 */
@Component
class DocumentAccess {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final AsTheProcedure procedure;

  DocumentAccess(HistoryService history, RuntimeService runtime, TaskService tasks, RepositoryService repository,
      IdentityService identity, AsTheProcedure procedure) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.procedure = procedure;
  }

  /** A dossier: its code, its root process instance, and the facts that decide who adds what. */
  record Dossier(String code, String processInstanceId, String productGroup, String producerAccount,
                 String communeGroup) {
  }

  /** A step open in the dossier where the caller may add documents, and its task. */
  record OpenStep(UploadStep step, Task task) {
  }

  /** The dossier with this code, or 404. */
  Dossier dossier(String code) {
    return procedure.call(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY)
        .processInstanceBusinessKey(code).rootProcessInstances().orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst().map(this::facts))
        .orElseThrow(() -> new DocumentRefused(DocumentRefused.NOT_FOUND, "Không có hồ sơ " + code + " / there is no dossier " + code));
  }

  /** The task, if the caller may read it, with its dossier; 404 otherwise, or when the task belongs to no dossier. */
  Dossier dossierOf(Task task) {
    return procedure.call(() -> {
      ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      HistoricProcessInstance root = process == null ? null : history.createHistoricProcessInstanceQuery()
          .processInstanceId(process.getRootProcessInstanceId()).singleResult();
      if (root == null || !EvaluationProcess.KEY.equals(root.getProcessDefinitionKey())) {
        throw new DocumentRefused(DocumentRefused.NOT_FOUND, "Công việc " + task.getId() + " không thuộc hồ sơ nào / task "
            + task.getId() + " belongs to no dossier");
      }
      return facts(root);
    });
  }

  /** An open task the caller may read, or 404, as the engine answers for a task the caller may not see. */
  Task readableTask(String taskId, Authentication caller) {
    return Optional.ofNullable(AsSignedInUser.call(identity, caller,
            () -> tasks.createTaskQuery().taskId(taskId).singleResult()))
        .orElseThrow(() -> new DocumentRefused(DocumentRefused.NOT_FOUND, "Không có công việc " + taskId + " / there is no task "
            + taskId));
  }

  /** Refuses (403) a caller who may not read the dossier. */
  void requireRead(Dossier dossier, Authentication caller) {
    if (!mayRead(dossier, caller)) {
      throw new DocumentRefused(DocumentRefused.FORBIDDEN, caller.getUserId() + " không được xem hồ sơ " + dossier.code()
          + " / may not read dossier " + dossier.code());
    }
  }

  private boolean mayRead(Dossier dossier, Authentication caller) {
    if (Objects.equals(caller.getUserId(), dossier.producerAccount())) {
      return true;
    }
    long visible = AsSignedInUser.call(identity, caller, () -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(dossier.processInstanceId()).count());
    return visible > 0 || procedure.call(() -> openTasks(dossier).stream().anyMatch(task -> holds(task, caller)));
  }

  /** The steps open in the dossier at which the caller may add documents now. */
  List<OpenStep> openSteps(Dossier dossier, Authentication caller) {
    return procedure.call(() -> openTasks(dossier).stream().map(task -> stepAt(dossier, task, caller))
        .flatMap(Optional::stream).toList());
  }

  /** The step of this task, if documents are added there and the caller may add them. */
  Optional<OpenStep> stepAt(Dossier dossier, Task task, Authentication caller) {
    return procedure.call(() -> UploadStep.of(repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(),
            task.getTaskDefinitionKey())
        .filter(step -> step.atCommune() ? atCommune(dossier, caller) : holds(task, caller))
        .map(step -> new OpenStep(step, task)));
  }

  /** The producer, or an officer of the dossier's commune. */
  private static boolean atCommune(Dossier dossier, Authentication caller) {
    return Objects.equals(caller.getUserId(), dossier.producerAccount())
        || groupsOf(caller).contains(dossier.communeGroup());
  }

  private List<Task> openTasks(Dossier dossier) {
    String[] processes = runtime.createProcessInstanceQuery().rootProcessInstanceId(dossier.processInstanceId()).list()
        .stream().map(ProcessInstance::getId).toArray(String[]::new);
    return processes.length == 0 ? List.of() : tasks.createTaskQuery().processInstanceIdIn(processes).active().list();
  }

  /** Whether the task is the caller's: assigned to them, or offered to them or to one of their groups. */
  private boolean holds(Task task, Authentication caller) {
    if (Objects.equals(caller.getUserId(), task.getAssignee())) {
      return true;
    }
    List<String> groups = groupsOf(caller);
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && (Objects.equals(caller.getUserId(), link.getUserId())
          || link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private Dossier facts(HistoricProcessInstance root) {
    Map<String, Object> variables = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(root.getId())
        .variableNameIn(names(EvaluationProcess.PRODUCT_GROUP, EvaluationProcess.PRODUCER_ACCOUNT,
            EvaluationProcess.COMMUNE_GROUP)).list().stream()
        .filter(variable -> root.getId().equals(variable.getExecutionId()))
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    return new Dossier(root.getBusinessKey(), root.getId(), EvaluationProcess.PRODUCT_GROUP.get(variables),
        EvaluationProcess.PRODUCER_ACCOUNT.get(variables), EvaluationProcess.COMMUNE_GROUP.get(variables));
  }

  private static String[] names(ProcessVariable<?>... variables) {
    return Arrays.stream(variables).map(ProcessVariable::name).toArray(String[]::new);
  }

  private static List<String> groupsOf(Authentication caller) {
    return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }
}
