package vn.ocop.workflow.vocabulary;

import java.util.Arrays;

/** The evaluation procedure a province runs; the id is the value the BPMN and DMN models compare. */
public enum Procedure {
  /** Decision 148/2023: commune, district council, province council, central council. */
  THREE_LEVEL("three-level"),
  /** Decisions 1489/2025 and 26/2026: commune assessment, province council, central council. */
  TWO_LEVEL("two-level");

  private final String id;

  Procedure(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Procedure fromId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unknown procedure '" + id + "'; expected three-level or two-level"));
  }
}
