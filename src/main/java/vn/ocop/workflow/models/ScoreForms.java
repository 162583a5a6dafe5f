package vn.ocop.workflow.models;

import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.DISQUALIFICATION_REASON;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.DISQUALIFY;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORE;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORE_COMMENT;
import static vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.SCORING_DECISION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.criteria.Level;
import vn.ocop.workflow.criteria.Requirement;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.Contract;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.Fact;
import vn.ocop.workflow.vocabulary.DisqualificationReason;

/**
 * Generates the Camunda Form of each criteria set, so no score form is kept by hand: the dossier's facts
 * (one shared definition, {@link Contract#DOSSIER_FACTS}), the choice to score or not to score the
 * product, one select per criterion offering exactly its levels, grouped by part and sub-section, the 3★
 * requirements and a comment. Choices shown as facts (kind of producer, product group) take their labels
 * from the registration form, where they are entered.
 */
public final class ScoreForms {

  public static final String FORM_PREFIX = "score-product-";

  static final Map<String, String> PARTS = Map.of(
      "A", "Phần A: Sản phẩm và sức mạnh cộng đồng / Part A: Product and community strength",
      "B", "Phần B: Khả năng tiếp thị / Part B: Marketing",
      "C", "Phần C: Chất lượng sản phẩm / Part C: Product quality");
  static final Map<String, String> SECTIONS = Map.of(
      "A1", "A1. Tổ chức sản xuất / Production organisation",
      "A2", "A2. Phát triển sản phẩm / Product development",
      "A3", "A3. Sức mạnh cộng đồng / Community strength",
      "B4", "B4. Tiếp thị / Marketing",
      "B5", "B5. Câu chuyện sản phẩm / Product story",
      "C", "C. Chất lượng sản phẩm, dịch vụ / Product or service quality");
  private static final String HIDDEN_UNLESS_SCORED = "=" + SCORING_DECISION.name() + " != \"" + SCORE + "\"";

  private final ObjectMapper json;

  public ScoreForms(ObjectMapper json) {
    this.json = json;
  }

  public static String formId(String setId) {
    return FORM_PREFIX + setId;
  }

  /** The score form of a set, as Camunda Form JSON; choices come from the registration form. */
  public String generate(CriteriaSet set, JsonNode registrationForm) {
    ObjectNode form = json.createObjectNode();
    form.put("schemaVersion", 12);
    form.put("executionPlatform", "Camunda Platform");
    form.put("executionPlatformVersion", "7.24.0");
    form.put("type", "default");
    form.put("id", formId(set.id()));
    ArrayNode components = form.putArray("components");
    components.add(dossier(registrationForm));
    components.add(text("Text_criteria_set", "**Bộ tiêu chí / Criteria set:** " + plain(set.name()) + "  \n"
        + "*Nguồn / Source:* " + plain(set.source())
        + (set.hasSectionTotals() ? "  \n*Một số mục chỉ có tổng điểm của mục: chấm cả mục bằng một điểm. / Some"
            + " sub-sections are known only by their total: score such a sub-section as a whole.*" : "")));
    components.add(choice("radio", "Field_" + SCORING_DECISION.name(), SCORING_DECISION.name(),
        "Chấm điểm hay loại sản phẩm? / Score the product, or find it not to be scored?",
        List.of(option("Chấm điểm / Score", SCORE),
            option("Không chấm điểm: sản phẩm bị loại / Do not score: the product is disqualified", DISQUALIFY))));
    ObjectNode reason = choice("select", "Field_" + DISQUALIFICATION_REASON.name(), DISQUALIFICATION_REASON.name(),
        "Lý do không chấm điểm / Why the product is not scored",
        java.util.Arrays.stream(DisqualificationReason.values()).map(r -> option(r.label(), r.id())).toList());
    reason.putObject("conditional").put("hide", "=" + SCORING_DECISION.name() + " != \"" + DISQUALIFY + "\"");
    components.add(reason);
    for (String part : List.of("A", "B", "C")) {
      components.add(part(set, part));
      components.add(total("Text_total_" + part, "Tổng phần " + part + " / Part " + part + " total",
          set.criteria().stream().filter(c -> c.part().equals(part)).toList(), CriteriaSet.PART_MAXIMA.get(part)));
    }
    components.add(total("Text_total", "Tổng điểm / Total", set.criteria(), 100));
    if (!set.requirements().isEmpty()) {
      ObjectNode requirements = group("Group_requirements", "Yêu cầu tối thiểu để đạt 3★ / Requirements for 3★");
      requirements.putObject("conditional").put("hide", HIDDEN_UNLESS_SCORED);
      set.requirements().forEach(r -> requirements.withArray("components").add(requirement(r)));
      components.add(requirements);
    }
    ObjectNode comment = field("textarea", "Field_" + SCORE_COMMENT.name(), SCORE_COMMENT.name(),
        "Nhận xét / Comment");
    comment.putObject("validate").put("maxLength", 2000);
    components.add(comment);
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(form);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the score form of " + set.id(), e);
    }
  }

  private ObjectNode dossier(JsonNode registrationForm) {
    ObjectNode group = group("Group_dossier", "Hồ sơ / Dossier");
    for (Fact fact : Contract.DOSSIER_FACTS) {
      String key = fact.variable().name();
      ObjectNode shown = switch (fact.shown()) {
        case TEXT -> field("textfield", "Shown_" + key, key, fact.label());
        case PARAGRAPH, PARAGRAPH_IF_GIVEN -> field("textarea", "Shown_" + key, key, fact.label());
        case CHOICE -> {
          ObjectNode select = field("select", "Shown_" + key, key, fact.label());
          select.set("values", valuesOf(registrationForm, key));
          yield select;
        }
      };
      shown.put("disabled", true);
      if (fact.shown() == Fact.Shown.PARAGRAPH_IF_GIVEN) {
        shown.putObject("conditional").put("hide", "=" + key + " = null");
      }
      group.withArray("components").add(shown);
    }
    return group;
  }

  private ObjectNode part(CriteriaSet set, String part) {
    ObjectNode group = group("Group_part_" + part, PARTS.get(part) + " (" + CriteriaSet.PART_MAXIMA.get(part) + ")");
    group.putObject("conditional").put("hide", HIDDEN_UNLESS_SCORED);
    Map<String, List<Criterion>> bySection = set.criteria().stream().filter(c -> c.part().equals(part))
        .collect(Collectors.groupingBy(Criterion::section, java.util.TreeMap::new, Collectors.toList()));
    bySection.forEach((section, criteria) -> {
      int max = criteria.stream().mapToInt(Criterion::max).sum();
      ObjectNode sectionGroup = group("Group_" + section, SECTIONS.get(section) + " (" + max + ")");
      criteria.forEach(c -> sectionGroup.withArray("components").add(criterion(c)));
      group.withArray("components").add(sectionGroup);
    });
    return group;
  }

  /**
   * The running sum of the levels chosen so far, so nobody adds up a sub-section in their head. The
   * expression reads only the form's own score fields (numbers from its lists), never dossier data.
   */
  private ObjectNode total(String id, String label, List<Criterion> criteria, int max) {
    String levels = criteria.stream().map(Criterion::code).collect(Collectors.joining(", "));
    ObjectNode text = text(id, "=\"" + label + ": **\" + string(sum([0, " + levels + "][item != null])) + \"** / " + max + "\"");
    text.putObject("conditional").put("hide", HIDDEN_UNLESS_SCORED);
    return text;
  }

  private ObjectNode criterion(Criterion criterion) {
    ObjectNode select = choice("select", "Field_" + criterion.code(), criterion.code(),
        criterion.label() + " (tối đa / max " + criterion.max() + ")",
        criterion.levels().stream().map(this::option).toList());
    String minimums = criterion.starMinimums().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "★ ≥ " + e.getValue()).collect(Collectors.joining(", "));
    if (!minimums.isEmpty()) {
      select.put("description", "Mức tối thiểu / Minimum level: " + minimums);
    }
    return select;
  }

  private ObjectNode requirement(Requirement requirement) {
    return field("checkbox", "Field_" + requirement.code(), requirement.code(), requirement.label());
  }

  private ArrayNode valuesOf(JsonNode registrationForm, String key) {
    for (JsonNode component : RegistrationForm.components(registrationForm)) {
      if (key.equals(component.path("key").asText()) && component.path("values").isArray()) {
        return (ArrayNode) component.path("values").deepCopy();
      }
    }
    throw new IllegalStateException("The registration form has no choices for '" + key + "' to show in score forms");
  }

  private ObjectNode choice(String type, String id, String key, String label, List<ObjectNode> values) {
    ObjectNode choice = field(type, id, key, label);
    choice.putArray("values").addAll(values);
    choice.putObject("validate").put("required", true);
    return choice;
  }

  /** A level is offered as a number, so the engine records the points as Tasklist sends them. */
  private ObjectNode option(Level level) {
    return option(level.label(), level.points());
  }

  private ObjectNode option(String label, Object value) {
    ObjectNode option = json.createObjectNode();
    option.put("label", label);
    option.set("value", json.valueToTree(value));
    return option;
  }

  private ObjectNode field(String type, String id, String key, String label) {
    return component(type, id).put("key", key).put("label", label);
  }

  private ObjectNode group(String id, String label) {
    ObjectNode group = component("group", id).put("label", label).put("showOutline", true);
    group.putArray("components");
    return group;
  }

  private ObjectNode text(String id, String markdown) {
    return component("text", id).put("text", markdown);
  }

  private ObjectNode component(String type, String id) {
    return json.createObjectNode().put("type", type).put("id", id);
  }

  /** A set's name and source come from a file an administrator imports: shown as text, never as markup. */
  private static String plain(String text) {
    return text.replaceAll("[\\\\`*_{}\\[\\]<>#|~]", " ").replaceAll("\\s+", " ").trim();
  }
}
