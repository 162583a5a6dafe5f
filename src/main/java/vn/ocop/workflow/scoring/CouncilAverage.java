package vn.ocop.workflow.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import vn.ocop.workflow.vocabulary.ScoreSheet;
import vn.ocop.workflow.criteria.MandatoryCriterion;

/**
 * The council result is the average of its members' totals. It is kept to two decimals, rounded
 * down: a product then never reaches a star or forwarding threshold that the exact average misses
 * (69.67 stays below 70, where rounding to whole points would lift it to 4★).
 */
public final class CouncilAverage {

  private CouncilAverage() {
  }

  public static BigDecimal of(Collection<Integer> totals) {
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("A council result needs at least one score sheet");
    }
    int sum = totals.stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.DOWN);
  }

  /** A mandatory criterion counts as met when more than half of the members record it met. */
  public static boolean allMandatoryMet(List<ScoreSheet> sheets, List<MandatoryCriterion> mandatory) {
    return mandatory.stream().allMatch(m -> {
      long met = sheets.stream().filter(s -> Boolean.TRUE.equals(s.mandatoryMet().get(m.code()))).count();
      return met * 2 > sheets.size();
    });
  }
}
