package vn.ocop.workflow.criteria;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The criteria sets one version of the procedure scores with, by set id. */
public final class CriteriaCatalogue {

  private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();

  public CriteriaCatalogue(Collection<CriteriaSet> sets) {
    sets.forEach(set -> {
      if (this.sets.putIfAbsent(set.id(), set) != null) {
        throw new IllegalArgumentException("Criteria set '" + set.id() + "' is defined twice");
      }
    });
  }

  public Set<String> setIds() {
    return sets.keySet();
  }

  public List<CriteriaSet> sets() {
    return List.copyOf(sets.values());
  }

  public Optional<CriteriaSet> find(String setId) {
    return Optional.ofNullable(sets.get(setId));
  }

  public CriteriaSet require(String setId) {
    return find(setId).orElseThrow(() -> new IllegalStateException("No criteria set '" + setId + "' in the catalogue"));
  }
}
