package vn.ocop.workflow.criteria;

/** One level a member may give for a criterion, with what earns it where the source says. */
public record Level(int points, String description) {

  /** The level as a score form offers it: "3 — 50–75% local workers", or just "3". */
  public String label() {
    return description == null ? Integer.toString(points) : points + " — " + description;
  }
}
