package vn.ocop.workflow.levels;

import static vn.ocop.workflow.vocabulary.LevelEvaluationProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.input.InputCheck;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.roles.Grants;
import vn.ocop.workflow.rounds.EvaluationRounds;
import vn.ocop.workflow.rounds.Round;
import vn.ocop.workflow.vocabulary.CallContract;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * The steps of bpmn/ocop-level-evaluation.bpmn, one level of Decision 26/2026: who works it (the
 * province's agency, advisory group and council, or the ministry's), the agency's completeness check and
 * the commune's completion, the evaluation round, the advisory group's visit and tests, and the decision
 * the agency records for the province's chairman or the minister.
 */
@Configuration
class LevelSteps {

  /** The level's groups, and read access to this level and to the dossier for those who work it. */
  @Bean
  ExecutionListener receiveProposal(EvaluationRounds rounds, Grants grants, Clock clock) {
    return execution -> {
      String scope = scopeOf(execution);
      String agency = rounds.agencyGroup(scope);
      String advisory = EvaluationRounds.CENTRAL.equals(scope) ? OfficialGroups.CENTRAL_ADVISORY
          : OfficialGroups.provinceAdvisory(scope);
      AGENCY_GROUP.set(execution, agency);
      ADVISORY_GROUP.set(execution, advisory);
      CouncilEvaluationProcess.COUNCIL_GROUP.set(execution, rounds.councilGroup(scope));
      PROPOSED_ON.set(execution, LocalDate.now(clock));
      grants.readDossier(EvaluationProcess.COMMUNE_GROUP.require(execution), execution.getProcessInstanceId());
      DelegateExecution dossier = execution.getProcessInstance().getSuperExecution();
      for (String group : Set.of(agency, advisory)) {
        grants.readDossier(group, execution.getProcessInstanceId());
        if (dossier != null) {
          grants.readDossier(group, dossier.getProcessInstanceId());
        }
      }
    };
  }

  /** The agency finds the dossier complete, or sends it back with its reasons. */
  @Bean
  TaskListener checkCompleteness() {
    return task -> {
      InputCheck input = new InputCheck(task);
      String decision = input.choice(COMPLETENESS_DECISION.name(), Set.of(COMPLETE, RETURN));
      String reasons = input.text(RETURN_REASONS.name(), RETURN.equals(decision), 2000);
      input.verify("Kiểm tra tính đầy đủ / Completeness check");
      COMPLETENESS_DECISION.set(task, decision);
      RETURN_REASONS.set(task, reasons);
    };
  }

  /** The commune resubmits the completed proposal: it is proposed again today, which decides its round. */
  @Bean
  TaskListener completeDossier(Clock clock) {
    return task -> {
      InputCheck input = new InputCheck(task);
      String note = input.text(COMPLETION_NOTE.name(), true, 2000);
      input.verify("Bổ sung hồ sơ / Completion");
      COMPLETION_NOTE.set(task, note);
      PROPOSED_ON.set(task, LocalDate.now(clock));
    };
  }

  /** The round that takes the day's proposals; the dossier waits until the day after its last day. */
  @Bean
  JavaDelegate assignRound(EvaluationRounds rounds, Clock clock) {
    return execution -> {
      Round round = rounds.roundFor(scopeOf(execution), PROPOSED_ON.require(execution));
      EVALUATION_ROUND.set(execution, round.id());
      EVALUATION_ROUND_NAME.set(execution, rounds.name(round));
      ROUND_OPENS_AT.set(execution, opening(round, clock));
    };
  }

  /** The advisory group's visit: its day and findings, and either its report or the tests it asks for. */
  @Bean
  TaskListener recordSiteVisit(Clock clock) {
    return task -> {
      InputCheck input = new InputCheck(task);
      LocalDate visited = input.pastDay(SITE_VISIT_ON.name(), true, LocalDate.now(clock));
      String findings = input.text(SITE_VISIT_FINDINGS.name(), true, 4000);
      String evidence = input.links(SITE_VISIT_EVIDENCE.name(), 4000);
      String tests = input.choice(EXTRA_TESTS.name(), Set.of(TESTS_REQUESTED, NO_TESTS));
      String requested = input.text(REQUESTED_TESTS.name(), TESTS_REQUESTED.equals(tests), 2000);
      String report = input.text(ADVISORY_REPORT.name(), NO_TESTS.equals(tests), 4000);
      input.verify("Khảo sát thực tế / Site visit");
      SITE_VISIT_ON.set(task, visited == null ? null : visited.toString());
      SITE_VISIT_FINDINGS.set(task, findings);
      SITE_VISIT_EVIDENCE.set(task, evidence);
      EXTRA_TESTS.set(task, tests);
      REQUESTED_TESTS.set(task, requested);
      ADVISORY_REPORT.set(task, report);
    };
  }

  /** The results of the extra tests, and the advisory group's report written with them. */
  @Bean
  TaskListener recordTestResults() {
    return task -> {
      InputCheck input = new InputCheck(task);
      String results = input.text(TEST_RESULTS.name(), true, 4000);
      String evidence = input.links(TEST_EVIDENCE.name(), 4000);
      String report = input.text(ADVISORY_REPORT.name(), true, 4000);
      input.verify("Kết quả kiểm nghiệm / Test results");
      TEST_RESULTS.set(task, results);
      TEST_EVIDENCE.set(task, evidence);
      ADVISORY_REPORT.set(task, report);
    };
  }

  /** The proposal ends before the council: not completed in time, or the tests' results never came. */
  @Bean
  ExecutionListener lapseProposal() {
    return execution -> {
      CouncilEvaluationProcess.COUNCIL_OUTCOME.set(execution, LAPSED);
      String reason = TESTS_REQUESTED.equals(EXTRA_TESTS.get(execution))
          ? "Không có kết quả kiểm nghiệm bổ sung trong thời hạn / the extra test results did not come in time: "
              + REQUESTED_TESTS.require(execution)
          : "Hồ sơ không được bổ sung trong thời hạn / the proposal was not completed in time: "
              + RETURN_REASONS.require(execution);
      EvaluationProcess.DECISION_REASON.set(execution, reason);
    };
  }

  /** 5★ is the minister's; 3★ and 4★, also on the central council's result, the province's chairman's. */
  @Bean
  ExecutionListener prepareRecognition(EvaluationRounds rounds) {
    return execution -> RECOGNITION_GROUP.set(execution, rounds.agencyGroup(scope(
        CouncilEvaluationProcess.CERTIFYING_LEVEL.require(execution), EvaluationProcess.PROVINCE_CODE.require(execution))));
  }

  /** The number and day of the chairman's or minister's decision, or of the approval of a referral. */
  @Bean
  TaskListener recordDecision(Clock clock) {
    return task -> {
      InputCheck input = new InputCheck(task);
      String number = input.text(DECISION_NUMBER.name(), true, 100);
      LocalDate day = input.pastDay(DECISION_DATE.name(), true, LocalDate.now(clock));
      input.verify("Quyết định / Decision");
      DECISION_NUMBER.set(task, number);
      DECISION_DATE.set(task, day == null ? null : day.toString());
    };
  }

  /** The contract of both calls of ocop-level-evaluation: exactly {@link Contract}'s inputs and outputs. */
  @Bean
  CallContract levelContract() {
    return new CallContract(Contract::passIn, Contract::passBack);
  }

  static Date opening(Round round, Clock clock) {
    return Date.from(round.proposalsUntil().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }

  private static String scopeOf(VariableScope level) {
    return scope(CouncilEvaluationProcess.COUNCIL_LEVEL.require(level), EvaluationProcess.PROVINCE_CODE.require(level));
  }

  /**
   * Who works a level, and whose rounds it waits for: the province ({@code 40}) or the ministry
   * ({@code central}), the scope of the round register and of the groups it names.
   */
  static String scope(String councilLevel, String provinceCode) {
    if (CouncilEvaluationProcess.CENTRAL.equals(councilLevel)) {
      return EvaluationRounds.CENTRAL;
    }
    if (CouncilEvaluationProcess.PROVINCE.equals(councilLevel)) {
      return provinceCode;
    }
    throw new IllegalStateException("ocop-level-evaluation is called for the province or the ministry, not '"
        + councilLevel + "'");
  }
}
