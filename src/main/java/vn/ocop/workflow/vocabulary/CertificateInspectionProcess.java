package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

/**
 * The process {@code ocop-certificate-inspection}: one inspection of a certified product (hậu kiểm),
 * annual from the certificate's lifecycle or ad hoc by the agency, ending with the certificate kept,
 * downgraded after the council re-scored it, or revoked by decision.
 */
public final class CertificateInspectionProcess {

  public static final String KEY = "ocop-certificate-inspection";

  /** Element ids of bpmn/ocop-certificate-inspection.bpmn. */
  public static final class Elements {
    public static final String INSPECTION_OPENED = "inspection-opened";
    public static final String INSPECT_PRODUCT = "inspect-product";
    public static final String INSPECTION_CONCLUSION = "inspection-conclusion";
    public static final String RECORD_INSPECTION = "record-inspection";
    public static final String CRITERIA_STILL_MET = "criteria-still-met";
    public static final String RESCORE_AT_COUNCIL = "rescore-at-council";
    public static final String RECORD_RESCORING = "record-rescoring";
    public static final String RESCORING_RESULT = "rescoring-result";
    public static final String RESCORING_RECORDED = "rescoring-recorded";
    public static final String DECIDE_REVOCATION = "decide-revocation";
    public static final String REVOCATION_DECISION = "revocation-decision";
    public static final String RECORD_REVOCATION = "record-revocation";
    public static final String CERTIFICATE_REVOKED = "certificate-revoked";
    public static final String CERTIFICATE_KEPT = "certificate-kept";
    public static final String REVOCATION_TO_DECIDE = "revocation-to-decide";

    private Elements() {
    }
  }

  /** The start form's fields (an agency's ad-hoc inspection); the annual one sets the same. */
  public static final ProcessVariable<String> CERTIFICATE_CODE = CertificateVariables.CERTIFICATE_CODE;
  public static final ProcessVariable<String> INSPECTION_REASON = string("inspectionReason");

  /** Set when the inspection opens, from the register and the certifying dossier's history. */
  public static final ProcessVariable<String> AGENCY_GROUP = string("agencyGroup");
  /** The council of the level that certified the product, which re-scores it when a downgrade is proposed. */
  public static final ProcessVariable<String> RESCORING_COUNCIL = string("rescoringCouncil");
  public static final ProcessVariable<String> RESCORING_LEVEL = string("rescoringLevel");
  public static final ProcessVariable<Integer> CERTIFIED_STARS = CertificateVariables.CERTIFICATE_STARS;
  public static final DayVariable CONCLUDED_ON = new DayVariable("inspectionConcludedOn");

  // The inspection form
  public static final ProcessVariable<String> FINDINGS = string("inspectionFindings");
  public static final ProcessVariable<String> CONCLUSION = string("inspectionConclusion");
  /** Values of {@link #CONCLUSION}. */
  public static final String STILL_MEETS = "still-meets";
  public static final String DOWNGRADE = "downgrade";
  public static final String REVOKE = "revoke";

  /** After the council re-scored: the stars kept (never more than before), or below 3★. */
  public static final ProcessVariable<String> RESCORING_OUTCOME = string("rescoringOutcome");
  public static final String STARS_KEPT = "stars-kept";
  public static final String DOWNGRADED = "downgraded";
  public static final String BELOW_THREE_STARS = "below-three-stars";

  // The revocation decision form
  public static final ProcessVariable<String> REVOCATION_DECISION = string("revocationDecision");
  /** Values of {@link #REVOCATION_DECISION}. */
  public static final String REVOKED = "revoked";
  public static final String KEPT = "kept";
  public static final ProcessVariable<String> REVOCATION_REASON = string("revocationReason");
  public static final ProcessVariable<String> REVOCATION_REASON_TEXT = string("revocationReasonText");
  public static final ProcessVariable<String> DECISION_REFERENCE = string("decisionReference");

  private CertificateInspectionProcess() {
  }
}
