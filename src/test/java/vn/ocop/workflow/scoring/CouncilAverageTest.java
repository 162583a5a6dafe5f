package vn.ocop.workflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.vocabulary.ScoreSheet;
import vn.ocop.workflow.criteria.MandatoryCriterion;

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

  @Test
  void aMandatoryCriterionIsMetWhenMoreThanHalfTheMembersSaySo() {
    List<MandatoryCriterion> mandatory = List.of(new MandatoryCriterion("m3_story", "story"));
    ScoreSheet yes = sheet(true);
    ScoreSheet no = sheet(false);

    assertThat(CouncilAverage.allMandatoryMet(List.of(yes, yes, no), mandatory)).isTrue();
    assertThat(CouncilAverage.allMandatoryMet(List.of(yes, no, no), mandatory)).isFalse();
    assertThat(CouncilAverage.allMandatoryMet(List.of(yes, no), mandatory)).as("a tie is not a majority").isFalse();
    assertThat(CouncilAverage.allMandatoryMet(List.of(no, no), List.of())).as("nothing mandatory").isTrue();
  }

  private static ScoreSheet sheet(boolean storyMet) {
    return new ScoreSheet("member", "fresh-produce", Map.of(), Map.of("m3_story", storyMet), 0, null);
  }
}
