package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.bool;
import static vn.ocop.workflow.vocabulary.ProcessVariable.decimal;
import static vn.ocop.workflow.vocabulary.ProcessVariable.integer;
import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The process {@code ocop-council-evaluation}: one council scores one product. */
public final class CouncilEvaluationProcess {

  public static final String KEY = "ocop-council-evaluation";

  /** Element ids of bpmn/ocop-council-evaluation.bpmn. */
  public static final class Elements {
    public static final String COUNCIL_CONVENED = "council-convened";
    public static final String CONVENE_COUNCIL = "convene-council";
    public static final String SCORE_PRODUCT = "score-product";
    public static final String CALCULATE_COUNCIL_RESULT = "calculate-council-result";
    public static final String RATE_STARS = "rate-stars";
    public static final String DECIDE_COUNCIL_OUTCOME = "decide-council-outcome";
    public static final String COUNCIL_CONCLUDED = "council-concluded";

    private Elements() {
    }
  }

  /** Decision tables the council evaluates (bpmn/*.dmn). */
  public static final String STAR_RATING_DECISION = "ocop-star-rating";
  public static final String COUNCIL_OUTCOME_DECISION = "ocop-council-outcome";

  /** Levels as the DMN and the call activities name them. */
  public static final String DISTRICT = "district";
  public static final String PROVINCE = "province";
  public static final String CENTRAL = "central";
  /** From the highest council down, the order in which a dossier's last result is found. */
  public static final List<String> LEVELS_FROM_TOP = List.of(CENTRAL, PROVINCE, DISTRICT);

  /** Values of {@link #COUNCIL_OUTCOME}, as ocop-council-outcome.dmn decides them. */
  public static final String FORWARD = "forward";
  public static final String CERTIFY = "certify";
  public static final String NOT_RECOGNISED = "not-recognised";

  // Set by the calling process for each council (see the call activities)
  public static final ProcessVariable<String> COUNCIL_LEVEL = string("councilLevel");
  public static final ProcessVariable<String> COUNCIL_GROUP = string("councilGroup");

  public static final ProcessVariable<String> COUNCIL_MEMBER = string("councilMember");
  public static final ProcessVariable<String> SCORE_COMMENT = string("scoreComment");
  public static final ProcessVariable<Double> AVERAGE_SCORE = decimal("averageScore");
  public static final ProcessVariable<Boolean> MANDATORY_MET = bool("mandatoryMet");
  public static final ProcessVariable<Integer> STARS = integer("stars");
  public static final ProcessVariable<String> COUNCIL_OUTCOME = string("councilOutcome");
  public static final ProcessVariable<Integer> CERTIFIED_STARS = integer("certifiedStars");
  public static final ProcessVariable<String> CERTIFYING_LEVEL = string("certifyingLevel");

  private static final String COUNCIL_MEMBERS = "councilMembers";
  private static final String EXCLUDED_MEMBERS = "excludedMembers";

  /**
   * What a council is called with and what it returns: the one contract of every call activity that
   * calls this process. The level and the council's group are set per call activity in the model.
   */
  public static final class Contract {

    /** The dossier's facts that a council member reads in the score form, all read-only. */
    public static final List<ProcessVariable<String>> DOSSIER_FACTS = List.of(
        EvaluationProcess.PRODUCER_NAME, EvaluationProcess.PRODUCER_KIND, EvaluationProcess.COMMUNE_NAME,
        EvaluationProcess.PROVINCE_NAME, EvaluationProcess.PRODUCT_NAME, EvaluationProcess.PRODUCT_GROUP,
        EvaluationProcess.DESCRIPTION, EvaluationProcess.BUSINESS_PLAN, EvaluationProcess.EVIDENCE_LINKS,
        EvaluationProcess.LOCAL_ORIGIN_ASSESSMENT, EvaluationProcess.LOCAL_LABOUR_ASSESSMENT,
        EvaluationProcess.IDEA_ORIGIN_ASSESSMENT, EvaluationProcess.LOCAL_IDENTITY_ASSESSMENT);

    /** Everything else the council needs: whose dossier, which procedure and criteria set, who registered it. */
    public static final List<ProcessVariable<String>> INPUTS = concat(List.of(
        EvaluationProcess.DOSSIER_CODE, EvaluationProcess.PROCEDURE, EvaluationProcess.CRITERIA_SET,
        EvaluationProcess.REGISTERING_OFFICER), DOSSIER_FACTS);

    /** Returned under their own names: the decision of the council. */
    public static final List<ProcessVariable<?>> OUTCOME = List.of(COUNCIL_OUTCOME, CERTIFIED_STARS, CERTIFYING_LEVEL);

    private Contract() {
    }

    /** Copies the inputs from the calling dossier into the council's start variables. */
    public static void passIn(VariableScope dossier, Map<String, Object> council) {
      INPUTS.forEach(input -> input.copy(dossier, council));
    }

    /** Returns the outcome, and the council's own result under its level's name (districtScore, provinceStars …). */
    public static void passBack(VariableScope council, VariableScope dossier) {
      String level = COUNCIL_LEVEL.require(council);
      OUTCOME.forEach(output -> output.copy(council, dossier));
      EvaluationProcess.scoreAt(level).set(dossier, AVERAGE_SCORE.get(council));
      EvaluationProcess.starsAt(level).set(dossier, STARS.get(council));
      EvaluationProcess.mandatoryMetAt(level).set(dossier, MANDATORY_MET.get(council));
    }

    private static List<ProcessVariable<String>> concat(List<ProcessVariable<String>> a, List<ProcessVariable<String>> b) {
      List<ProcessVariable<String>> all = new ArrayList<>(a);
      all.addAll(b);
      return List.copyOf(all);
    }
  }

  public static ProcessVariable<ScoreSheet> scoreSheetOf(String member) {
    return new ProcessVariable<>("scoreSheet_" + member, ScoreSheet.class);
  }

  public static void setCouncilMembers(VariableScope scope, List<String> members) {
    scope.setVariable(COUNCIL_MEMBERS, members);
  }

  /** Group members left out of this council, with the reason (separation of duties). */
  public static void setExcludedMembers(VariableScope scope, Map<String, String> excluded) {
    scope.setVariable(EXCLUDED_MEMBERS, excluded);
  }

  public static List<String> councilMembers(VariableScope scope) {
    Object raw = scope.getVariable(COUNCIL_MEMBERS);
    if (!(raw instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new IllegalStateException("Process variable '" + COUNCIL_MEMBERS + "' must be a list of user ids");
    }
    return list.stream().map(String.class::cast).toList();
  }

  private CouncilEvaluationProcess() {
  }
}
