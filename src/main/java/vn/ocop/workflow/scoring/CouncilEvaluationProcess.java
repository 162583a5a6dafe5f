package vn.ocop.workflow.scoring;

import static vn.ocop.workflow.variables.ProcessVariable.bool;
import static vn.ocop.workflow.variables.ProcessVariable.decimal;
import static vn.ocop.workflow.variables.ProcessVariable.integer;
import static vn.ocop.workflow.variables.ProcessVariable.string;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.ocop.workflow.variables.ProcessVariable;

/** The process {@code ocop-council-evaluation}: one council scores one product. */
public final class CouncilEvaluationProcess {

  public static final String KEY = "ocop-council-evaluation";

  /** Element ids of bpmn/ocop-council-evaluation.bpmn. */
  public static final class Elements {
    public static final String CONVENE_COUNCIL = "convene-council";
    public static final String SCORE_PRODUCT = "score-product";
    public static final String CALCULATE_COUNCIL_RESULT = "calculate-council-result";
    public static final String RATE_STARS = "rate-stars";
    public static final String DECIDE_COUNCIL_OUTCOME = "decide-council-outcome";
    public static final String COUNCIL_CONCLUDED = "council-concluded";

    private Elements() {
    }
  }

  /** Levels as the DMN and the call activities name them. */
  public static final String DISTRICT = "district";
  public static final String PROVINCE = "province";
  public static final String CENTRAL = "central";

  public static final ProcessVariable<String> COUNCIL_LEVEL = string("councilLevel");
  public static final ProcessVariable<String> COUNCIL_GROUP = string("councilGroup");
  public static final ProcessVariable<String> COUNCIL_MEMBER = string("councilMember");
  public static final ProcessVariable<String> CRITERIA_SET = string("criteriaSet");
  public static final ProcessVariable<String> SCORE_COMMENT = string("scoreComment");
  public static final ProcessVariable<Double> AVERAGE_SCORE = decimal("averageScore");
  public static final ProcessVariable<Boolean> MANDATORY_MET = bool("mandatoryMet");
  public static final ProcessVariable<Integer> STARS = integer("stars");
  public static final ProcessVariable<String> COUNCIL_OUTCOME = string("councilOutcome");

  private static final String COUNCIL_MEMBERS = "councilMembers";
  private static final String EXCLUDED_MEMBERS = "excludedMembers";

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
