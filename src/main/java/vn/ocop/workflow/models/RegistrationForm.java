package vn.ocop.workflow.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * The registration form (forms/register-product.form) as deployed: its criteria-set choice is filled
 * from the catalogue of the same deployment, so a set added by an administrator can be chosen at once
 * and the form never lists a set the catalogue lacks.
 */
final class RegistrationForm {

  static final String FORM_ID = "register-product";

  private RegistrationForm() {
  }

  /** Every component of a form, groups included, depth first. */
  static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      all.add(component);
      all.addAll(components(component));
    }
    return all;
  }

  /** The form with one option per criteria set of the catalogue in its criteria-set select. */
  static JsonNode withCriteriaSets(JsonNode form, CriteriaCatalogue catalogue) {
    Map<String, String> sets = new LinkedHashMap<>();
    catalogue.sets().forEach(set -> sets.put(set.id(), set.name()));
    return withChoices(form, FORM_ID, EvaluationProcess.CRITERIA_SET.name(), sets);
  }

  /**
   * The form with exactly these options (value → label) in the choice field {@code key}: a list the
   * code owns (criteria sets, legal grounds) is never kept by hand in a form as a second copy.
   */
  static JsonNode withChoices(JsonNode form, String formId, String key, Map<String, String> options) {
    JsonNode filled = form.deepCopy();
    ObjectNode select = components(filled).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .map(ObjectNode.class::cast).findFirst()
        .orElseThrow(() -> new IllegalStateException(formId + ".form has no field '" + key + "' to fill"));
    ArrayNode values = select.putArray("values");
    options.forEach((value, label) -> values.addObject().put("label", label).put("value", value));
    return filled;
  }
}
