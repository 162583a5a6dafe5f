package vn.ocop.workflow.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
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
    JsonNode filled = form.deepCopy();
    ObjectNode select = components(filled).stream()
        .filter(c -> EvaluationProcess.CRITERIA_SET.name().equals(c.path("key").asText()))
        .map(ObjectNode.class::cast).findFirst()
        .orElseThrow(() -> new IllegalStateException(
            FORM_ID + ".form has no field '" + EvaluationProcess.CRITERIA_SET.name() + "' to choose the criteria set"));
    ArrayNode values = select.putArray("values");
    catalogue.sets().forEach(set -> values.addObject().put("label", set.name()).put("value", set.id()));
    return filled;
  }
}
