package vn.ocop.workflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.organisation.ProcedureSettings;
import vn.ocop.workflow.organisation.UnitLevel;

/**
 * The unit tree of a national programme, as a units file the application is pointed at
 * ({@code ocop.units-file}): every unit of the shipped units.csv with its real code, and generated provinces
 * and communes up to the wanted numbers, whose names say they are generated. Generated provinces run the
 * default two-level procedure, so their communes sit directly under them.
 */
record NationalTree(List<AdministrativeUnit> units, int generated) {

  static final String GENERATED = "(sinh tự động / generated)";
  /** The application's own procedure settings (application.yaml): they decide which provinces have districts. */
  static final ProcedureSettings PROCEDURES = new ProcedureSettings(Map.of("42", "three-level", "40", "two-level"),
      "two-level", List.of());

  static NationalTree of(int provinces, int communes) {
    List<AdministrativeUnit> units = new ArrayList<>(
        new OrganisationUnits(new ClassPathResource("organisation/units.csv"), PROCEDURES).all());
    Set<String> codes = new HashSet<>(units.stream().map(AdministrativeUnit::code).toList());
    int generatedProvinces = provinces - count(units, UnitLevel.PROVINCE);
    int generatedCommunes = communes - count(units, UnitLevel.COMMUNE);
    if (generatedProvinces < 1 || generatedCommunes < generatedProvinces) {
      throw new IllegalArgumentException("a national tree needs more provinces and communes than units.csv has");
    }
    List<String> provinceCodes = freeCodes(codes, 1, 2, generatedProvinces);
    List<String> communeCodes = freeCodes(codes, 90000, 5, generatedCommunes);
    for (int p = 0; p < generatedProvinces; p++) {
      String province = provinceCodes.get(p);
      units.add(new AdministrativeUnit(province, UnitLevel.PROVINCE, "Tỉnh " + province + " " + GENERATED,
          "Generated province " + province, null));
      for (int c = p; c < generatedCommunes; c += generatedProvinces) {
        String commune = communeCodes.get(c);
        units.add(new AdministrativeUnit(commune, UnitLevel.COMMUNE, "Xã " + commune + " " + GENERATED,
            "Generated commune " + commune, province));
      }
    }
    return new NationalTree(List.copyOf(units), generatedProvinces + generatedCommunes);
  }

  /** Writes the units file and reads it back as the application does, which checks the tree. */
  Path write(Path file) throws IOException {
    List<String> lines = new ArrayList<>(List.of("code,level,name,ascii_name,parent_code"));
    units.forEach(unit -> lines.add(String.join(",", unit.code(), unit.level().name().toLowerCase(Locale.ROOT), unit.name(),
        unit.asciiName(), unit.parentCode() == null ? "" : unit.parentCode())));
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    new OrganisationUnits(new FileSystemResource(file), PROCEDURES);
    return file;
  }

  List<AdministrativeUnit> of(UnitLevel level) {
    return units.stream().filter(unit -> unit.level() == level).toList();
  }

  /** The communes of a province, directly or through its districts. */
  List<AdministrativeUnit> communesOf(String provinceCode) {
    Set<String> within = new HashSet<>(Set.of(provinceCode));
    units.stream().filter(unit -> provinceCode.equals(unit.parentCode())).forEach(unit -> within.add(unit.code()));
    return of(UnitLevel.COMMUNE).stream().filter(commune -> within.contains(commune.parentCode())).toList();
  }

  private static int count(List<AdministrativeUnit> units, UnitLevel level) {
    return (int) units.stream().filter(unit -> unit.level() == level).count();
  }

  private static List<String> freeCodes(Set<String> taken, int from, int digits, int wanted) {
    List<String> free = new ArrayList<>();
    for (int code = from; free.size() < wanted; code++) {
      String candidate = String.format("%0" + digits + "d", code);
      if (candidate.length() > digits) {
        throw new IllegalArgumentException("not enough free " + digits + "-digit codes");
      }
      if (taken.add(candidate)) {
        free.add(candidate);
      }
    }
    return free;
  }
}
