package vn.ocop.workflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;

/**
 * Open tasks by the level that works them (ocop.tasks.open{level=…}), counted when scraped. A task's level
 * is its candidate group's, by the group naming rule; a council member's own score sheet or written opinion
 * has no candidate group and counts at its council's level.
 */
@Component
class OpenTasks implements MeterBinder {

  static final String OPEN_TASKS = "ocop.tasks.open";
  /** SQL LIKE patterns of the groups at each level, and the council level of its members' own tasks. */
  static final List<Level> LEVELS = List.of(
      new Level("commune", List.of(OfficialGroups.communeOfficers("%")), Optional.empty()),
      new Level("district", List.of(OfficialGroups.districtCouncil("%")), Optional.of(CouncilEvaluationProcess.DISTRICT)),
      new Level("province", List.of(OfficialGroups.provinceCouncil("%")), Optional.of(CouncilEvaluationProcess.PROVINCE)),
      new Level("central", List.of(OfficialGroups.CENTRAL_COUNCIL), Optional.of(CouncilEvaluationProcess.CENTRAL)),
      new Level("agency", List.of(OfficialGroups.provinceAgency("%"), OfficialGroups.CENTRAL_AGENCY), Optional.empty()),
      new Level("advisory", List.of(OfficialGroups.provinceAdvisory("%"), OfficialGroups.CENTRAL_ADVISORY), Optional.empty()));

  private final TaskService tasks;

  OpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Level level : LEVELS) {
      Gauge.builder(OPEN_TASKS, tasks, engine -> count(engine, level)).tag("level", level.name())
          .description("Open tasks worked at this level, claimed or not").register(registry);
    }
  }

  private static long count(TaskService engine, Level level) {
    long count = level.groups().stream()
        .mapToLong(group -> engine.createTaskQuery().taskCandidateGroupLike(group).includeAssignedTasks().count()).sum();
    return count + level.council().map(council -> engine.createTaskQuery()
        .taskDefinitionKeyIn(CouncilEvaluationProcess.Elements.SCORE_PRODUCT, WrittenOpinionsProcess.Elements.GIVE_WRITTEN_OPINION)
        .processVariableValueEquals(CouncilEvaluationProcess.COUNCIL_LEVEL.name(), council).count()).orElse(0L);
  }

  record Level(String name, List<String> groups, Optional<String> council) {
  }
}
