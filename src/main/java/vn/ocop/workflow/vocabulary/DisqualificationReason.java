package vn.ocop.workflow.vocabulary;

/**
 * Why a product is not scored at all (criteria annexes of Decisions 148/2023 and 26/2026). The id is
 * what the score form submits; the label is what members and the producer read.
 */
public enum DisqualificationReason implements LegalGround {
  FORGED_DOSSIER("forged-dossier", "Hồ sơ giả mạo / Forged dossier"),
  FOOD_SAFETY_CERTIFICATE("food-safety-certificate", "Không có hoặc không tuân thủ giấy chứng nhận cơ sở đủ điều kiện"
      + " an toàn thực phẩm / Food-safety facility certificate missing or not complied with"),
  DECLARATION_OR_LABEL("declaration-or-label", "Bản tự công bố hoặc nhãn hàng hóa không đúng quy định"
      + " / Self-declaration or label not as regulated"),
  DOSSIER_INCOMPLETE("dossier-incomplete", "Hồ sơ không đáp ứng yêu cầu / Dossier does not meet the requirements"),
  COPY_OF_ANOTHER_PRODUCT("copy-of-another-product", "Sao chép y hệt sản phẩm của chủ thể khác dưới tên mới"
      + " / An identical copy of another producer's product under a new name");

  private final String id;
  private final String label;

  DisqualificationReason(String id, String label) {
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
