package vn.ocop.workflow.criteria;

import java.util.List;
import java.util.Map;

/** The criteria of one product set (e.g. fresh produce), with the product groups it serves. */
public record CriteriaSet(String id, String name, String source, List<Integer> productGroups,
                          List<Criterion> criteria, List<Requirement> requirements) {

  /** The official maxima of the three parts (Decisions 148/2023 and 26/2026). */
  public static final Map<String, Integer> PART_MAXIMA = Map.of("A", 40, "B", 25, "C", 35);
  /** Ranks that may carry minimum levels, highest first. */
  public static final List<Integer> RANKS_WITH_MINIMUMS = List.of(5, 4, 3);

  public CriteriaSet {
    productGroups = List.copyOf(productGroups);
    criteria = List.copyOf(criteria);
    requirements = List.copyOf(requirements);
  }

  public int maxOfPart(String part) {
    return criteria.stream().filter(c -> c.part().equals(part)).mapToInt(Criterion::max).sum();
  }

  /** True when some sub-section is known only by its total, so members score it as one number. */
  public boolean hasSectionTotals() {
    return criteria.stream().anyMatch(Criterion::sectionTotal);
  }
}
