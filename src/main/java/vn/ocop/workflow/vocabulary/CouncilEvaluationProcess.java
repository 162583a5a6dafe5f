package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.bool;
import static vn.ocop.workflow.vocabulary.ProcessVariable.decimal;
import static vn.ocop.workflow.vocabulary.ProcessVariable.integer;
import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

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
    public static final String PRODUCT_SCORED = "product-scored";
    public static final String RATE_STARS = "rate-stars";
    public static final String DECIDE_COUNCIL_OUTCOME = "decide-council-outcome";
    public static final String COUNCIL_CONCLUDED = "council-concluded";
    public static final String RESULT_READY = "result-ready";

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

  // A member's score form, besides one field per criterion and 3★ requirement of the criteria set
  public static final ProcessVariable<String> SCORING_DECISION = string("scoringDecision");
  /** Values of {@link #SCORING_DECISION}: score the product, or find that it is not to be scored. */
  public static final String SCORE = "score";
  public static final String DISQUALIFY = "disqualify";
  public static final ProcessVariable<String> DISQUALIFICATION_REASON = string("disqualificationReason");
  public static final ProcessVariable<String> SCORE_COMMENT = string("scoreComment");

  // The council's result
  public static final ProcessVariable<Boolean> DISQUALIFIED = bool("disqualified");
  public static final ProcessVariable<Double> AVERAGE_SCORE = decimal("averageScore");
  /** The highest rank the minimum levels and 3★ requirements allow (2 to 5), whatever the points. */
  public static final ProcessVariable<Integer> RANK_ALLOWED = integer("rankAllowed");
  /** The minimum levels and requirements the council found unmet, one per line. */
  public static final ProcessVariable<String> UNMET_MINIMUMS = string("unmetMinimums");
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

    /** The dossier's facts that a council member reads, read-only, at the top of every score form. */
    public static final List<Fact> DOSSIER_FACTS = List.of(
        new Fact(EvaluationProcess.DOSSIER_CODE, "Mã hồ sơ / Dossier code", Fact.Shown.TEXT),
        new Fact(EvaluationProcess.PRODUCER_NAME, "Tên chủ thể / Producer", Fact.Shown.TEXT),
        new Fact(EvaluationProcess.PRODUCER_KIND, "Loại hình chủ thể / Kind of producer", Fact.Shown.CHOICE),
        new Fact(EvaluationProcess.COMMUNE_NAME, "Xã / Commune", Fact.Shown.TEXT),
        new Fact(EvaluationProcess.PROVINCE_NAME, "Tỉnh / Province", Fact.Shown.TEXT),
        new Fact(EvaluationProcess.PRODUCT_NAME, "Tên sản phẩm / Product", Fact.Shown.TEXT),
        new Fact(EvaluationProcess.PRODUCT_GROUP, "Nhóm sản phẩm / Product group", Fact.Shown.CHOICE),
        new Fact(EvaluationProcess.DESCRIPTION, "Mô tả sản phẩm / Product description", Fact.Shown.PARAGRAPH),
        new Fact(EvaluationProcess.BUSINESS_PLAN,
            "Tóm tắt phương án sản xuất kinh doanh / Production and business plan summary", Fact.Shown.PARAGRAPH),
        new Fact(EvaluationProcess.EVIDENCE_LINKS, "Liên kết hồ sơ minh chứng / Evidence links", Fact.Shown.PARAGRAPH),
        new Fact(EvaluationProcess.LOCAL_ORIGIN_ASSESSMENT, "Báo cáo của xã: nguồn gốc sản phẩm và nguyên liệu"
            + " / Commune report: local origin of product and raw materials", Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(EvaluationProcess.LOCAL_LABOUR_ASSESSMENT, "Báo cáo của xã: lao động địa phương"
            + " / Commune report: local labour", Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(EvaluationProcess.IDEA_ORIGIN_ASSESSMENT, "Báo cáo của xã: nguồn gốc ý tưởng"
            + " / Commune report: origin of the idea", Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(EvaluationProcess.LOCAL_IDENTITY_ASSESSMENT, "Báo cáo của xã: bản sắc, tri thức địa phương"
            + " / Commune report: local identity and knowledge", Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(EvaluationProcess.UPGRADE_CHANGES, "Nâng hạng: những gì đã thay đổi / Upgrade: what changed",
            Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(LevelEvaluationProcess.SITE_VISIT_ON, "Tổ tư vấn: ngày khảo sát thực tế / Advisory group: site visit on",
            Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(LevelEvaluationProcess.SITE_VISIT_FINDINGS, "Tổ tư vấn: kết quả khảo sát / Advisory group: site visit findings",
            Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(LevelEvaluationProcess.SITE_VISIT_EVIDENCE, "Tổ tư vấn: ảnh, minh chứng khảo sát / Advisory group: site visit photos and evidence",
            Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(LevelEvaluationProcess.TEST_RESULTS, "Tổ tư vấn: kết quả kiểm nghiệm bổ sung / Advisory group: extra test results",
            Fact.Shown.PARAGRAPH_IF_GIVEN),
        new Fact(LevelEvaluationProcess.ADVISORY_REPORT, "Báo cáo của tổ tư vấn / Advisory group's report",
            Fact.Shown.PARAGRAPH_IF_GIVEN));

    /** Everything else the council needs: which procedure and criteria set, who registered the dossier. */
    public static final List<ProcessVariable<String>> INPUTS = ProcessVariable.concat(List.of(
        EvaluationProcess.PROCEDURE, EvaluationProcess.CRITERIA_SET, EvaluationProcess.REGISTERING_OFFICER,
        LevelEvaluationProcess.EVALUATION_ROUND, LevelEvaluationProcess.EVALUATION_ROUND_NAME),
        DOSSIER_FACTS.stream().map(Fact::variable).toList());

    /** Returned under their own names: the decision of the council. */
    public static final List<ProcessVariable<?>> OUTCOME = List.of(COUNCIL_OUTCOME, CERTIFIED_STARS, CERTIFYING_LEVEL,
        DISQUALIFICATION_REASON);

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
      EvaluationProcess.rankAllowedAt(level).set(dossier, RANK_ALLOWED.get(council));
      EvaluationProcess.unmetMinimumsAt(level).set(dossier, UNMET_MINIMUMS.get(council));
    }
  }

  /** A dossier fact shown in the score form: as a line, a paragraph, a paragraph only when given, or a choice's label. */
  public record Fact(ProcessVariable<String> variable, String label, Shown shown) {
    public enum Shown { TEXT, PARAGRAPH, PARAGRAPH_IF_GIVEN, CHOICE }
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
