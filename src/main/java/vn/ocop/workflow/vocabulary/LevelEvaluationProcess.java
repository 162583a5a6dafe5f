package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

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

  /** The evaluation round the dossier waits for: its id in the round register (e.g. 40-2026-04-30). */
  public static final ProcessVariable<String> EVALUATION_ROUND = string("evaluationRound");
  /** The round's display name, shown in task lists and the filter per round. */
  public static final ProcessVariable<String> EVALUATION_ROUND_NAME = string("evaluationRoundName");

  private LevelEvaluationProcess() {
  }
}
