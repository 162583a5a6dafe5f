package vn.ocop.workflow.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;

/** Score sheets as a council member would submit them. */
public final class ScoreSheets {

  private ScoreSheets() {
  }

  /** Scores that add up to {@code total}, filling criteria in catalogue order up to their maxima. */
  public static Map<String, Object> totalling(CriteriaSet set, int total, boolean mandatoryMet) {
    if (total < 0 || total > 100) {
      throw new IllegalArgumentException("total must be within 0..100");
    }
    Map<String, Object> sheet = new LinkedHashMap<>();
    int remaining = total;
    for (Criterion criterion : set.criteria()) {
      int score = Math.min(criterion.max(), remaining);
      sheet.put(criterion.code(), (long) score);
      remaining -= score;
    }
    set.mandatory().forEach(m -> sheet.put(m.code(), mandatoryMet));
    sheet.put("scoreComment", "Chấm tại cơ sở / scored on site");
    return sheet;
  }
}
