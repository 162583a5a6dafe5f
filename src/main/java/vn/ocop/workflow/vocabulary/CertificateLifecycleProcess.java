package vn.ocop.workflow.vocabulary;

/**
 * The process {@code ocop-certificate-lifecycle}: a certificate from its issue to its expiry, revocation or
 * replacement, with its annual inspections.
 */
public final class CertificateLifecycleProcess {

  public static final String KEY = "ocop-certificate-lifecycle";
  /** The message that starts a certificate's lifecycle, sent when the evaluation records it. */
  public static final String CERTIFICATE_ISSUED_MESSAGE = "certificate-issued";
  /** The message that ends a certificate's lifecycle when a new certificate of the product replaces it. */
  public static final String CERTIFICATE_SUPERSEDED_MESSAGE = "certificate-superseded";
  /** The message that ends a certificate's lifecycle when it is revoked by decision. */
  public static final String CERTIFICATE_REVOKED_MESSAGE = "certificate-revoked";

  /** Element ids of bpmn/ocop-certificate-lifecycle.bpmn. */
  public static final class Elements {
    public static final String CERTIFICATE_ISSUED = "certificate-issued";
    public static final String WINDOW_OPENS = "window-opens";
    public static final String ANNOUNCE_REEVALUATION_WINDOW = "announce-reevaluation-window";
    public static final String CERTIFICATE_EXPIRES = "certificate-expires";
    public static final String RECORD_EXPIRY = "record-expiry";
    public static final String CERTIFICATE_EXPIRED = "certificate-expired";
    public static final String ON_SUPERSEDED = "on-superseded";
    public static final String REPLACED_BY_NEW_CERTIFICATE = "replaced-by-new-certificate";
    public static final String CERTIFICATE_SUPERSEDED = "certificate-superseded";
    public static final String ON_INSPECTION_DUE = "on-inspection-due";
    public static final String INSPECTION_DUE = "inspection-due";
    public static final String START_INSPECTION = "start-inspection";
    public static final String INSPECTION_STARTED = "inspection-started";
    public static final String ON_REVOKED = "on-revoked";
    public static final String REVOKED_BY_DECISION = "revoked-by-decision";
    public static final String CERTIFICATE_REVOKED = "certificate-revoked";

    private Elements() {
    }
  }

  /**
   * What the lifecycle is started with: the certificate (its facts are in the register) and whom to tell.
   * The dossier's producer e-mail and commune group are those of the evaluation it came from.
   */
  public static final ProcessVariable<String> CERTIFICATE_CODE = CertificateVariables.CERTIFICATE_CODE;
  public static final ProcessVariable<String> PRODUCER_EMAIL = EvaluationProcess.PRODUCER_EMAIL;
  public static final ProcessVariable<String> COMMUNE_GROUP = EvaluationProcess.COMMUNE_GROUP;
  public static final ProcessVariable<String> DOSSIER_CODE = EvaluationProcess.DOSSIER_CODE;
  public static final ProcessVariable<String> PRODUCT_NAME = EvaluationProcess.PRODUCT_NAME;

  private CertificateLifecycleProcess() {
  }
}
