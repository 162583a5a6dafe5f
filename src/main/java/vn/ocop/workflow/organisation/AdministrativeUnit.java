package vn.ocop.workflow.organisation;

/** A province, district or commune with its General Statistics Office code. */
public record AdministrativeUnit(String code, UnitLevel level, String name, String asciiName, String parentCode) {
}
