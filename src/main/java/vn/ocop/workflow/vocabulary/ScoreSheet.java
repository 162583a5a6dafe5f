package vn.ocop.workflow.vocabulary;

import java.util.Map;

/**
 * One council member's sheet for one product, as recorded after validation: the level given for each
 * criterion and whether each 3★ requirement is met, or, instead of scores, the legal reason the member
 * found the product not to be scored at all.
 */
public record ScoreSheet(String member, String criteriaSet, Map<String, Integer> scores,
                         Map<String, Boolean> requirementsMet, int total, String comment, String disqualificationReason) {

  public boolean disqualifies() {
    return disqualificationReason != null;
  }
}
