package vn.ocop.workflow.criteria;

/** A condition a product must meet to reach 3★ whatever its points; a member records it met or not. */
public record Requirement(String code, String label) {
}
