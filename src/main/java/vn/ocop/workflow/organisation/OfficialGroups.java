package vn.ocop.workflow.organisation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one naming rule from units to Camunda groups:
 * {@code commune-<code>-officers}, {@code district-<code>-council}, {@code province-<code>-council},
 * {@code central-council}, {@code auditors}, and Camunda's own {@code camunda-admin} for administrators.
 */
public final class OfficialGroups {

  public static final String CENTRAL_COUNCIL = "central-council";
  public static final String AUDITORS = "auditors";
  public static final String ADMINISTRATORS = "camunda-admin";

  private static final Pattern COMMUNE_OFFICERS = Pattern.compile("commune-(\\d+)-officers");
  private static final Pattern UNIT_GROUP = Pattern.compile("(?:commune-(\\d+)-officers|(?:district|province)-(\\d+)-council)");

  private OfficialGroups() {
  }

  public static String communeOfficers(String communeCode) {
    return "commune-" + communeCode + "-officers";
  }

  public static String districtCouncil(String districtCode) {
    return "district-" + districtCode + "-council";
  }

  public static String provinceCouncil(String provinceCode) {
    return "province-" + provinceCode + "-council";
  }

  /** The group that works a unit's dossiers: its officers for a commune, its council above. */
  public static String of(AdministrativeUnit unit) {
    return switch (unit.level()) {
      case COMMUNE -> communeOfficers(unit.code());
      case DISTRICT -> districtCouncil(unit.code());
      case PROVINCE -> provinceCouncil(unit.code());
    };
  }

  public static String displayName(AdministrativeUnit unit) {
    return switch (unit.level()) {
      case COMMUNE -> "Cán bộ OCOP " + unit.name() + " / " + unit.asciiName() + " officers";
      case DISTRICT -> "Hội đồng OCOP " + unit.name() + " / " + unit.asciiName() + " district council";
      case PROVINCE -> "Hội đồng OCOP " + unit.name() + " / " + unit.asciiName() + " province council";
    };
  }

  /** The code of the unit whose group this is (a commune's officers, a district's or province's council). */
  public static Optional<String> unitOf(String groupId) {
    Matcher matcher = UNIT_GROUP.matcher(groupId);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
  }

  /** The commune code of a commune officers' group id. */
  public static Optional<String> communeOf(String groupId) {
    Matcher matcher = COMMUNE_OFFICERS.matcher(groupId);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
