package vn.ocop.workflow.vocabulary;

/**
 * The grounds on which a certificate is revoked (Decision 26/2026, Art. 8). The id is what the decision
 * form submits; the label is what the register, the producer and the commune read.
 */
public enum RevocationReason implements LegalGround {
  FALSE_DOSSIER("false-dossier", "Hồ sơ không trung thực hoặc giả mạo / False or forged dossier"),
  NO_LONGER_MEETS_CRITERIA("no-longer-meets-criteria", "Kiểm tra kết luận sản phẩm không còn đáp ứng tiêu chí"
      + " / An inspection concluded the product no longer meets the criteria"),
  BREACH_OF_RULES("breach-of-rules", "Vi phạm quy định về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ"
      + " hoặc nhãn hàng hóa / Breach of quality, food-safety, environment, intellectual-property or labelling rules"),
  MISUSE_OF_MARK("misuse-of-mark", "Sử dụng sai biểu trưng OCOP / Misuse of the OCOP mark"),
  PRODUCTION_STOPPED("production-stopped", "Chủ thể ngừng sản xuất / The producer stopped producing"),
  OTHER_CONCLUSION("other-conclusion", "Kết luận khác của cơ quan có thẩm quyền / Another conclusion of a competent"
      + " authority");

  private final String id;
  private final String label;

  RevocationReason(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }
}
