package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.decimal;
import static vn.ocop.workflow.vocabulary.ProcessVariable.integer;
import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

import java.util.Date;
import java.util.List;
import java.util.Set;

/** The process {@code ocop-product-evaluation}: its key, element ids and variables. */
public final class EvaluationProcess {

  public static final String KEY = "ocop-product-evaluation";

  /** Element ids of bpmn/ocop-product-evaluation.bpmn. */
  public static final class Elements {
    public static final String PRODUCT_REGISTERED = "product-registered";
    public static final String CHECK_DOSSIER = "check-dossier";
    public static final String COMMUNE_DECISION = "commune-decision";
    public static final String REVISE_DOSSIER = "revise-dossier";
    public static final String REVISION_DEADLINE_PASSED = "revision-deadline-passed";
    public static final String DOSSIER_LAPSED = "dossier-lapsed";
    public static final String DOSSIER_REJECTED = "dossier-rejected";
    public static final String WHICH_PROCEDURE = "which-procedure";
    public static final String EVALUATE_AT_DISTRICT = "evaluate-at-district";
    public static final String EVALUATE_AT_PROVINCE = "evaluate-at-province";
    public static final String EVALUATE_AT_CENTRAL = "evaluate-at-central";
    public static final String DISTRICT_OUTCOME = "district-outcome";
    public static final String PROVINCE_OUTCOME = "province-outcome";
    public static final String CENTRAL_OUTCOME = "central-outcome";
    public static final String RECORD_CERTIFICATE = "record-certificate";
    public static final String PRODUCT_CERTIFIED = "product-certified";
    public static final String PRODUCT_NOT_RECOGNISED = "product-not-recognised";
    public static final String WHICH_APPLICATION = "which-application";
    public static final String REEVALUATE_IN_WRITING = "reevaluate-in-writing";
    public static final String REEVALUATION_OUTCOME = "reevaluation-outcome";
    public static final String PRODUCT_NOT_RE_RECOGNISED = "product-not-re-recognised";
    public static final String DOSSIER_TO_CHECK = "dossier-to-check";
    public static final String PROVINCE_COUNCIL_DUE = "province-council-due";
    public static final String CERTIFICATE_DUE = "certificate-due";
    public static final String NOT_RECOGNISED = "not-recognised";
    public static final String EVALUATE_IN_PROVINCE = "evaluate-in-province";
    public static final String PROVINCE_DECISION = "province-decision";
    public static final String EVALUATE_AT_MINISTRY = "evaluate-at-ministry";
    public static final String MINISTRY_DECISION = "ministry-decision";
    public static final String DOSSIER_LAPSES = "dossier-lapses";

    private Elements() {
    }
  }

  // Registration (start form)
  public static final ProcessVariable<String> PRODUCER_NAME = string("producerName");
  public static final ProcessVariable<String> PRODUCER_KIND = string("producerKind");
  public static final ProcessVariable<String> PRODUCER_EMAIL = string("producerEmail");
  public static final ProcessVariable<String> PRODUCER_PHONE = string("producerPhone");
  public static final ProcessVariable<String> COMMUNE_CODE = string("communeCode");
  public static final ProcessVariable<String> PRODUCT_NAME = string("productName");
  public static final ProcessVariable<String> PRODUCT_GROUP = string("productGroup");
  /** Values of {@link #PRODUCT_GROUP}: the six product groups of Decision 148/2023. */
  public static final Set<String> PRODUCT_GROUPS = Set.of("1", "2", "3", "4", "5", "6");
  public static final ProcessVariable<String> CRITERIA_SET = string("criteriaSet");
  public static final ProcessVariable<String> PRODUCT_STATUS = string("productStatus");
  /** For a product with a certificate in force: {@link #UPGRADE} (nâng hạng) or {@link #RE_EVALUATION} (đánh giá lại). */
  public static final ProcessVariable<String> APPLICATION_KIND = string("applicationKind");
  public static final String UPGRADE = "upgrade";
  public static final String RE_EVALUATION = "re-evaluation";
  /** An upgrade's dossier shows what changed since the certificate (Decision 26/2026). */
  public static final ProcessVariable<String> UPGRADE_CHANGES = string("upgradeChanges");
  public static final ProcessVariable<String> DESCRIPTION = string("description");
  public static final ProcessVariable<String> BUSINESS_PLAN = string("businessPlan");
  public static final ProcessVariable<String> EVIDENCE_LINKS = string("evidenceLinks");
  /** Who registered the dossier: a commune officer, or the producer with their own account. */
  public static final ProcessVariable<String> REGISTERING_OFFICER = string("registeringOfficer");
  /** The producer's own account (group producers): it follows the dossier, adds documents and answers a return. */
  public static final ProcessVariable<String> PRODUCER_ACCOUNT = string("producerAccount");
  /** The active certificate an existing product's new dossier would replace (upgrade or re-evaluation). */
  public static final ProcessVariable<String> PREVIOUS_CERTIFICATE = string("previousCertificate");
  /** The stars of that certificate, and the level and council that certified it (re-evaluation goes there). */
  public static final ProcessVariable<Integer> PREVIOUS_STARS = integer("previousStars");
  public static final ProcessVariable<String> REEVALUATION_LEVEL = string("reevaluationLevel");
  public static final ProcessVariable<String> REEVALUATION_COUNCIL = string("reevaluationCouncil");
  public static final DayVariable PREVIOUS_EXPIRES_ON = new DayVariable("previousExpiresOn");
  /** A re-evaluation is decided within 45 days of a complete dossier: the last day, set when the commune forwards. */
  public static final DayVariable REEVALUATION_DUE_ON = new DayVariable("reevaluationDueOn");

  // Derived at registration
  public static final ProcessVariable<String> DOSSIER_CODE = string("dossierCode");
  public static final ProcessVariable<Date> REGISTERED_AT = new ProcessVariable<>("registeredAt", Date.class);
  public static final ProcessVariable<String> COMMUNE_NAME = string("communeName");
  public static final ProcessVariable<String> DISTRICT_CODE = string("districtCode");
  public static final ProcessVariable<String> DISTRICT_NAME = string("districtName");
  public static final ProcessVariable<String> PROVINCE_CODE = string("provinceCode");
  public static final ProcessVariable<String> PROVINCE_NAME = string("provinceName");
  public static final ProcessVariable<String> PROCEDURE = string("procedure");
  public static final ProcessVariable<String> COMMUNE_GROUP = string("communeGroup");
  public static final ProcessVariable<String> DISTRICT_COUNCIL_GROUP = string("districtCouncilGroup");
  public static final ProcessVariable<String> PROVINCE_COUNCIL_GROUP = string("provinceCouncilGroup");
  public static final ProcessVariable<String> CENTRAL_COUNCIL_GROUP = string("centralCouncilGroup");

  // Commune check and revision
  public static final ProcessVariable<String> COMMUNE_DECISION = string("communeDecision");
  /** Values of {@link #COMMUNE_DECISION}, as the check form and the gateway name them. */
  public static final String FORWARD = "forward";
  public static final String RETURN = "return";
  public static final String REJECT = "reject";

  public static final ProcessVariable<String> DECISION_REASON = string("decisionReason");
  public static final ProcessVariable<String> LOCAL_ORIGIN_ASSESSMENT = string("localOriginAssessment");
  public static final ProcessVariable<String> LOCAL_LABOUR_ASSESSMENT = string("localLabourAssessment");
  public static final ProcessVariable<String> IDEA_ORIGIN_ASSESSMENT = string("ideaOriginAssessment");
  public static final ProcessVariable<String> LOCAL_IDENTITY_ASSESSMENT = string("localIdentityAssessment");
  public static final ProcessVariable<String> REVISION_NOTE = string("revisionNote");
  public static final ProcessVariable<Integer> REVISION_COUNT = integer("revisionCount");
  /**
   * The required document types (ids, comma-separated) the dossier had no document of when the commune
   * forwarded it; empty when none was missing. Forwarding is not refused: paper copies are still legal.
   */
  public static final ProcessVariable<String> MISSING_DOCUMENTS = string("missingDocuments");
  /** The commune's assessment report (form 03 of Decision 26/2026), required on the two-level procedure. */
  public static final List<ProcessVariable<String>> ASSESSMENT_REPORT = List.of(
      LOCAL_ORIGIN_ASSESSMENT, LOCAL_LABOUR_ASSESSMENT, IDEA_ORIGIN_ASSESSMENT, LOCAL_IDENTITY_ASSESSMENT);

  // Council results, per level, as returned by ocop-council-evaluation (see CouncilEvaluationProcess.Contract)
  public static ProcessVariable<Double> scoreAt(String level) {
    return decimal(level + "Score");
  }

  public static ProcessVariable<Integer> starsAt(String level) {
    return integer(level + "Stars");
  }

  public static ProcessVariable<Integer> rankAllowedAt(String level) {
    return integer(level + "RankAllowed");
  }

  public static ProcessVariable<String> unmetMinimumsAt(String level) {
    return string(level + "UnmetMinimums");
  }

  private EvaluationProcess() {
  }
}
