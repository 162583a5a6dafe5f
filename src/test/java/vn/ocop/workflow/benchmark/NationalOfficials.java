package vn.ocop.workflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.UnitLevel;

/**
 * The officials of a national tree, written straight into the engine's identity tables in one batch (a real
 * installation gets them from LDAP or from administrators over months; through the identity service ten
 * thousand users would take longer than the rest of the benchmark). Named as the demo officials are:
 * {@code officer-<commune>} (and {@code -2}, {@code -3} … for more officers of a commune),
 * {@code council-<district or province>-<1..3>} (the first chairs), {@code central-<1..3>},
 * {@code agency-<province>}, {@code advisory-<province>}, and {@code admin}. Every password is {@code demo},
 * hashed as the engine hashes it (SHA-512, no salt), since the groups exist only after the first start.
 */
final class NationalOfficials {

  static final int COUNCIL_SIZE = 3;
  private static final String PASSWORD = "{SHA-512}" + new Sha512HashDigest().encrypt("demo");

  private record Official(String id, String group) {
  }

  private NationalOfficials() {
  }

  /** Inserts the officials and their memberships; returns how many officials there are. */
  static int insert(DataSource database, NationalTree tree, int officersPerCommune) {
    List<Official> memberships = new ArrayList<>();
    for (AdministrativeUnit commune : tree.of(UnitLevel.COMMUNE)) {
      for (int i = 1; i <= officersPerCommune; i++) {
        memberships.add(new Official("officer-" + commune.code() + (i == 1 ? "" : "-" + i),
            OfficialGroups.communeOfficers(commune.code())));
      }
    }
    List<String> councils = new ArrayList<>();
    tree.units().stream().filter(unit -> unit.level() != UnitLevel.COMMUNE)
        .forEach(unit -> councils.add(OfficialGroups.of(unit)));
    councils.add(OfficialGroups.CENTRAL_COUNCIL);
    for (String council : councils) {
      String prefix = council.equals(OfficialGroups.CENTRAL_COUNCIL) ? "central-" : "council-" + council.split("-")[1] + "-";
      for (int i = 1; i <= COUNCIL_SIZE; i++) {
        memberships.add(new Official(prefix + i, council));
      }
      memberships.add(new Official(prefix + 1, OfficialGroups.councilChair(council)));
    }
    for (AdministrativeUnit province : tree.of(UnitLevel.PROVINCE)) {
      memberships.add(new Official("agency-" + province.code(), OfficialGroups.provinceAgency(province.code())));
      memberships.add(new Official("advisory-" + province.code(), OfficialGroups.provinceAdvisory(province.code())));
    }
    memberships.add(new Official("agency-central", OfficialGroups.CENTRAL_AGENCY));
    memberships.add(new Official("advisory-central", OfficialGroups.CENTRAL_ADVISORY));
    memberships.add(new Official("admin", OfficialGroups.ADMINISTRATORS));

    List<String> users = memberships.stream().map(Official::id).distinct().toList();
    JdbcTemplate jdbc = new JdbcTemplate(database);
    jdbc.batchUpdate("INSERT INTO ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_, PWD_) VALUES (?, 1, ?, ?, ?, ?)",
        users.stream().map(id -> new Object[] {id, "Cán bộ", id, id + "@benchmark.ocop.local", PASSWORD}).toList());
    jdbc.batchUpdate("INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) VALUES (?, ?)",
        memberships.stream().map(official -> new Object[] {official.id(), official.group()}).toList());
    return users.size();
  }
}
