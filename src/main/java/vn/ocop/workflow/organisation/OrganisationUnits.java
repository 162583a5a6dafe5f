package vn.ocop.workflow.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.Procedure;

/**
 * The tree of administrative units (province, district, commune), loaded at start-up from a CSV
 * file so that units change without code. Columns: code, level, name, ascii_name, parent_code.
 */
@Component
public class OrganisationUnits {

  private final Map<String, AdministrativeUnit> byCode;
  private final ProcedureSettings procedures;

  public OrganisationUnits(@Value("${ocop.units-file:classpath:organisation/units.csv}") Resource file,
      ProcedureSettings procedures) {
    this.procedures = procedures;
    this.byCode = read(file);
    verifyTree(file.getDescription());
  }

  public Collection<AdministrativeUnit> all() {
    return byCode.values();
  }

  /** The codes of the communes within a unit: itself if a commune, those below it otherwise. */
  public List<String> communesWithin(String unitCode) {
    return byCode.values().stream().filter(unit -> unit.level() == UnitLevel.COMMUNE)
        .filter(commune -> commune.code().equals(unitCode) || isWithin(commune, unitCode)).map(AdministrativeUnit::code)
        .toList();
  }

  private boolean isWithin(AdministrativeUnit unit, String ancestorCode) {
    for (AdministrativeUnit parent = byCode.get(unit.parentCode()); parent != null; parent = byCode.get(parent.parentCode())) {
      if (parent.code().equals(ancestorCode)) {
        return true;
      }
    }
    return false;
  }

  /** The officers' groups of every commune. */
  public List<String> communeGroups() {
    return byCode.values().stream().filter(unit -> unit.level() == UnitLevel.COMMUNE).map(OfficialGroups::of).toList();
  }

  /** The council groups: every district and province, and the central council. */
  public List<String> councilGroups() {
    List<String> councils = new ArrayList<>(byCode.values().stream()
        .filter(unit -> unit.level() != UnitLevel.COMMUNE).map(OfficialGroups::of).toList());
    councils.add(OfficialGroups.CENTRAL_COUNCIL);
    return councils;
  }

  /** The OCOP agency groups: every province's, and the ministry's central office. */
  public List<String> agencyGroups() {
    List<String> agencies = new ArrayList<>(provinces().map(province -> OfficialGroups.provinceAgency(province.code())).toList());
    agencies.add(OfficialGroups.CENTRAL_AGENCY);
    return agencies;
  }

  /** The councils' advisory groups: every province's, and the central council's. */
  public List<String> advisoryGroups() {
    List<String> groups = new ArrayList<>(provinces().map(province -> OfficialGroups.provinceAdvisory(province.code())).toList());
    groups.add(OfficialGroups.CENTRAL_ADVISORY);
    return groups;
  }

  public Stream<AdministrativeUnit> provinces() {
    return byCode.values().stream().filter(unit -> unit.level() == UnitLevel.PROVINCE);
  }

  /**
   * The group that supervises another's work, one unit up the tree: a commune's officers are supervised by
   * their district's council (or their province's, without districts), a district council by its
   * province's, a province council by the central council, and the central council by the administrators; a
   * province's OCOP agency by the ministry's, and that by the administrators; an advisory group by the
   * agency that organises its council's work.
   */
  public Optional<String> supervisingGroup(String groupId) {
    if (OfficialGroups.CENTRAL_COUNCIL.equals(groupId) || OfficialGroups.CENTRAL_AGENCY.equals(groupId)) {
      return Optional.of(OfficialGroups.ADMINISTRATORS);
    }
    if (OfficialGroups.CENTRAL_ADVISORY.equals(groupId)) {
      return Optional.of(OfficialGroups.CENTRAL_AGENCY);
    }
    if (provinces().anyMatch(province -> OfficialGroups.provinceAgency(province.code()).equals(groupId))) {
      return Optional.of(OfficialGroups.CENTRAL_AGENCY);
    }
    Optional<AdministrativeUnit> advised = provinces()
        .filter(province -> OfficialGroups.provinceAdvisory(province.code()).equals(groupId)).findFirst();
    if (advised.isPresent()) {
      return Optional.of(OfficialGroups.provinceAgency(advised.get().code()));
    }
    return byCode.values().stream().filter(unit -> OfficialGroups.of(unit).equals(groupId)).findFirst()
        .map(unit -> unit.parentCode() == null ? OfficialGroups.CENTRAL_COUNCIL : OfficialGroups.of(byCode.get(unit.parentCode())));
  }

  public Optional<AdministrativeUnit> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The commune with its district (absent on the two-level procedures) and province, for a dossier registered on {@code day}. */
  public Optional<CommuneChain> communeChain(String communeCode, LocalDate day) {
    AdministrativeUnit commune = byCode.get(communeCode);
    if (commune == null || commune.level() != UnitLevel.COMMUNE) {
      return Optional.empty();
    }
    AdministrativeUnit parent = byCode.get(commune.parentCode());
    AdministrativeUnit district = parent.level() == UnitLevel.DISTRICT ? parent : null;
    AdministrativeUnit province = district == null ? parent : byCode.get(district.parentCode());
    return Optional.of(new CommuneChain(commune, district, province, procedures.procedureOn(province.code(), day)));
  }

  private static Map<String, AdministrativeUnit> read(Resource file) {
    Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("code,level,name")) {
        throw new IllegalStateException(file.getDescription() + ": expected header code,level,name,ascii_name,parent_code");
      }
      String line;
      int lineNo = 1;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length < 5) {
          throw new IllegalStateException(file.getDescription() + " line " + lineNo + ": expected 5 columns");
        }
        AdministrativeUnit unit = new AdministrativeUnit(cells[0].trim(), UnitLevel.parse(cells[1]),
            cells[2].trim(), cells[3].trim(), cells[4].trim().isEmpty() ? null : cells[4].trim());
        if (units.putIfAbsent(unit.code(), unit) != null) {
          throw new IllegalStateException(file.getDescription() + " line " + lineNo + ": duplicate unit code " + unit.code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read organisation units from " + file.getDescription(), e);
    }
    return units;
  }

  /** Refuses a tree the procedures cannot serve, naming the unit at fault. */
  private void verifyTree(String source) {
    List<String> errors = new ArrayList<>();
    for (AdministrativeUnit unit : byCode.values()) {
      AdministrativeUnit parent = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
      switch (unit.level()) {
        case PROVINCE -> {
          if (unit.parentCode() != null) {
            errors.add("province " + unit.code() + " must not have a parent");
          }
        }
        case DISTRICT -> {
          if (parent == null || parent.level() != UnitLevel.PROVINCE) {
            errors.add("district " + unit.code() + " needs a province as parent");
          } else if (!procedures.procedureOf(parent.code()).hasDistricts()) {
            errors.add("district " + unit.code() + " lies in province " + parent.code()
                + ", which runs the two-level procedure without districts");
          }
        }
        case COMMUNE -> {
          if (parent == null || parent.level() == UnitLevel.COMMUNE) {
            errors.add("commune " + unit.code() + " needs a district or province as parent");
          } else if (parent.level() == UnitLevel.PROVINCE
              && procedures.procedureOf(parent.code()).hasDistricts()) {
            errors.add("commune " + unit.code() + " lies directly in province " + parent.code()
                + ", which runs the three-level procedure and needs a district");
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Organisation units in " + source + " are inconsistent: " + String.join("; ", errors));
    }
  }

  /** A commune and the units above it that evaluate its products. */
  public record CommuneChain(AdministrativeUnit commune, AdministrativeUnit district, AdministrativeUnit province,
                             Procedure procedure) {
  }
}
