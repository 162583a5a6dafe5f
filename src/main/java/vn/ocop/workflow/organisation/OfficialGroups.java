package vn.ocop.workflow.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one naming rule from units to Camunda groups:
 * {@code commune-<code>-officers}, {@code district-<code>-council}, {@code province-<code>-council},
 * {@code central-council}; the OCOP agencies that watch certified products, {@code province-<code>-agency}
 * and the ministry's {@code central-agency}; the councils' advisory groups, {@code province-<code>-advisory} and
 * {@code central-advisory}; {@code auditors}, {@code operators}, and Camunda's own {@code camunda-admin}.
 */
public final class OfficialGroups {

  public static final String CENTRAL_COUNCIL = "central-council";
  /** The ministry's OCOP office: it watches 5★ products everywhere. */
  public static final String CENTRAL_AGENCY = "central-agency";
  /** The central council's advisory group (Decision 26/2026), which visits the production sites of 5★ candidates. */
  public static final String CENTRAL_ADVISORY = "central-advisory";
  public static final String AUDITORS = "auditors";
  /** Who runs the servers: reads health details, build and procedure info and metrics at /actuator, nothing else. */
  public static final String OPERATORS = "operators";
  public static final String ADMINISTRATORS = "camunda-admin";
  /** Every producer's account: registers its own products, follows its dossiers, adds documents, answers returns. */
  public static final String PRODUCERS = "producers";

  /** The Vietnamese names of the central bodies, for their groups and their officials' names. */
  public static final String CENTRAL_COUNCIL_NAME = "Hội đồng OCOP Trung ương";
  public static final String CENTRAL_AGENCY_NAME = "Văn phòng OCOP Trung ương";
  public static final String CENTRAL_ADVISORY_NAME = "Tổ tư vấn OCOP Trung ương";

  private static final Pattern COMMUNE_OFFICERS = Pattern.compile("commune-(\\d+)-officers");
  private static final Pattern UNIT_GROUP =
      Pattern.compile("(?:commune-(\\d+)-officers|(?:district|province)-(\\d+)-council(?:-chair)?|province-(\\d+)-(?:agency|advisory))");

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

  /** The chair of a council (its group id plus "-chair"): follows the members' score sheets and opinions. */
  public static String councilChair(String councilGroup) {
    return councilGroup + "-chair";
  }

  /** The province's OCOP agency, which watches the products certified in the province. */
  public static String provinceAgency(String provinceCode) {
    return "province-" + provinceCode + "-agency";
  }

  /** The province council's advisory group (tổ tư vấn): it reviews dossiers and visits production sites. */
  public static String provinceAdvisory(String provinceCode) {
    return "province-" + provinceCode + "-advisory";
  }

  /** The province's advisory group in Vietnamese: "Tổ tư vấn OCOP tỉnh Hà Tĩnh". */
  public static String advisoryName(AdministrativeUnit province) {
    return "Tổ tư vấn OCOP " + province.nameInPhrase();
  }

  public static String advisoryDisplayName(AdministrativeUnit province) {
    return advisoryName(province) + " / " + province.asciiName() + " OCOP advisory group";
  }

  /** The province's OCOP agency in Vietnamese: "Cơ quan OCOP tỉnh Hà Tĩnh". */
  public static String agencyName(AdministrativeUnit province) {
    return "Cơ quan OCOP " + province.nameInPhrase();
  }

  public static String agencyDisplayName(AdministrativeUnit province) {
    return agencyName(province) + " / " + province.asciiName() + " OCOP agency";
  }

  /** The group that works a unit's dossiers: its officers for a commune, its council above. */
  public static String of(AdministrativeUnit unit) {
    return switch (unit.level()) {
      case COMMUNE -> communeOfficers(unit.code());
      case DISTRICT -> districtCouncil(unit.code());
      case PROVINCE -> provinceCouncil(unit.code());
    };
  }

  /**
   * The unit's group in Vietnamese, its level in the words: "Cán bộ OCOP xã Phúc Trạch", "Hội đồng OCOP huyện
   * Hương Khê", "Hội đồng OCOP tỉnh Hà Tĩnh".
   */
  public static String vietnameseName(AdministrativeUnit unit) {
    return (unit.level() == UnitLevel.COMMUNE ? "Cán bộ OCOP " : "Hội đồng OCOP ") + unit.nameInPhrase();
  }

  public static String displayName(AdministrativeUnit unit) {
    return vietnameseName(unit) + " / " + unit.asciiName() + switch (unit.level()) {
      case COMMUNE -> " officers";
      case DISTRICT -> " district council";
      case PROVINCE -> " province council";
    };
  }

  /** The code of the unit whose group this is (a commune's officers, a council, a province's agency). */
  public static Optional<String> unitOf(String groupId) {
    Matcher matcher = UNIT_GROUP.matcher(groupId);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Stream.of(matcher.group(1), matcher.group(2), matcher.group(3)).filter(Objects::nonNull).findFirst();
  }

  /**
   * Whether members of this group read dossiers at all: auditors and administrators every dossier, the
   * ministry's council, agency and advisory group theirs, a unit's officials their unit's.
   */
  public static boolean readsDossiers(String groupId) {
    return List.of(AUDITORS, ADMINISTRATORS, CENTRAL_COUNCIL, councilChair(CENTRAL_COUNCIL), CENTRAL_AGENCY,
        CENTRAL_ADVISORY).contains(groupId) || unitOf(groupId).isPresent();
  }

  /** The commune code of a commune officers' group id. */
  public static Optional<String> communeOf(String groupId) {
    Matcher matcher = COMMUNE_OFFICERS.matcher(groupId);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
