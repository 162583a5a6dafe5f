package vn.ocop.workflow.roles;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.StartUpLock;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.UnitLevel;

/**
 * Demo officials for the dev profile only, named by rule so the README can list them:
 * {@code officer-<commune>}, {@code council-<district or province>-<1..3>}, {@code central-<1..3>},
 * {@code auditor}, {@code operator} and {@code admin}. Their names say, with the diacritics, which unit and
 * level they work for: "Thành viên 1 Hội đồng OCOP huyện Hương Khê", "Cán bộ xã Phúc Trạch".
 */
@Component
@ConditionalOnProperty(name = "ocop.demo-officials.enabled", havingValue = "true")
public class DemoOfficials {

  static final int COUNCIL_SIZE = 3;
  private static final Logger LOG = LoggerFactory.getLogger(DemoOfficials.class);

  private final IdentityService identityService;
  private final OrganisationUnits units;
  private final String password;
  private final StartUpLock startUpLock;

  public DemoOfficials(IdentityService identityService, OrganisationUnits units,
      @Value("${ocop.demo-officials.password}") String password, Environment environment,
      StartUpLock startUpLock) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new IllegalStateException("Demo officials are never created in the prod profile; unset ocop.demo-officials.enabled");
    }
    this.identityService = identityService;
    this.units = units;
    this.password = password;
    this.startUpLock = startUpLock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void create() {
    startUpLock.run(this::createMissing);
  }

  private void createMissing() {
    List<DemoOfficial> officials = new ArrayList<>();
    for (AdministrativeUnit unit : units.all()) {
      String group = OfficialGroups.of(unit);
      if (unit.level() == UnitLevel.COMMUNE) {
        officials.add(new DemoOfficial("officer-" + unit.code(), "Cán bộ", unit.nameInPhrase(), group));
      } else {
        for (int i = 1; i <= COUNCIL_SIZE; i++) {
          officials.add(new DemoOfficial("council-" + unit.code() + "-" + i, "Thành viên " + i,
              OfficialGroups.vietnameseName(unit), group));
        }
      }
    }
    units.provinces().forEach(province -> officials.add(new DemoOfficial("agency-" + province.code(), "Cán bộ",
        OfficialGroups.agencyName(province), OfficialGroups.provinceAgency(province.code()))));
    officials.add(new DemoOfficial("agency-central", "Cán bộ", OfficialGroups.CENTRAL_AGENCY_NAME,
        OfficialGroups.CENTRAL_AGENCY));
    units.provinces().forEach(province -> officials.add(new DemoOfficial("advisory-" + province.code(), "Chuyên gia",
        OfficialGroups.advisoryName(province), OfficialGroups.provinceAdvisory(province.code()))));
    officials.add(new DemoOfficial("advisory-central", "Chuyên gia", OfficialGroups.CENTRAL_ADVISORY_NAME,
        OfficialGroups.CENTRAL_ADVISORY));
    for (int i = 1; i <= COUNCIL_SIZE; i++) {
      officials.add(new DemoOfficial("central-" + i, "Thành viên " + i, OfficialGroups.CENTRAL_COUNCIL_NAME,
          OfficialGroups.CENTRAL_COUNCIL));
    }
    officials.add(new DemoOfficial("auditor", "Kiểm toán", "Auditor", OfficialGroups.AUDITORS));
    officials.add(new DemoOfficial("operator", "Vận hành", "Operator", OfficialGroups.OPERATORS));
    officials.add(new DemoOfficial("admin", "Quản trị", "Administrator", OfficialGroups.ADMINISTRATORS));

    int created = 0;
    int renamed = 0;
    for (DemoOfficial official : officials) {
      User existing = identityService.createUserQuery().userId(official.id()).singleResult();
      if (existing == null) {
        User user = identityService.newUser(official.id());
        official.name(user);
        user.setEmail(official.id() + "@demo.ocop.local");
        user.setPassword(password);
        identityService.saveUser(user);
        created++;
      } else if (!official.isNamed(existing)) {
        // A database from an earlier version keeps the names its officials had then ("Phuc Trach").
        official.name(existing);
        identityService.saveUser(existing);
        renamed++;
      }
      if (identityService.createUserQuery().userId(official.id()).memberOfGroup(official.group()).count() == 0) {
        identityService.createMembership(official.id(), official.group());
      }
    }
    // The first member of each council chairs it.
    units.councilGroups().forEach(council -> officials.stream().filter(o -> o.group().equals(council)).findFirst()
        .filter(chair -> identityService.createUserQuery().userId(chair.id())
            .memberOfGroup(OfficialGroups.councilChair(council)).count() == 0)
        .ifPresent(chair -> identityService.createMembership(chair.id(), OfficialGroups.councilChair(council))));
    LOG.info("Demo officials ready: {} ({} created, {} renamed); password '{}'", officials.size(), created, renamed,
        password);
  }

  private record DemoOfficial(String id, String firstName, String lastName, String group) {

    boolean isNamed(User user) {
      return firstName.equals(user.getFirstName()) && lastName.equals(user.getLastName());
    }

    void name(User user) {
      user.setFirstName(firstName);
      user.setLastName(lastName);
    }
  }
}
