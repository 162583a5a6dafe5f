package vn.ocop.workflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testing.ShippedCriteria;

/** The criteria sets as shipped in src/main/resources/criteria, read as the application reads them. */
class CriteriaCatalogueTest {

  private static CriteriaCatalogue catalogue;

  @BeforeAll
  static void readShippedSets() throws IOException {
    catalogue = ShippedCriteria.catalogue();
  }

  @Test
  void everySetScoresAFortyBTwentyFiveCThirtyFive() {
    assertThat(catalogue.setIds()).containsExactlyInAnyOrder(
        "fresh-produce", "rice-cereal-products", "handicrafts", "community-tourism", "general");
    for (CriteriaSet set : catalogue.sets()) {
      assertThat(set.maxOfPart("A")).as(set.id() + " part A").isEqualTo(40);
      assertThat(set.maxOfPart("B")).as(set.id() + " part B").isEqualTo(25);
      assertThat(set.maxOfPart("C")).as(set.id() + " part C").isEqualTo(35);
    }
  }

  @Test
  void everyProductGroupHasACriteriaSet() {
    for (int group = 1; group <= 6; group++) {
      int g = group;
      assertThat(catalogue.sets()).as("product group " + group).anyMatch(s -> s.productGroups().contains(g));
    }
  }

  @Test
  void theLevelsAreTheOnesTheSourceAllows() {
    CriteriaSet fresh = catalogue.require("fresh-produce");
    assertThat(criterion(fresh, "a1_origin").points()).containsExactly(1, 3, 5);
    assertThat(criterion(fresh, "a3_local_labour").points()).containsExactly(0, 1, 3);
    assertThat(criterion(fresh, "a3_local_labour").levels().get(1).description()).contains("50–75%");
    assertThat(criterion(fresh, "b5_identity").points()).containsExactly(0, 1, 3, 5);
    assertThat(criterion(fresh, "c_smell_taste").points()).as("no levels in the source: every whole number")
        .containsExactly(0, 1, 2, 3);
    assertThat(criterion(catalogue.require("rice-cereal-products"), "a3_local_labour").points()).containsExactly(1, 2, 3);
  }

  @Test
  void theStarMinimumsAreTheOnesTheSourceMarks() {
    CriteriaSet fresh = catalogue.require("fresh-produce");
    Criterion assurance = criterion(fresh, "c_quality_assurance");
    assertThat(assurance.minimumFor(3)).contains(2);
    assertThat(assurance.minimumFor(4)).contains(3);
    assertThat(assurance.minimumFor(5)).contains(5);
    assertThat(criterion(fresh, "b5_identity").minimumFor(3)).contains(3);
    assertThat(criterion(fresh, "b5_identity").minimumFor(4)).contains(5);
    assertThat(criterion(fresh, "a1_capacity").minimumFor(3)).isEmpty();
    assertThat(criterion(fresh, "a1_capacity").minimumFor(4)).contains(2);
  }

  @Test
  void setsKnownOnlyBySubSectionTotalsSaySo() {
    assertThat(catalogue.require("community-tourism").criteria()).allMatch(Criterion::sectionTotal);
    assertThat(catalogue.require("general").criteria()).allMatch(Criterion::sectionTotal);
    CriteriaSet handicrafts = catalogue.require("handicrafts");
    assertThat(handicrafts.criteria()).filteredOn(Criterion::sectionTotal).extracting(Criterion::section)
        .containsExactly("A1", "A2");
    assertThat(handicrafts.criteria()).filteredOn(c -> c.part().equals("C")).hasSize(8).noneMatch(Criterion::sectionTotal);
    assertThat(catalogue.require("fresh-produce").hasSectionTotals()).isFalse();
  }

  @Test
  void theCriterionLevelSetsCarryTheirThreeStarRequirements() {
    assertThat(catalogue.require("fresh-produce").requirements()).hasSize(3);
    assertThat(catalogue.require("rice-cereal-products").requirements()).hasSize(8);
  }

  @Test
  void aSetWrittenOutReadsBackTheSame() {
    for (CriteriaSet set : catalogue.sets()) {
      byte[] written = CriteriaSetWriter.write(set);
      assertThat(CriteriaSetFile.read(set.id() + ".csv", new java.io.ByteArrayInputStream(written)))
          .containsExactly(set);
    }
  }

  private static Criterion criterion(CriteriaSet set, String code) {
    return set.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }
}
