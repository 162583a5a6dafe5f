package vn.ocop.workflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The catalogue as shipped, and the score forms in forms/ that must ask for exactly its criteria. */
class CriteriaCatalogueTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CriteriaCatalogue catalogue =
      new CriteriaCatalogue(new ClassPathResource("scoring/criteria-catalogue.json"), JSON);

  @Test
  void everySetScoresAFortyBTwentyFiveCThirtyFive() {
    assertThat(catalogue.setIds()).containsExactly(
        "fresh-produce", "rice-cereal-products", "handicrafts", "community-tourism", "general");
    for (String id : catalogue.setIds()) {
      CriteriaSet set = catalogue.require(id);
      assertThat(set.maxOfPart("A")).as(id + " part A").isEqualTo(40);
      assertThat(set.maxOfPart("B")).as(id + " part B").isEqualTo(25);
      assertThat(set.maxOfPart("C")).as(id + " part C").isEqualTo(35);
    }
  }

  @Test
  void everyProductGroupHasACriteriaSet() {
    for (int group = 1; group <= 6; group++) {
      int g = group;
      assertThat(catalogue.setIds().stream().map(catalogue::require).anyMatch(s -> s.productGroups().contains(g)))
          .as("product group " + group).isTrue();
    }
  }

  @Test
  void theCriterionLevelSetsCarryTheirMandatoryThreeStarCriteria() {
    assertThat(catalogue.require("fresh-produce").mandatory()).hasSize(3);
    assertThat(catalogue.require("rice-cereal-products").mandatory()).hasSize(8);
  }

  @Test
  void eachScoreFormAsksForExactlyTheCriteriaOfItsSetWithTheirMaxima() throws IOException {
    for (String id : catalogue.setIds()) {
      CriteriaSet set = catalogue.require(id);
      JsonNode form = JSON.readTree(new File("forms/score-product-" + id + ".form"));
      assertThat(form.path("id").asText()).isEqualTo("score-product-" + id);

      Map<String, Integer> numberFields = new LinkedHashMap<>();
      List<String> checkboxes = new ArrayList<>();
      collect(form.path("components"), numberFields, checkboxes);
      Map<String, Integer> expected = new LinkedHashMap<>();
      set.criteria().forEach(c -> expected.put(c.code(), c.max()));

      assertThat(numberFields).as("number fields of " + id).containsExactlyEntriesOf(expected);
      assertThat(checkboxes).as("mandatory checkboxes of " + id)
          .containsExactlyElementsOf(set.mandatory().stream().map(MandatoryCriterion::code).toList());
    }
  }

  @Test
  void aCatalogueThatDoesNotAddUpStopsStartUpNamingTheSet() {
    String broken = """
        {"sets": [{"id": "broken-set", "name": "x", "source": "x", "productGroups": [1],
          "criteria": [{"code": "a1_x", "section": "A1", "label": "x", "max": 39},
                       {"code": "b4_x", "section": "B4", "label": "x", "max": 25},
                       {"code": "c_x", "section": "C", "label": "x", "max": 35}]}]}""";

    assertThatThrownBy(() -> new CriteriaCatalogue(new ByteArrayResource(broken.getBytes()), JSON))
        .hasMessageContaining("broken-set: part A totals 39, expected 40");
  }

  private static void collect(JsonNode components, Map<String, Integer> numbers, List<String> checkboxes) {
    for (JsonNode component : components) {
      switch (component.path("type").asText()) {
        case "number" -> {
          numbers.put(component.path("key").asText(), component.path("validate").path("max").asInt());
          assertThat(component.path("validate").path("required").asBoolean()).as(component.path("key") + " required").isTrue();
          assertThat(component.path("validate").path("min").asInt(-1)).as(component.path("key") + " min").isZero();
        }
        case "checkbox" -> checkboxes.add(component.path("key").asText());
        case "group" -> collect(component.path("components"), numbers, checkboxes);
        default -> { }
      }
    }
  }
}
