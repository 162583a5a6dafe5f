package vn.ocop.workflow.vocabulary;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The evaluation procedure a province runs; the id is the value the BPMN and DMN models compare. */
public enum Procedure {
  /** Decision 148/2023: commune, district council, province council, central council. */
  THREE_LEVEL("three-level"),
  /** Decision 1489/2025: commune assessment, province council, central council; the council's result certifies. */
  TWO_LEVEL("two-level"),
  /**
   * Decision 26/2026: commune assessment; at the province and the ministry, the agency's completeness check,
   * the advisory group's site visit, evaluation rounds, the council, and the chairman's or minister's decision.
   */
  TWO_LEVEL_2026("two-level-2026");

  private final String id;

  Procedure(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether the province has districts between it and its communes (only the three-level procedure). */
  public boolean hasDistricts() {
    return this == THREE_LEVEL;
  }

  public static Procedure fromId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown procedure '" + id + "'; expected one of "
            + Arrays.stream(values()).map(Procedure::id).collect(Collectors.joining(", "))));
  }
}
