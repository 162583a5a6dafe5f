package vn.ocop.workflow.levels;

import static vn.ocop.workflow.vocabulary.LevelEvaluationProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.rounds.EvaluationRounds;
import vn.ocop.workflow.rounds.Round;
import vn.ocop.workflow.rounds.RoundAdded;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * A round an agency adds takes the waiting dossiers whose proposals it covers: each dossier of the scope
 * that waits for its round is assigned again, and its timer moves to the new round's opening. The later
 * rounds' numbers change too, so every waiting dossier of the scope gets its round's name again. This
 * runs in the transaction that adds the round: both happen, or neither.
 */
@Component
class RoundChanges {

  private static final Logger LOG = LoggerFactory.getLogger(RoundChanges.class);
  /** What a waiting dossier's round depends on, and the round it has. */
  private static final List<String> READ = List.of(CouncilEvaluationProcess.COUNCIL_LEVEL.name(),
      EvaluationProcess.PROVINCE_CODE.name(), PROPOSED_ON.name(), EVALUATION_ROUND.name());

  private final RuntimeService runtime;
  private final ManagementService management;
  private final EvaluationRounds rounds;
  private final AsTheProcedure procedureItself;
  private final Clock clock;

  RoundChanges(RuntimeService runtime, ManagementService management, EvaluationRounds rounds,
      AsTheProcedure procedureItself, Clock clock) {
    this.runtime = runtime;
    this.management = management;
    this.rounds = rounds;
    this.procedureItself = procedureItself;
    this.clock = clock;
  }

  @EventListener
  void reassignWaitingDossiers(RoundAdded added) {
    String scope = added.round().scope();
    int moved = procedureItself.call(() -> {
      List<Execution> waiting = runtime.createExecutionQuery().processDefinitionKey(KEY)
          .activityId(Elements.ROUND_OPENS).list();
      int count = 0;
      for (Execution execution : waiting) {
        Map<String, Object> variables = runtime.getVariables(execution.getId(), READ);
        String dossierScope = LevelSteps.scope(CouncilEvaluationProcess.COUNCIL_LEVEL.get(variables),
            EvaluationProcess.PROVINCE_CODE.get(variables));
        if (scope.equals(dossierScope) && reassign(execution, dossierScope, variables)) {
          count++;
        }
      }
      return count;
    });
    LOG.info("Round {} added: {} waiting dossier(s) moved to it", added.round().id(), moved);
  }

  /** Gives the dossier its round again; true when that is another round, whose opening its timer now waits for. */
  private boolean reassign(Execution execution, String scope, Map<String, Object> variables) {
    Round round = rounds.roundFor(scope, PROPOSED_ON.get(variables));
    runtime.setVariable(execution.getId(), EVALUATION_ROUND_NAME.name(), rounds.name(round));
    if (round.id().equals(EVALUATION_ROUND.get(variables))) {
      return false;
    }
    Date opening = LevelSteps.opening(round, clock);
    runtime.setVariables(execution.getId(), Map.of(EVALUATION_ROUND.name(), round.id(), ROUND_OPENS_AT.name(), opening));
    Job timer = management.createJobQuery().executionId(execution.getId()).timers().singleResult();
    management.setJobDuedate(timer.getId(), opening);
    return true;
  }
}
