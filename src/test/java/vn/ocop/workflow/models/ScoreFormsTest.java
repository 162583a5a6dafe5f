package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.vocabulary.LegalGround;
import vn.ocop.workflow.testing.ShippedCriteria;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.criteria.Level;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.Contract;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.Fact;
import vn.ocop.workflow.vocabulary.DisqualificationReason;

/** The score forms generated from the shipped criteria sets and registration form. */
class ScoreFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static CriteriaCatalogue catalogue;
  private static JsonNode registration;

  @BeforeAll
  static void readSources() throws IOException {
    catalogue = ShippedCriteria.catalogue();
    registration = RegistrationForm.withCriteriaSets(JSON.readTree(new File("forms/register-product.form")), catalogue);
  }

  @Test
  void everyCriterionIsASelectOfferingExactlyItsLevelsInItsSubSectionAndPart() throws IOException {
    for (CriteriaSet set : catalogue.sets()) {
      JsonNode form = generate(set);
      assertThat(form.path("id").asText()).isEqualTo("score-product-" + set.id());
      for (Criterion criterion : set.criteria()) {
        JsonNode part = component(form, "Group_part_" + criterion.part());
        JsonNode section = component(part, "Group_" + criterion.section());
        JsonNode select = component(section, "Field_" + criterion.code());
        assertThat(select.path("type").asText()).isEqualTo("select");
        assertThat(select.path("key").asText()).isEqualTo(criterion.code());
        assertThat(select.path("label").asText()).startsWith(criterion.label());
        assertThat(select.path("validate").path("required").asBoolean()).isTrue();
        assertThat(select.path("values").findValues("value")).extracting(JsonNode::asInt)
            .as(set.id() + " " + criterion.code()).containsExactlyElementsOf(criterion.points());
        assertThat(select.path("values").findValues("label")).extracting(JsonNode::asText)
            .containsExactlyElementsOf(criterion.levels().stream().map(Level::label).toList());
      }
      assertThat(keys(form)).as("no field but the set's criteria, requirements and the sheet's own")
          .containsExactlyInAnyOrderElementsOf(expectedKeys(set));
    }
  }

  @Test
  void theFormShowsTheMinimumLevelsAndSaysWhenSubSectionsAreScoredAsTotals() throws IOException {
    JsonNode fresh = generate(catalogue.require("fresh-produce"));
    assertThat(component(component(component(fresh, "Group_part_C"), "Group_C"), "Field_c_quality_assurance")
        .path("description").asText()).isEqualTo("Mức tối thiểu / Minimum level: 3★ ≥ 2, 4★ ≥ 3, 5★ ≥ 5");
    assertThat(component(fresh, "Text_criteria_set").path("text").asText()).doesNotContain("sub-section as a whole");
    assertThat(component(generate(catalogue.require("community-tourism")), "Text_criteria_set").path("text").asText())
        .contains("score such a sub-section as a whole");
  }

  @Test
  void everyFormShowsTheDossierFactsReadOnlyFromTheOneSharedDefinition() throws IOException {
    for (CriteriaSet set : catalogue.sets()) {
      JsonNode dossier = component(generate(set), "Group_dossier");
      List<JsonNode> shown = StreamSupport.stream(dossier.path("components").spliterator(), false).toList();
      assertThat(shown).extracting(c -> c.path("key").asText())
          .containsExactlyElementsOf(Contract.DOSSIER_FACTS.stream().map(f -> f.variable().name()).toList());
      assertThat(shown).allMatch(c -> c.path("disabled").asBoolean());
    }
    JsonNode group = component(component(generate(catalogue.require("handicrafts")), "Group_dossier"), "Shown_productGroup");
    assertThat(group.path("type").asText()).isEqualTo("select");
    assertThat(group.path("values")).isEqualTo(component(registration, "Field_productGroup").path("values"));
    assertThat(Contract.DOSSIER_FACTS).filteredOn(f -> f.shown() == Fact.Shown.PARAGRAPH_IF_GIVEN)
        .extracting(f -> f.variable().name()).contains("localOriginAssessment", "upgradeChanges", "siteVisitFindings", "testResults", "advisoryReport");
  }

  @Test
  void aMemberChoosesToScoreOrGivesALegalReasonNotTo() throws IOException {
    JsonNode form = generate(catalogue.require("fresh-produce"));
    assertThat(component(form, "Field_scoringDecision").path("values").findValues("value"))
        .extracting(JsonNode::asText).containsExactly("score", "disqualify");
    JsonNode reason = component(form, "Field_disqualificationReason");
    assertThat(reason.path("values").findValues("value")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(LegalGround.ids(DisqualificationReason.class));
    assertThat(reason.path("conditional").path("hide").asText()).isEqualTo("=scoringDecision != \"disqualify\"");
    assertThat(component(form, "Group_part_A").path("conditional").path("hide").asText())
        .isEqualTo("=scoringDecision != \"score\"");
  }

  @Test
  void theRegistrationFormOffersEveryCriteriaSetOfTheCatalogue() {
    assertThat(component(registration, "Field_criteriaSet").path("values").findValues("value"))
        .extracting(JsonNode::asText).containsExactlyElementsOf(catalogue.setIds());
  }

  @Test
  void aSetNameFromAFileIsShownAsTextNotMarkup() throws IOException {
    CriteriaSet set = catalogue.require("general");
    CriteriaSet marked = new CriteriaSet(set.id(), "<img src=x onerror=alert(1)> **bold** [link](javascript:x)",
        set.source(), set.productGroups(), set.criteria(), set.requirements());

    assertThat(component(generate(marked), "Text_criteria_set").path("text").asText())
        .doesNotContain("<img").doesNotContain("**bold**").doesNotContain("](");
  }

  private static List<String> expectedKeys(CriteriaSet set) {
    List<String> keys = new ArrayList<>(Contract.DOSSIER_FACTS.stream().map(f -> f.variable().name()).toList());
    keys.addAll(List.of("scoringDecision", "disqualificationReason", "scoreComment"));
    set.criteria().forEach(c -> keys.add(c.code()));
    set.requirements().forEach(r -> keys.add(r.code()));
    return keys;
  }

  private static JsonNode generate(CriteriaSet set) throws IOException {
    return JSON.readTree(new ScoreForms(JSON).generate(set, registration));
  }

  private static JsonNode component(JsonNode parent, String id) {
    return StreamSupport.stream(parent.path("components").spliterator(), false)
        .filter(c -> id.equals(c.path("id").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no component " + id));
  }

  private static List<String> keys(JsonNode form) {
    return RegistrationForm.components(form).stream().filter(c -> c.hasNonNull("key"))
        .map(c -> c.path("key").asText()).toList();
  }
}
