package vn.ocop.workflow.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.input.InvalidInputException;

/**
 * Moves running dossiers from one version of a process to another with Camunda's migration API, which
 * Community Edition offers without a screen. Steps are mapped by equal ids (an edited model keeps the
 * ids of the steps it keeps). The dry run migrates each dossier in a transaction that is rolled back,
 * so what it reports is what the engine would do, dossier by dossier, and nothing changes; the
 * migration itself runs as a batch of the dossiers the dry run found movable.
 */
@Component
public class ProcedureMigration {

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TransactionTemplate rolledBack;

  public ProcedureMigration(RuntimeService runtime, RepositoryService repository,
      PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.repository = repository;
    this.rolledBack = new TransactionTemplate(transactions);
    this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A process key, the version its dossiers run on, and the version to move them to (the latest if absent). */
  public record Request(String process, Integer from, Integer to) {
  }

  /** A step of the source version and where its dossiers go. */
  public record Step(String from, String to) {
  }

  /** One dossier and whether it can move, with the engine's reasons when not. */
  public record Dossier(String processInstanceId, String businessKey, boolean movable, List<String> reasons) {
  }

  public record DryRun(String process, int fromVersion, int toVersion, List<Step> mapped, List<String> unmapped,
                       List<Dossier> dossiers) {

    public List<String> movable() {
      return dossiers.stream().filter(Dossier::movable).map(Dossier::processInstanceId).toList();
    }
  }

  public record Started(String batchId, int dossiers, List<Dossier> refused) {
  }

  public DryRun dryRun(Request request) {
    ProcessDefinition source = definition(request.process(), request.from(), "from");
    ProcessDefinition target = request.to() == null ? latest(request.process()) : definition(request.process(),
        request.to(), "to");
    if (source.getId().equals(target.getId())) {
      throw new InvalidInputException("Chuyển phiên bản / Migration", List.of(
          "to: phải khác phiên bản nguồn / must differ from the version migrated from (" + source.getVersion() + ")"));
    }
    MigrationPlan plan = plan(source, target);
    List<Step> mapped = plan.getInstructions().stream()
        .map(instruction -> new Step(instruction.getSourceActivityId(), instruction.getTargetActivityId())).toList();
    Set<String> covered = mapped.stream().map(Step::from).collect(Collectors.toSet());
    List<String> unmapped = repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class)
        .stream().map(FlowNode::getId).filter(id -> !covered.contains(id)).sorted().toList();
    List<Dossier> dossiers = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
        .orderByProcessInstanceId().asc().list()) {
      dossiers.add(tryOne(plan, instance));
    }
    return new DryRun(request.process(), source.getVersion(), target.getVersion(), mapped, unmapped, dossiers);
  }

  /** Migrates, as a batch, the dossiers the dry run finds movable now; the others stay and are reported. */
  public Started migrate(Request request) {
    DryRun dryRun = dryRun(request);
    List<Dossier> refused = dryRun.dossiers().stream().filter(dossier -> !dossier.movable()).toList();
    if (dryRun.movable().isEmpty()) {
      return new Started(null, 0, refused);
    }
    ProcessDefinition source = definition(request.process(), dryRun.fromVersion(), "from");
    ProcessDefinition target = definition(request.process(), dryRun.toVersion(), "to");
    Batch batch = runtime.newMigration(plan(source, target)).processInstanceIds(dryRun.movable()).executeAsync();
    return new Started(batch.getId(), dryRun.movable().size(), refused);
  }

  private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
    try {
      return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
          .build();
    } catch (MigrationPlanValidationException e) {
      List<String> reasons = new ArrayList<>();
      e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure ->
          reasons.add(report.getMigrationInstruction().getSourceActivityId() + " → "
              + report.getMigrationInstruction().getTargetActivityId() + ": " + failure)));
      throw new InvalidInputException("Kế hoạch chuyển phiên bản / Migration plan", reasons);
    }
  }

  /** Migrates one dossier in a transaction that is always rolled back: the engine's own verdict, no change. */
  private Dossier tryOne(MigrationPlan plan, ProcessInstance instance) {
    List<String> reasons = rolledBack.execute(status -> {
      status.setRollbackOnly();
      try {
        runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
        return List.<String>of();
      } catch (MigratingProcessInstanceValidationException e) {
        List<String> found = new ArrayList<>(e.getValidationReport().getFailures());
        e.getValidationReport().getActivityInstanceReports().forEach(report -> report.getFailures()
            .forEach(failure -> found.add(explain(report.getSourceScopeId(), failure))));
        e.getValidationReport().getTransitionInstanceReports().forEach(report -> report.getFailures()
            .forEach(failure -> found.add(explain(report.getSourceScopeId(), failure))));
        return found;
      }
    });
    return new Dossier(instance.getId(), instance.getBusinessKey(), reasons.isEmpty(), reasons);
  }

  /** The engine's reason, in the administrator's words where it is the usual one: a step the new version lacks. */
  private static String explain(String step, String failure) {
    if (failure.contains("no migration instruction")) {
      return step + ": bước này không có ở phiên bản mới, hồ sơ đang chờ ở đây nên ở lại phiên bản cũ / the new version"
          + " has no such step, and the dossier waits at it, so it stays on its version";
    }
    return step + ": " + failure;
  }

  private ProcessDefinition latest(String key) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    if (latest == null) {
      throw new InvalidInputException("Chuyển phiên bản / Migration",
          List.of("process: không có quy trình / no process " + key));
    }
    return latest;
  }

  private ProcessDefinition definition(String key, Integer version, String field) {
    if (key == null || key.isBlank()) {
      throw new InvalidInputException("Chuyển phiên bản / Migration", List.of("process: bắt buộc / required"));
    }
    if (version == null) {
      throw new InvalidInputException("Chuyển phiên bản / Migration", List.of(field + ": bắt buộc / required"));
    }
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw new InvalidInputException("Chuyển phiên bản / Migration",
          List.of(field + ": không có phiên bản / no version " + version + " of " + key));
    }
    return definition;
  }
}
