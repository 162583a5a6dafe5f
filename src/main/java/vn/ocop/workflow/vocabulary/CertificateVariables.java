package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.integer;
import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

import java.util.Date;

/** The certificate as recorded on the evaluation process. */
public final class CertificateVariables {

  public static final ProcessVariable<String> CERTIFICATE_CODE = string("certificateCode");
  public static final ProcessVariable<Integer> CERTIFICATE_STARS = integer("certificateStars");
  public static final ProcessVariable<String> CERTIFYING_UNIT_CODE = string("certifyingUnitCode");
  public static final ProcessVariable<String> CERTIFYING_UNIT_NAME = string("certifyingUnitName");
  public static final ProcessVariable<Date> ISSUED_ON = new ProcessVariable<>("certificateIssuedOn", Date.class);
  public static final ProcessVariable<Date> EXPIRES_ON = new ProcessVariable<>("certificateExpiresOn", Date.class);

  private CertificateVariables() {
  }
}
