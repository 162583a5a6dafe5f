package vn.ocop.workflow.notification;

/**
 * Every kind of mail the procedure sends, with its template (src/main/resources/mail/&lt;template&gt;.html
 * and .txt) and the headline its subject carries.
 */
public enum Notice {
  PRODUCER_ACCOUNT("producer-account", "Tài khoản chủ thể OCOP / Your OCOP producer account"),
  REGISTRATION_RECEIVED("registration-received", "Đã nhận hồ sơ / Dossier received"),
  RETURNED_FOR_REVISION("returned-for-revision", "Hồ sơ cần bổ sung / Dossier returned for revision"),
  DOSSIER_REJECTED("dossier-rejected", "Hồ sơ bị từ chối / Dossier rejected"),
  DOSSIER_LAPSED("dossier-lapsed", "Hồ sơ hết hạn / Dossier lapsed"),
  FORWARDED_BY_COUNCIL("forwarded-by-council", "Kết quả hội đồng: chuyển cấp trên / Council result: forwarded"),
  NOT_RECOGNISED("not-recognised", "Sản phẩm không được công nhận / Product not recognised"),
  CERTIFICATE_ISSUED("certificate-issued", "Sản phẩm được công nhận OCOP / Product certified"),
  NOT_RE_RECOGNISED("not-re-recognised", "Sản phẩm không được tái công nhận / Product not re-recognised"),
  NEW_WORK("new-work", "Việc mới / New work"),
  DAILY_DIGEST("daily-digest", "Việc mới trong ngày / Today's new work"),
  WORK_OVERDUE("work-overdue", "Việc quá hạn / Work overdue"),
  WORK_ESCALATED("work-escalated", "Việc quá hạn cần đôn đốc / Overdue work to follow up"),
  REEVALUATION_WINDOW_OPEN("reevaluation-window-open", "Mở thời hạn đánh giá lại / Re-evaluation window open"),
  CERTIFICATE_DOWNGRADED("certificate-downgraded", "Giấy chứng nhận bị hạ hạng / Certificate downgraded"),
  CERTIFICATE_REVOKED("certificate-revoked", "Giấy chứng nhận bị thu hồi / Certificate revoked"),
  CERTIFICATE_EXPIRED("certificate-expired", "Giấy chứng nhận hết hiệu lực / Certificate expired");

  private final String template;
  private final String headline;

  Notice(String template, String headline) {
    this.template = template;
    this.headline = headline;
  }

  public String template() {
    return template;
  }

  public String headline() {
    return headline;
  }
}
