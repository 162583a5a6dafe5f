package vn.ocop.workflow.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.ocop.workflow.vocabulary.Procedure;

/**
 * Which procedure each province runs (ocop.procedures), the procedure for provinces not listed, and the
 * days from which a province's new dossiers follow another procedure (ocop.procedure-changes): a dossier
 * keeps the procedure of the day it was registered.
 */
@ConfigurationProperties("ocop")
public record ProcedureSettings(Map<String, String> procedures, String defaultProcedure,
                                List<ProcedureChange> procedureChanges) {

  /** From {@code from} on, the province's new dossiers follow {@code procedure}. */
  public record ProcedureChange(String province, String procedure, LocalDate from) {
  }

  public ProcedureSettings {
    procedures = procedures == null ? Map.of() : Map.copyOf(procedures);
    defaultProcedure = defaultProcedure == null ? Procedure.TWO_LEVEL.id() : defaultProcedure;
    procedureChanges = procedureChanges == null ? List.of() : procedureChanges.stream()
        .sorted(Comparator.comparing(ProcedureChange::from)).toList();
    procedures.values().forEach(Procedure::fromId);
    Procedure.fromId(defaultProcedure);
    for (ProcedureChange change : procedureChanges) {
      if (change.province() == null || change.from() == null || change.procedure() == null) {
        throw new IllegalArgumentException("ocop.procedure-changes: every change needs province, procedure and from");
      }
      Procedure before = Procedure.fromId(procedures.getOrDefault(change.province(), defaultProcedure));
      // Districts are units of the tree: a change that adds or removes them is a new unit tree, not a setting.
      if (Procedure.fromId(change.procedure()).hasDistricts() != before.hasDistricts()) {
        throw new IllegalArgumentException("ocop.procedure-changes: province " + change.province() + " cannot change from "
            + before.id() + " to " + change.procedure() + " (the unit tree would need districts added or removed)");
      }
    }
  }

  /** The procedure the province was configured with before any change: it decides the shape of its unit tree. */
  public Procedure procedureOf(String provinceCode) {
    return Procedure.fromId(procedures.getOrDefault(provinceCode, defaultProcedure));
  }

  /** The procedure a dossier of the province registered on {@code day} follows. */
  public Procedure procedureOn(String provinceCode, LocalDate day) {
    return procedureChanges.stream()
        .filter(change -> change.province().equals(provinceCode) && !change.from().isAfter(day))
        .reduce((earlier, later) -> later)
        .map(change -> Procedure.fromId(change.procedure()))
        .orElseGet(() -> procedureOf(provinceCode));
  }
}
