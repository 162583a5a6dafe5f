package vn.ocop.workflow.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.ocop.workflow.vocabulary.LegalGround;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.criteria.Requirement;
import vn.ocop.workflow.vocabulary.DisqualificationReason;
import vn.ocop.workflow.vocabulary.ScoreSheet;

/**
 * How a council's sheets combine. The result is the average of the scoring members' totals, kept to two
 * decimals and rounded down: a product then never reaches a star or forwarding threshold that the exact
 * average misses (69.67 stays below 70, where rounding to whole points would lift it to 4★). Everything
 * else is decided by more than half of the members: a minimum level or 3★ requirement is met, or the
 * product is not scored at all.
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

  /** The legal reason, when more than half of the members found the product not to be scored. */
  public static Optional<DisqualificationReason> disqualification(List<ScoreSheet> sheets) {
    List<DisqualificationReason> reasons = sheets.stream().filter(ScoreSheet::disqualifies)
        .map(s -> LegalGround.fromId(DisqualificationReason.class, s.disqualificationReason())).toList();
    if (reasons.size() * 2 <= sheets.size()) {
      return Optional.empty();
    }
    // The reason most members gave; on a tie, the one the law lists first.
    return reasons.stream().distinct()
        .max(Comparator.comparingLong((DisqualificationReason r) -> reasons.stream().filter(r::equals).count())
            .thenComparing(Comparator.reverseOrder()));
  }

  /**
   * The highest rank the minimum levels and 3★ requirements allow the scoring members' sheets: a
   * criterion below its 4★ minimum caps the rank at 3★, a requirement not met at 2★. Lists what is unmet.
   */
  public static Minimums minimums(List<ScoreSheet> sheets, CriteriaSet set) {
    int rankAllowed = 5;
    List<String> unmet = new ArrayList<>();
    for (Criterion criterion : set.criteria()) {
      for (int stars : CriteriaSet.RANKS_WITH_MINIMUMS) {
        Optional<Integer> minimum = criterion.minimumFor(stars);
        if (minimum.isPresent() && !byMajority(sheets, s -> s.scores().get(criterion.code()) >= minimum.get())) {
          rankAllowed = Math.min(rankAllowed, stars - 1);
          unmet.add(criterion.code() + " (" + criterion.label() + "): " + stars + "★ cần mức từ " + minimum.get()
              + " / " + stars + "★ needs at least " + minimum.get());
        }
      }
    }
    for (Requirement requirement : set.requirements()) {
      if (!byMajority(sheets, s -> Boolean.TRUE.equals(s.requirementsMet().get(requirement.code())))) {
        rankAllowed = Math.min(rankAllowed, 2);
        unmet.add(requirement.code() + " (" + requirement.label() + "): yêu cầu 3★ chưa đạt / 3★ requirement not met");
      }
    }
    return new Minimums(rankAllowed, unmet);
  }

  private static boolean byMajority(List<ScoreSheet> sheets, Predicate<ScoreSheet> met) {
    return sheets.stream().filter(met).count() * 2 > sheets.size();
  }

  /** The rank the minimums allow (2 to 5), and the minimums not met. */
  public record Minimums(int rankAllowed, List<String> unmet) {
  }
}
