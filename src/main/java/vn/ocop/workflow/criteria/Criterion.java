package vn.ocop.workflow.criteria;

/** One scored criterion: its form field key, sub-section (A1..C) and maximum points. */
public record Criterion(String code, String section, String label, int max) {

  /** Part A, B or C: the first letter of the sub-section. */
  public String part() {
    return section.substring(0, 1);
  }
}
