package vn.ocop.workflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.workflow.testing.ProcessTestBase;

/** The demo officials' names, as Tasklist shows them: the unit in Vietnamese with its diacritics, and its level. */
class DemoOfficialsTest extends ProcessTestBase {

  @Autowired
  private DemoOfficials demoOfficials;
  @Autowired
  private IdentityService identityService;

  @Test
  void aDistrictAndAProvinceMemberAreToldApartByLevelInVietnamese() {
    String district = displayName("council-444-1");
    String province = displayName("council-42-1");

    assertThat(district).isEqualTo("Thành viên 1 Hội đồng OCOP huyện Hương Khê");
    assertThat(province).isEqualTo("Thành viên 1 Hội đồng OCOP tỉnh Hà Tĩnh");
    assertThat(displayName("central-2")).isEqualTo("Thành viên 2 Hội đồng OCOP Trung ương");
  }

  @Test
  void officersAgenciesAndAdvisersAreNamedAfterTheirUnit() {
    assertThat(displayName("officer-18547")).isEqualTo("Cán bộ xã Phúc Trạch");
    assertThat(displayName("officer-18496")).isEqualTo("Cán bộ thị trấn Hương Khê");
    assertThat(displayName("agency-40")).isEqualTo("Cán bộ Cơ quan OCOP tỉnh Nghệ An");
    assertThat(displayName("advisory-central")).isEqualTo("Chuyên gia Tổ tư vấn OCOP Trung ương");
  }

  @Test
  void anOfficialSavedUnderAnOldNameIsRenamedAtTheNextStartAndKeepsThePassword() {
    User old = identityService.createUserQuery().userId("council-444-2").singleResult();
    old.setFirstName("Thành viên 2");
    old.setLastName("Huong Khe");
    identityService.saveUser(old);

    demoOfficials.create();

    assertThat(displayName("council-444-2")).isEqualTo("Thành viên 2 Hội đồng OCOP huyện Hương Khê");
    assertThat(identityService.checkPassword("council-444-2", "demo")).isTrue();
  }

  private String displayName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user.getFirstName() + " " + user.getLastName();
  }
}
