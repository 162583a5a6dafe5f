package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.integer;
import static vn.ocop.workflow.vocabulary.ProcessVariable.string;


/** The certificate as recorded on the evaluation process. */
public final class CertificateVariables {

  public static final ProcessVariable<String> CERTIFICATE_CODE = string("certificateCode");
  public static final ProcessVariable<Integer> CERTIFICATE_STARS = integer("certificateStars");
  public static final ProcessVariable<String> CERTIFYING_UNIT_CODE = string("certifyingUnitCode");
  public static final ProcessVariable<String> CERTIFYING_UNIT_NAME = string("certifyingUnitName");
  public static final DayVariable ISSUED_ON = new DayVariable("certificateIssuedOn");
  public static final DayVariable EXPIRES_ON = new DayVariable("certificateExpiresOn");

  private CertificateVariables() {
  }
}
