package vn.ocop.workflow.organisation;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.ocop.workflow.vocabulary.Procedure;

/** Which procedure each province runs (ocop.procedures), and the procedure for provinces not listed. */
@ConfigurationProperties("ocop")
public record ProcedureSettings(Map<String, String> procedures, String defaultProcedure) {

  public ProcedureSettings {
    procedures = procedures == null ? Map.of() : Map.copyOf(procedures);
    defaultProcedure = defaultProcedure == null ? Procedure.TWO_LEVEL.id() : defaultProcedure;
    procedures.values().forEach(Procedure::fromId);
    Procedure.fromId(defaultProcedure);
  }

  public Procedure procedureOf(String provinceCode) {
    return Procedure.fromId(procedures.getOrDefault(provinceCode, defaultProcedure));
  }
}
