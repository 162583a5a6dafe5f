package vn.ocop.workflow.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence a dossier holds (issue 12; the dossier's evidence as ocop-procedure.md lists it), each
 * with the id that the REST API, the required-documents table and the database use, and its label in both
 * languages.
 */
public enum DocumentType {

  BUSINESS_REGISTRATION("business-registration", "Giấy đăng ký kinh doanh / Business registration"),
  FOOD_SAFETY_CERTIFICATE("food-safety-certificate",
      "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm / Food-safety facility certificate"),
  QUALITY_STANDARD("quality-standard", "Bản tự công bố tiêu chuẩn chất lượng / Quality standard self-declaration"),
  TEST_RESULTS("test-results", "Phiếu kết quả kiểm nghiệm / Test results"),
  TRACEABILITY("traceability", "Mã vạch, truy xuất nguồn gốc / Barcode and traceability evidence"),
  TRADEMARK("trademark", "Nhãn hiệu hoặc chỉ dẫn địa lý / Trademark or geographical indication"),
  RAW_MATERIAL_ORIGIN("raw-material-origin", "Nguồn gốc nguyên liệu / Origin of raw materials"),
  ENVIRONMENTAL_COMPLIANCE("environmental-compliance", "Tuân thủ bảo vệ môi trường / Environmental compliance"),
  LABEL_PHOTOS("label-photos", "Ảnh nhãn và bao bì / Label and packaging photos"),
  MARKETING_MATERIAL("marketing-material", "Tài liệu quảng bá / Marketing material"),
  PRODUCT_STORY("product-story", "Câu chuyện sản phẩm / Product story"),
  AWARDS("awards", "Giải thưởng / Awards"),
  COMMUNE_ASSESSMENT_REPORT("commune-assessment-report", "Báo cáo đánh giá của xã / Commune's assessment report"),
  SITE_VISIT_PHOTOS("site-visit-photos", "Ảnh khảo sát thực tế / Site-visit photos"),
  OTHER("other", "Tài liệu khác / Other");

  private final String id;
  private final String label;

  DocumentType(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<DocumentType> ofId(String id) {
    return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
  }
}
