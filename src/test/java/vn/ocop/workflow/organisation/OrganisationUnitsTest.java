package vn.ocop.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import vn.ocop.workflow.vocabulary.Procedure;

class OrganisationUnitsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
  private static final ProcedureSettings PROCEDURES = new ProcedureSettings(Map.of("42", "three-level"), "two-level",
      List.of(new ProcedureSettings.ProcedureChange("40", "two-level-2026", LocalDate.of(2026, 7, 21))));
  private final OrganisationUnits units = new OrganisationUnits(new ClassPathResource("organisation/units.csv"), PROCEDURES);

  @Test
  void aHaTinhCommuneSitsUnderItsDistrictOnTheThreeLevelProcedure() {
    OrganisationUnits.CommuneChain chain = units.communeChain("18547", DAY).orElseThrow();

    assertThat(chain.commune().name()).isEqualTo("Xã Phúc Trạch");
    assertThat(chain.district().code()).isEqualTo("444");
    assertThat(chain.province().code()).isEqualTo("42");
    assertThat(chain.procedure()).isEqualTo(Procedure.THREE_LEVEL);
  }

  @Test
  void aNgheAnCommuneSitsDirectlyUnderTheProvinceOnTheTwoLevelProcedure() {
    OrganisationUnits.CommuneChain chain = units.communeChain("17464", DAY).orElseThrow();

    assertThat(chain.district()).isNull();
    assertThat(chain.province().name()).isEqualTo("Tỉnh Nghệ An");
    assertThat(chain.procedure()).isEqualTo(Procedure.TWO_LEVEL);
  }

  @Test
  void onlyCommunesStartAChain() {
    assertThat(units.communeChain("444", DAY)).isEmpty();
    assertThat(units.communeChain("00000", DAY)).isEmpty();
  }

  @Test
  void theDemoDataHoldsBothProvincesWithEnoughUnits() {
    long haTinhDistricts = units.all().stream().filter(u -> u.level() == UnitLevel.DISTRICT).count();
    long ngheAnCommunes = units.all().stream().filter(u -> "40".equals(u.parentCode())).count();
    assertThat(haTinhDistricts).isGreaterThanOrEqualTo(2);
    assertThat(ngheAnCommunes).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aDistrictInATwoLevelProvinceIsRefused() {
    assertThatThrownBy(() -> load("""
        code,level,name,ascii_name,parent_code
        40,province,Tỉnh Nghệ An,Nghe An,
        999,district,Huyện X,X,40
        """)).hasMessageContaining("district 999 lies in province 40, which runs the two-level procedure without districts");
  }

  @Test
  void aCommuneDirectlyUnderAThreeLevelProvinceIsRefused() {
    assertThatThrownBy(() -> load("""
        code,level,name,ascii_name,parent_code
        42,province,Tỉnh Hà Tĩnh,Ha Tinh,
        18547,commune,Xã Phúc Trạch,Phuc Trach,42
        """)).hasMessageContaining("commune 18547 lies directly in province 42, which runs the three-level procedure");
  }

  @Test
  void duplicateCodesAndMissingParentsAreRefusedWithTheirLine() {
    assertThatThrownBy(() -> load("""
        code,level,name,ascii_name,parent_code
        40,province,Tỉnh Nghệ An,Nghe An,
        40,province,Tỉnh Nghệ An,Nghe An,
        """)).hasMessageContaining("line 3: duplicate unit code 40");
    assertThatThrownBy(() -> load("""
        code,level,name,ascii_name,parent_code
        17464,commune,Xã Diễn Châu,Dien Chau,40
        """)).hasMessageContaining("commune 17464 needs a district or province as parent");
  }

  @Test
  void groupsFollowOneNamingRule() {
    AdministrativeUnit commune = units.find("18547").orElseThrow();
    assertThat(OfficialGroups.of(commune)).isEqualTo("commune-18547-officers");
    assertThat(OfficialGroups.of(units.find("444").orElseThrow())).isEqualTo("district-444-council");
    assertThat(OfficialGroups.of(units.find("40").orElseThrow())).isEqualTo("province-40-council");
    assertThat(OfficialGroups.communeOf("commune-18547-officers")).contains("18547");
    assertThat(OfficialGroups.communeOf("district-444-council")).isEmpty();
    assertThat(OfficialGroups.provinceAgency("40")).isEqualTo("province-40-agency");
    assertThat(OfficialGroups.unitOf("province-40-agency")).contains("40");
    assertThat(OfficialGroups.unitOf("district-444-council")).contains("444");
    assertThat(OfficialGroups.unitOf(OfficialGroups.CENTRAL_AGENCY)).isEmpty();
  }

  @Test
  void groupNamesKeepTheDiacriticsAndTellTheLevel() {
    assertThat(OfficialGroups.displayName(units.find("18547").orElseThrow()))
        .isEqualTo("Cán bộ OCOP xã Phúc Trạch / Phuc Trach officers");
    assertThat(OfficialGroups.displayName(units.find("444").orElseThrow()))
        .isEqualTo("Hội đồng OCOP huyện Hương Khê / Huong Khe district council");
    assertThat(OfficialGroups.displayName(units.find("42").orElseThrow()))
        .isEqualTo("Hội đồng OCOP tỉnh Hà Tĩnh / Ha Tinh province council");
    assertThat(OfficialGroups.agencyDisplayName(units.find("40").orElseThrow()))
        .isEqualTo("Cơ quan OCOP tỉnh Nghệ An / Nghe An OCOP agency");
  }

  @Test
  void aProvinceSwitchedToDecision26FollowsItForDossiersRegisteredFromThatDay() {
    assertThat(units.communeChain("17464", LocalDate.of(2026, 7, 20)).orElseThrow().procedure())
        .isEqualTo(Procedure.TWO_LEVEL);
    assertThat(units.communeChain("17464", LocalDate.of(2026, 7, 21)).orElseThrow().procedure())
        .isEqualTo(Procedure.TWO_LEVEL_2026);
    assertThat(units.communeChain("18547", LocalDate.of(2026, 7, 21)).orElseThrow().procedure())
        .isEqualTo(Procedure.THREE_LEVEL);
  }

  @Test
  void aChangeThatWouldAddOrRemoveDistrictsIsRefused() {
    assertThatThrownBy(() -> new ProcedureSettings(Map.of("42", "three-level"), null,
        List.of(new ProcedureSettings.ProcedureChange("42", "two-level-2026", LocalDate.of(2026, 7, 21)))))
        .hasMessageContaining("province 42 cannot change from three-level to two-level-2026");
  }

  @Test
  void anUnknownProcedureInTheConfigurationIsRefused() {
    assertThatThrownBy(() -> new ProcedureSettings(Map.of("42", "one-level"), null, null))
        .hasMessageContaining("Unknown procedure 'one-level'");
  }

  private static OrganisationUnits load(String csv) {
    return new OrganisationUnits(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)), PROCEDURES);
  }
}
