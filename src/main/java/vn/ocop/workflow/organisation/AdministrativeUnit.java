package vn.ocop.workflow.organisation;

import java.util.Locale;

/** A province, district or commune with its General Statistics Office code. */
public record AdministrativeUnit(String code, UnitLevel level, String name, String asciiName, String parentCode) {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * The name as it reads after another word, its kind in lower case: "Hội đồng OCOP huyện Hương Khê",
   * "Cán bộ xã Phúc Trạch". The kind ("Xã", "Thị trấn", "Huyện", "Tỉnh") tells the unit's level apart.
   */
  public String nameInPhrase() {
    return name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
  }
}
