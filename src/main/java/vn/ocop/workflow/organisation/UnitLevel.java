package vn.ocop.workflow.organisation;

public enum UnitLevel {
  PROVINCE, DISTRICT, COMMUNE;

  public static UnitLevel parse(String text) {
    return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
