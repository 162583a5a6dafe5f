package vn.ocop.workflow.certificates;

import java.time.LocalDate;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;

/** An OCOP certificate as recorded: what it certifies, by whom, from when to when, and its status. */
public record Certificate(String code, String dossierCode, String processInstanceId, String productName,
                          String producerName, String communeCode, String communeName, String provinceCode,
                          String provinceName, String productGroup, int stars, String certifyingLevel,
                          String certifyingUnitCode, String certifyingUnitName, LocalDate issuedOn, LocalDate expiresOn,
                          Status status) {

  /** A certificate's life: active until it expires, or is downgraded, revoked or superseded by a new one. */
  public enum Status {
    ACTIVE, DOWNGRADED, REVOKED, EXPIRED, SUPERSEDED;

    /** Whether the product may use the OCOP mark under this status: active, or downgraded to fewer stars. */
    public boolean inForce() {
      return this == ACTIVE || this == DOWNGRADED;
    }
  }

  public boolean inForce() {
    return status.inForce();
  }

  /** The council of the level and unit that certified the product: it re-scores and re-evaluates it. */
  public String council() {
    return switch (certifyingLevel) {
      case CouncilEvaluationProcess.DISTRICT -> OfficialGroups.districtCouncil(certifyingUnitCode);
      case CouncilEvaluationProcess.PROVINCE -> OfficialGroups.provinceCouncil(certifyingUnitCode);
      default -> OfficialGroups.CENTRAL_COUNCIL;
    };
  }

  /** The code on a certificate: OCOP- and the dossier code (province[-district]-commune-group-year-number). */
  public static final String CODE_PATTERN = "OCOP-\\d{2}(-\\d{3})?-\\d{5}-[1-6]-\\d{4}-\\d{3,}";
}
