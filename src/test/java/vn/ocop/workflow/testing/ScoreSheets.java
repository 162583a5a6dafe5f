package vn.ocop.workflow.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;

/** Score sheets as a council member would submit them: only allowed levels, as Tasklist sends them. */
public final class ScoreSheets {

  private ScoreSheets() {
  }

  /**
   * Levels that add up to {@code total}, so the points alone decide the rank where they can: every
   * criterion starts at its lowest level and is raised to its 3★, then 4★, then 5★ minimum as far as the
   * total allows; then criteria with gaps between levels are raised, and criteria whose levels run
   * without gaps take what is left.
   */
  public static Map<String, Object> totalling(CriteriaSet set, int total, boolean requirementsMet) {
    return totalling(set, total, requirementsMet, Map.of());
  }

  /** As {@link #totalling(CriteriaSet, int, boolean)}, with some criteria held at the given levels. */
  public static Map<String, Object> totalling(CriteriaSet set, int total, boolean requirementsMet,
      Map<String, Integer> held) {
    Map<String, Object> sheet = new LinkedHashMap<>();
    sheet.put(CouncilEvaluationProcess.SCORING_DECISION.name(), CouncilEvaluationProcess.SCORE);
    Map<String, Integer> levels = new LinkedHashMap<>();
    set.criteria().forEach(c -> levels.put(c.code(), held.getOrDefault(c.code(), c.points().get(0))));
    List<Criterion> free = set.criteria().stream().filter(c -> !held.containsKey(c.code())).toList();
    int remaining = total - levels.values().stream().mapToInt(Integer::intValue).sum();
    for (int stars = 3; stars <= 5; stars++) {
      for (Criterion criterion : free) {
        int minimum = criterion.minimumFor(stars).orElse(0);
        int raise = minimum - levels.get(criterion.code());
        if (raise > 0 && raise <= remaining) {
          levels.put(criterion.code(), minimum);
          remaining -= raise;
        }
      }
    }
    List<Criterion> order = free.stream().sorted(Comparator.comparing(ScoreSheets::withoutGaps)).toList();
    for (Criterion criterion : order) {
      int current = levels.get(criterion.code());
      int budget = remaining;
      int chosen = criterion.points().stream().filter(p -> p >= current && p - current <= budget)
          .reduce((a, b) -> b).orElse(current);
      levels.put(criterion.code(), chosen);
      remaining -= chosen - current;
    }
    if (remaining != 0) {
      throw new IllegalArgumentException("No sheet of set " + set.id() + " adds up to " + total);
    }
    levels.forEach((code, points) -> sheet.put(code, (long) points));
    set.requirements().forEach(r -> sheet.put(r.code(), requirementsMet));
    sheet.put(CouncilEvaluationProcess.SCORE_COMMENT.name(), "Chấm tại cơ sở / scored on site");
    return sheet;
  }

  /** A sheet that finds the product not to be scored, for a legal reason. */
  public static Map<String, Object> disqualifying(String reason) {
    Map<String, Object> sheet = new LinkedHashMap<>();
    sheet.put(CouncilEvaluationProcess.SCORING_DECISION.name(), CouncilEvaluationProcess.DISQUALIFY);
    sheet.put(CouncilEvaluationProcess.DISQUALIFICATION_REASON.name(), reason);
    return sheet;
  }

  private static boolean withoutGaps(Criterion criterion) {
    List<Integer> points = criterion.points();
    return points.get(points.size() - 1) - points.get(0) == points.size() - 1;
  }
}
