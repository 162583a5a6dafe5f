package vn.ocop.workflow.criteria;

/** A minimum a product must meet to reach 3★, whatever its total. */
public record MandatoryCriterion(String code, String label) {
}
