package vn.ocop.workflow.criteria;

import java.util.List;

/** The criteria of one product set (e.g. fresh produce), with the product groups it serves. */
public record CriteriaSet(String id, String name, String source, List<Integer> productGroups,
                          List<Criterion> criteria, List<MandatoryCriterion> mandatory) {

  public CriteriaSet {
    productGroups = List.copyOf(productGroups);
    criteria = List.copyOf(criteria);
    mandatory = mandatory == null ? List.of() : List.copyOf(mandatory);
  }

  public int maxOfPart(String part) {
    return criteria.stream().filter(c -> c.part().equals(part)).mapToInt(Criterion::max).sum();
  }
}
