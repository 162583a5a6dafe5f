package vn.ocop.workflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.vocabulary.ScoreSheet;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.criteria.Level;
import vn.ocop.workflow.criteria.Requirement;
import vn.ocop.workflow.vocabulary.DisqualificationReason;

/** How a council's sheets combine: the average, the minimum levels and requirements, disqualification. */
class CouncilAverageTest {

  @Test
  void averagesThreeMembersToTwoDecimalsRoundingDown() {
    assertThat(CouncilAverage.of(List.of(69, 70, 70))).isEqualByComparingTo("69.66");
    assertThat(CouncilAverage.of(List.of(89, 90, 90))).isEqualByComparingTo("89.66");
    assertThat(CouncilAverage.of(List.of(49, 49, 50))).isEqualByComparingTo("49.33");
    assertThat(CouncilAverage.of(List.of(70, 71, 71))).isEqualByComparingTo("70.66");
  }

  @Test
  void roundingNeverLiftsAResultOverAThreshold() {
    // 69.666… would become 70 (4★) if rounded to whole points, and 69.67 if rounded half-up
    BigDecimal average = CouncilAverage.of(List.of(69, 70, 70));
    assertThat(average).isLessThan(new BigDecimal("70"));
    assertThat(average.scale()).isEqualTo(2);
  }

  @Test
  void exactAveragesStayExact() {
    assertThat(CouncilAverage.of(List.of(70, 70, 70))).isEqualByComparingTo("70");
    assertThat(CouncilAverage.of(List.of(100))).isEqualByComparingTo("100");
    assertThat(CouncilAverage.of(List.of(29, 31))).isEqualByComparingTo("30");
  }

  @Test
  void refusesAnEmptyCouncil() {
    assertThatThrownBy(() -> CouncilAverage.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  // A set with one criterion carrying minimum levels (3★ ≥ 2, 4★ ≥ 3, 5★ ≥ 5) and one 3★ requirement.
  private static final CriteriaSet SET = new CriteriaSet("test-set", "Test", "test", List.of(1),
      List.of(new Criterion("c_quality_assurance", "C", "Quality assurance", 5,
          List.of(new Level(0, null), new Level(1, null), new Level(2, null), new Level(3, null), new Level(5, null)),
          Map.of(3, 2, 4, 3, 5, 5), false)),
      List.of(new Requirement("m3_story", "story")));

  @Test
  void aRequirementIsMetWhenMoreThanHalfTheMembersSaySo() {
    assertThat(CouncilAverage.minimums(List.of(sheet(5, true), sheet(5, true), sheet(5, false)), SET).rankAllowed())
        .isEqualTo(5);
    assertThat(CouncilAverage.minimums(List.of(sheet(5, true), sheet(5, false), sheet(5, false)), SET).rankAllowed())
        .isEqualTo(2);
    assertThat(CouncilAverage.minimums(List.of(sheet(5, true), sheet(5, false)), SET).rankAllowed())
        .as("a tie is not a majority").isEqualTo(2);
  }

  @Test
  void aLevelBelowARanksMinimumCapsTheRankBelowIt() {
    assertThat(CouncilAverage.minimums(List.of(sheet(5, true), sheet(5, true), sheet(3, true)), SET).rankAllowed())
        .as("two of three give the 5★ minimum").isEqualTo(5);
    CouncilAverage.Minimums below5 = CouncilAverage.minimums(List.of(sheet(5, true), sheet(3, true), sheet(3, true)), SET);
    assertThat(below5.rankAllowed()).isEqualTo(4);
    assertThat(below5.unmet()).containsExactly("c_quality_assurance (Quality assurance): 5★ cần mức từ 5 / 5★ needs at least 5");
    assertThat(CouncilAverage.minimums(List.of(sheet(2, true), sheet(2, true), sheet(5, true)), SET).rankAllowed())
        .isEqualTo(3);
    CouncilAverage.Minimums below3 = CouncilAverage.minimums(List.of(sheet(1, true), sheet(1, true), sheet(5, true)), SET);
    assertThat(below3.rankAllowed()).isEqualTo(2);
    assertThat(below3.unmet()).hasSize(3);
  }

  @Test
  void aProductIsNotScoredWhenMoreThanHalfTheMembersFindALegalReason() {
    ScoreSheet forged = disqualifying("forged-dossier");
    ScoreSheet incomplete = disqualifying("dossier-incomplete");

    assertThat(CouncilAverage.disqualification(List.of(forged, incomplete, sheet(5, true))))
        .as("two reasons, one each: the one the law lists first").contains(DisqualificationReason.FORGED_DOSSIER);
    assertThat(CouncilAverage.disqualification(List.of(incomplete, incomplete, forged)))
        .contains(DisqualificationReason.DOSSIER_INCOMPLETE);
    assertThat(CouncilAverage.disqualification(List.of(forged, sheet(5, true), sheet(5, true)))).isEmpty();
    assertThat(CouncilAverage.disqualification(List.of(forged, sheet(5, true)))).as("a tie is not a majority").isEmpty();
  }

  private static ScoreSheet sheet(int qualityAssurance, boolean storyMet) {
    return new ScoreSheet("member", SET.id(), Map.of("c_quality_assurance", qualityAssurance),
        Map.of("m3_story", storyMet), qualityAssurance, null, null);
  }

  private static ScoreSheet disqualifying(String reason) {
    return new ScoreSheet("member", SET.id(), Map.of(), Map.of(), 0, null, reason);
  }
}
