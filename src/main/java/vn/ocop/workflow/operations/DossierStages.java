package vn.ocop.workflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.models.ProcedureDeployment;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Running dossiers by the step they wait at (ocop.dossiers{stage=<activity id>}): check-dossier at the
 * commune, evaluate-at-district, evaluate-in-province … name the level too. One gauge per activity of the
 * current evaluation model from the start, and one for any other step a dossier is found at (an older
 * version's), from the next scrape on.
 *
 * <p>The counts come from the engine's activity statistics: one grouped query for the definitions with
 * running instances, then one per evaluation version that has dossiers. The gauges of one scrape share
 * them, so each is read once a second at most.
 */
@Component
class DossierStages {

  static final String DOSSIERS = "ocop.dossiers";
  private static final Duration FRESH = Duration.ofSeconds(1);

  private final MeterRegistry registry;
  private final ManagementService management;
  private final RepositoryService repository;
  private final ProcedureDeployment procedure;
  private final Set<String> stages = ConcurrentHashMap.newKeySet();
  private Map<String, Long> counts = Map.of();
  private Instant countedAt = Instant.MIN;

  DossierStages(MeterRegistry registry, ManagementService management, RepositoryService repository,
      ProcedureDeployment procedure) {
    this.registry = registry;
    this.management = management;
    this.repository = repository;
    this.procedure = procedure;
  }

  /** After the procedure is deployed (ProcedureDeployment runs first): the current model's steps. */
  @EventListener(ApplicationStartedEvent.class)
  public void registerCurrentSteps() {
    Deployment latest = procedure.latest();
    ProcessDefinition evaluation = latest == null ? null : repository.createProcessDefinitionQuery()
        .deploymentId(latest.getId()).processDefinitionKey(EvaluationProcess.KEY).singleResult();
    if (evaluation != null) {
      repository.getBpmnModelInstance(evaluation.getId()).getModelElementsByType(Activity.class)
          .forEach(activity -> register(activity.getId()));
    }
  }

  long dossiersAt(String stage) {
    return current().getOrDefault(stage, 0L);
  }

  private synchronized Map<String, Long> current() {
    Instant now = Instant.now();
    if (countedAt.plus(FRESH).isBefore(now)) {
      Map<String, Long> counted = new HashMap<>();
      management.createProcessDefinitionStatisticsQuery().list().stream()
          .filter(definition -> EvaluationProcess.KEY.equals(definition.getKey()) && definition.getInstances() > 0)
          .forEach(definition -> management.createActivityStatisticsQuery(definition.getId()).list()
              .forEach(activity -> counted.merge(activity.getId(), (long) activity.getInstances(), Long::sum)));
      counts = counted;
      countedAt = now;
      counted.keySet().forEach(this::register);
    }
    return counts;
  }

  private void register(String stage) {
    if (stages.add(stage)) {
      Gauge.builder(DOSSIERS, this, dossiers -> dossiers.dossiersAt(stage)).tag("stage", stage)
          .description("Running dossiers (ocop-product-evaluation) waiting at this step").register(registry);
    }
  }
}
