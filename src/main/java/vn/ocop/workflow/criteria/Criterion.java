package vn.ocop.workflow.criteria;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scored item of a criteria set: a criterion, or a whole sub-section scored as one total where the
 * source gives only the sub-section's maximum. A member gives one of its levels; a product ranked
 * 3★, 4★ or 5★ needs at least the criterion's minimum level for that rank, where the source marks one.
 */
public record Criterion(String code, String section, String label, int max, List<Level> levels,
                        Map<Integer, Integer> starMinimums, boolean sectionTotal) {

  public Criterion {
    levels = List.copyOf(levels);
    starMinimums = Map.copyOf(starMinimums);
  }

  /** Part A, B or C: the first letter of the sub-section. */
  public String part() {
    return section.substring(0, 1);
  }

  public boolean allows(int points) {
    return levels.stream().anyMatch(level -> level.points() == points);
  }

  public List<Integer> points() {
    return levels.stream().map(Level::points).toList();
  }

  /** The lowest level a product of this rank needs, if the source sets one. */
  public Optional<Integer> minimumFor(int stars) {
    return Optional.ofNullable(starMinimums.get(stars));
  }
}
