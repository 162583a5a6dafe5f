package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@code ocop-level-evaluation}: one level (province or ministry) of Decision 26/2026 — the
 * agency's completeness check, the advisory group's site visit, the evaluation round, the council and the
 * chairman's or minister's decision.
 */
public final class LevelEvaluationProcess {

  public static final String KEY = "ocop-level-evaluation";

  /** Element ids of bpmn/ocop-level-evaluation.bpmn. */
  public static final class Elements {
    public static final String PROPOSAL_RECEIVED = "proposal-received";
    public static final String PROPOSAL_TO_CHECK = "proposal-to-check";
    public static final String CHECK_COMPLETENESS = "check-completeness";
    public static final String COMPLETENESS = "completeness";
    public static final String COMPLETE_DOSSIER = "complete-dossier";
    public static final String COMPLETION_DEADLINE_PASSED = "completion-deadline-passed";
    public static final String ASSIGN_ROUND = "assign-round";
    public static final String VISIT_PRODUCTION_SITE = "visit-production-site";
    public static final String EXTRA_TESTS = "extra-tests";
    public static final String RECORD_TEST_RESULTS = "record-test-results";
    public static final String TEST_RESULTS_OVERDUE = "test-results-overdue";
    public static final String REPORT_READY = "report-ready";
    public static final String ROUND_OPENS = "round-opens";
    public static final String SCORE_AT_COUNCIL = "score-at-council";
    public static final String COUNCIL_PROPOSAL = "council-proposal";
    public static final String DECIDE_RECOGNITION = "decide-recognition";
    public static final String APPROVE_REFERRAL = "approve-referral";
    public static final String PROPOSAL_LAPSES = "proposal-lapses";
    public static final String PROPOSAL_LAPSED = "proposal-lapsed";
    public static final String RECOGNISED = "recognised";
    public static final String REFERRED = "referred";
    public static final String NOT_PROPOSED = "not-proposed";

    private Elements() {
    }
  }

  /** Set at the start: who works this level's steps (councilLevel and councilGroup as for a council). */
  public static final ProcessVariable<String> AGENCY_GROUP = string("agencyGroup");
  public static final ProcessVariable<String> ADVISORY_GROUP = string("advisoryGroup");
  /** The day the proposal was made or last completed: it decides the evaluation round. */
  public static final DayVariable PROPOSED_ON = new DayVariable("proposedOn");

  // The agency's completeness check, and the commune's completion
  public static final ProcessVariable<String> COMPLETENESS_DECISION = string("completenessDecision");
  /** Values of {@link #COMPLETENESS_DECISION}. */
  public static final String COMPLETE = "complete";
  public static final String RETURN = "return";
  public static final ProcessVariable<String> RETURN_REASONS = string("returnReasons");
  public static final ProcessVariable<String> COMPLETION_NOTE = string("completionNote");

  /** The evaluation round the dossier waits for: its id in the round register (e.g. 40-2026-04-30). */
  public static final ProcessVariable<String> EVALUATION_ROUND = string("evaluationRound");
  /** The round's display name, shown in task lists and the filter per round. */
  public static final ProcessVariable<String> EVALUATION_ROUND_NAME = string("evaluationRoundName");
  /** The moment the round opens for the council (the start of the day after its last day for proposals). */
  public static final ProcessVariable<Date> ROUND_OPENS_AT = new ProcessVariable<>("roundOpensAt", Date.class);

  // The advisory group's site visit and report, read by the council members in their score forms
  public static final ProcessVariable<String> SITE_VISIT_ON = string("siteVisitOn");
  public static final ProcessVariable<String> SITE_VISIT_FINDINGS = string("siteVisitFindings");
  public static final ProcessVariable<String> SITE_VISIT_EVIDENCE = string("siteVisitEvidence");
  public static final ProcessVariable<String> EXTRA_TESTS = string("extraTests");
  /** Values of {@link #EXTRA_TESTS}. */
  public static final String TESTS_REQUESTED = "requested";
  public static final String NO_TESTS = "none";
  public static final ProcessVariable<String> REQUESTED_TESTS = string("requestedTests");
  public static final ProcessVariable<String> TEST_RESULTS = string("testResults");
  public static final ProcessVariable<String> TEST_EVIDENCE = string("testEvidence");
  public static final ProcessVariable<String> ADVISORY_REPORT = string("advisoryReport");

  // The chairman's or minister's decision, recorded by the agency
  public static final ProcessVariable<String> RECOGNITION_GROUP = string("recognitionGroup");
  public static final ProcessVariable<String> DECISION_NUMBER = string("decisionNumber");
  public static final ProcessVariable<String> DECISION_DATE = string("decisionDate");

  /** A value of councilOutcome that no council gives: the proposal lapsed before the council. */
  public static final String LAPSED = "lapsed";

  /**
   * What a level is called with and what it returns, for both calls of the evaluation. The level
   * (councilLevel) is set per call activity in the model.
   */
  public static final class Contract {

    /** The council's inputs, and what the level's own steps need: the province, the commune, the producer. */
    public static final List<ProcessVariable<String>> INPUTS = ProcessVariable.concat(CouncilEvaluationProcess.Contract.INPUTS,
        List.of(EvaluationProcess.PROVINCE_CODE, EvaluationProcess.COMMUNE_GROUP, EvaluationProcess.PRODUCER_EMAIL,
            EvaluationProcess.PRODUCER_ACCOUNT));

    /** Returned under their own names: what the level decided, the decision's reference, why it lapsed. */
    public static final List<ProcessVariable<String>> DECISION = List.of(DECISION_NUMBER, DECISION_DATE,
        EvaluationProcess.DECISION_REASON);

    private Contract() {
    }

    public static void passIn(VariableScope dossier, Map<String, Object> level) {
      INPUTS.forEach(input -> input.copy(dossier, level));
    }

    /** The council's outcome and result under the level's name, as a council returns them, and the decision. */
    public static void passBack(VariableScope level, VariableScope dossier) {
      String councilLevel = CouncilEvaluationProcess.COUNCIL_LEVEL.require(level);
      CouncilEvaluationProcess.Contract.OUTCOME.forEach(output -> output.copy(level, dossier));
      List.of(EvaluationProcess.scoreAt(councilLevel), EvaluationProcess.starsAt(councilLevel),
          EvaluationProcess.rankAllowedAt(councilLevel), EvaluationProcess.unmetMinimumsAt(councilLevel))
          .forEach(result -> result.copy(level, dossier));
      DECISION.forEach(output -> output.copy(level, dossier));
    }
  }

  private LevelEvaluationProcess() {
  }
}
