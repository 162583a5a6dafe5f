package vn.ocop.workflow.vocabulary;

import java.util.Map;

/** One council member's scores for one product, as recorded after validation. */
public record ScoreSheet(String member, String criteriaSet, Map<String, Integer> scores,
                         Map<String, Boolean> mandatoryMet, int total, String comment) {
}
