package vn.ocop.workflow.criteria;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.workflow.criteria.InvalidCriteriaSetException.Problem;

/**
 * Reads criteria sets from the CSV format that the shipped sets are kept in and administrators import
 * (documented in the README). One row per scored criterion, sub-section total or 3★ requirement; the
 * set's name, source and product groups are given on its first row. Every problem is collected and
 * named by row and column, and nothing is returned unless the whole file is valid.
 */
public final class CriteriaSetFile {

  public static final String SET = "set";
  public static final String SET_NAME = "set_name";
  public static final String SOURCE = "source";
  public static final String PRODUCT_GROUPS = "product_groups";
  public static final String KIND = "kind";
  public static final String SECTION = "section";
  public static final String CODE = "code";
  public static final String LABEL = "label";
  public static final String MAX = "max";
  public static final String LEVELS = "levels";
  public static final String MIN_3 = "min_3_star";
  public static final String MIN_4 = "min_4_star";
  public static final String MIN_5 = "min_5_star";
  public static final List<String> COLUMNS = List.of(SET, SET_NAME, SOURCE, PRODUCT_GROUPS, KIND, SECTION, CODE, LABEL,
      MAX, LEVELS, MIN_3, MIN_4, MIN_5);
  private static final Map<Integer, String> MINIMUM_COLUMNS = Map.of(3, MIN_3, 4, MIN_4, 5, MIN_5);

  public static final String CRITERION = "criterion";
  public static final String SECTION_TOTAL = "section-total";
  public static final String REQUIREMENT = "requirement";
  public static final List<String> SECTIONS = List.of("A1", "A2", "A3", "B4", "B5", "C");

  private static final Pattern SET_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern CODE_PATTERN = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern RANGE = Pattern.compile("(\\d+)\\.\\.(\\d+)");
  private static final Pattern LEVEL = Pattern.compile("(\\d+)(?:=(.+))?");
  private static final int MAX_TEXT = 500;

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private CriteriaSetFile(String file) {
    this.file = file;
  }

  /** The sets in a CSV file, in the order they appear; refused as a whole with every problem named. */
  public static List<CriteriaSet> read(String file, InputStream csv) {
    return new CriteriaSetFile(file).parse(csv);
  }

  private List<CriteriaSet> parse(InputStream csv) {
    List<Row> rows = rows(csv);
    Map<String, SetBuilder> sets = new LinkedHashMap<>();
    for (Row row : rows) {
      String id = row.get(SET);
      if (id.isEmpty() || !SET_ID.matcher(id).matches()) {
        problem(row, SET, "'" + id + "' không phải mã bộ tiêu chí (chữ thường, số, gạch nối) / is not a set id"
            + " (lower-case letters, digits and hyphens)");
        continue;
      }
      sets.computeIfAbsent(id, SetBuilder::new).add(row);
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(file, 2, SET, "tệp không có dòng nào / the file has no rows"));
    }
    List<CriteriaSet> result = sets.values().stream().map(SetBuilder::build).toList();
    if (!problems.isEmpty()) {
      throw new InvalidCriteriaSetException(problems);
    }
    return result;
  }

  private List<Row> rows(InputStream csv) {
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<List<String>> lines = new CsvMapper().readerForListOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
      List<String> header = null;
      while (lines.hasNextValue()) {
        int line = lines.getCurrentLocation().getLineNr();
        List<String> cells = lines.nextValue();
        if (header == null) {
          header = cells.stream().map(String::trim).toList();
          if (!checkHeader(header)) {
            return List.of();
          }
        } else if (cells.size() > header.size()) {
          problems.add(new Problem(file, line, "-", cells.size() + " ô, nhiều hơn tiêu đề (" + header.size() + ") / "
              + cells.size() + " cells, more than the header's " + header.size()));
        } else if (!cells.stream().allMatch(String::isBlank)) {
          rows.add(new Row(line, header, cells));
        }
      }
      if (header == null) {
        problems.add(new Problem(file, 1, SET, "tệp trống / the file is empty"));
      }
    } catch (IOException e) {
      problems.add(new Problem(file, 0, "-", "không đọc được CSV / not readable as CSV: " + e.getMessage()));
    }
    return rows;
  }

  private boolean checkHeader(List<String> header) {
    Set<String> missing = new LinkedHashSet<>(COLUMNS);
    header.forEach(missing::remove);
    missing.forEach(column -> problems.add(new Problem(file, 1, column, "thiếu cột / the column is missing")));
    header.stream().filter(column -> !COLUMNS.contains(column)).forEach(column ->
        problems.add(new Problem(file, 1, column, "cột không có trong định dạng / the format has no such column")));
    return problems.isEmpty();
  }

  private void problem(Row row, String column, String message) {
    problems.add(new Problem(file, row.line(), column, message));
  }

  /** The rows of one set, checked as they come and then as a whole. */
  private final class SetBuilder {
    private final String id;
    private Row first;
    private final List<Integer> productGroups = new ArrayList<>();
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Row> criterionRows = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final Set<String> codes = new LinkedHashSet<>();
    private boolean rowRefused;

    SetBuilder(String id) {
      this.id = id;
    }

    void add(Row row) {
      int before = problems.size();
      check(row);
      rowRefused |= problems.size() > before;
    }

    private void check(Row row) {
      if (first == null) {
        first = row;
        text(row, SET_NAME, true);
        text(row, SOURCE, true);
        productGroups.addAll(productGroups(row));
      } else {
        for (String column : List.of(SET_NAME, SOURCE, PRODUCT_GROUPS)) {
          if (!row.get(column).isEmpty() && !row.get(column).equals(first.get(column))) {
            problem(row, column, "khác dòng đầu của bộ " + id + " (dòng " + first.line() + "); để trống hoặc giống hệt"
                + " / differs from the first row of set " + id + " (row " + first.line() + "); leave it empty or equal");
          }
        }
      }
      String code = row.get(CODE);
      if (!CODE_PATTERN.matcher(code).matches()) {
        problem(row, CODE, "'" + code + "' không phải mã tiêu chí (chữ thường, số, gạch dưới) / is not a criterion code"
            + " (lower-case letters, digits and underscores, starting with a letter)");
      } else if (!codes.add(code)) {
        problem(row, CODE, "mã " + code + " trùng trong bộ " + id + " / code " + code + " appears twice in set " + id);
      }
      String label = text(row, LABEL, true);
      switch (row.get(KIND)) {
        case CRITERION, SECTION_TOTAL -> criterion(row, code, label);
        case REQUIREMENT -> requirement(row, code, label);
        default -> problem(row, KIND, "'" + row.get(KIND) + "' phải là / must be one of " + List.of(CRITERION, SECTION_TOTAL, REQUIREMENT));
      }
    }

    private void criterion(Row row, String code, String label) {
      String section = row.get(SECTION);
      if (!SECTIONS.contains(section)) {
        problem(row, SECTION, "'" + section + "' phải là / must be one of " + SECTIONS);
      }
      Integer max = wholeNumber(row, MAX);
      if (max != null && max <= 0) {
        problem(row, MAX, max + " phải lớn hơn 0 / must be greater than 0");
        max = null;
      }
      List<Level> levels = levels(row, max);
      Map<Integer, Integer> minimums = new TreeMap<>();
      Integer lower = null;
      for (int stars : List.of(3, 4, 5)) {
        String column = MINIMUM_COLUMNS.get(stars);
        if (row.get(column).isEmpty()) {
          continue;
        }
        Integer minimum = wholeNumber(row, column);
        if (minimum == null || levels == null) {
          continue;
        }
        if (levels.stream().noneMatch(level -> level.points() == minimum)) {
          problem(row, column, minimum + " không phải một mức của tiêu chí / is not one of the criterion's levels");
        } else if (lower != null && minimum < lower) {
          problem(row, column, "mức tối thiểu " + stars + "★ thấp hơn hạng dưới (" + lower + ") / the " + stars
              + "★ minimum is below the lower rank's minimum (" + lower + ")");
        } else {
          minimums.put(stars, minimum);
          lower = minimum;
        }
      }
      if (label != null && max != null && levels != null && SECTIONS.contains(section)) {
        criteria.add(new Criterion(code, section, label, max, levels, minimums, SECTION_TOTAL.equals(row.get(KIND))));
        criterionRows.add(row);
      }
    }

    private void requirement(Row row, String code, String label) {
      for (String column : List.of(SECTION, MAX, LEVELS, MIN_3, MIN_4, MIN_5)) {
        if (!row.get(column).isEmpty()) {
          problem(row, column, "để trống với yêu cầu 3★ / leave it empty for a 3★ requirement");
        }
      }
      if (label != null) {
        requirements.add(new Requirement(code, label));
      }
    }

    /** "0|1|3=50–75% local workers|5" or "0..19": ascending, within 0..max, the highest equal to max. */
    private List<Level> levels(Row row, Integer max) {
      String text = row.get(LEVELS);
      List<Level> levels = new ArrayList<>();
      Matcher range = RANGE.matcher(text);
      if (range.matches()) {
        for (int points = Integer.parseInt(range.group(1)); points <= Integer.parseInt(range.group(2)); points++) {
          levels.add(new Level(points, null));
        }
      } else {
        for (String entry : text.split("\\|", -1)) {
          Matcher level = LEVEL.matcher(entry.trim());
          if (!level.matches()) {
            problem(row, LEVELS, "'" + entry.trim() + "' không phải mức điểm như 3 hoặc 3=mô tả / is not a level such as 3"
                + " or 3=description; levels are separated by | or given as a range such as 0..5");
            return null;
          }
          String description = level.group(2) == null ? null : level.group(2).trim();
          levels.add(new Level(Integer.parseInt(level.group(1)), description));
        }
      }
      for (int i = 1; i < levels.size(); i++) {
        if (levels.get(i).points() <= levels.get(i - 1).points()) {
          problem(row, LEVELS, "các mức phải tăng dần, không trùng / levels must be ascending without repeats");
          return null;
        }
      }
      if (levels.isEmpty()) {
        problem(row, LEVELS, "bắt buộc / is required");
        return null;
      }
      if (max != null && levels.get(levels.size() - 1).points() != max) {
        problem(row, LEVELS, "mức cao nhất " + levels.get(levels.size() - 1).points() + " phải bằng điểm tối đa " + max
            + " / the highest level " + levels.get(levels.size() - 1).points() + " must equal the maximum " + max);
        return null;
      }
      return levels;
    }

    private List<Integer> productGroups(Row row) {
      List<Integer> groups = new ArrayList<>();
      for (String group : row.get(PRODUCT_GROUPS).split("\\|")) {
        if (!group.trim().matches("[1-6]")) {
          problem(row, PRODUCT_GROUPS, "'" + row.get(PRODUCT_GROUPS) + "' phải là các nhóm 1–6 cách nhau bởi |"
              + " / must be product groups 1 to 6 separated by |");
          return List.of();
        }
        groups.add(Integer.valueOf(group.trim()));
      }
      return groups;
    }

    CriteriaSet build() {
      CriteriaSet set = new CriteriaSet(id, first.get(SET_NAME), first.get(SOURCE), productGroups, criteria, requirements);
      // The parts are added up only when every row of the set could be read.
      if (!rowRefused && !criteria.isEmpty()) {
        CriteriaSet.PART_MAXIMA.forEach((part, expected) -> {
          int total = set.maxOfPart(part);
          if (total != expected) {
            List<Integer> partRows = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
              if (criteria.get(i).part().equals(part)) {
                partRows.add(criterionRows.get(i).line());
              }
            }
            problems.add(new Problem(file, partRows.isEmpty() ? first.line() : partRows.get(0), MAX,
                "phần " + part + " của bộ " + id + " cộng được " + total + ", phải là " + expected + " (các dòng " + partRows
                + ") / part " + part + " of set " + id + " adds up to " + total + ", not " + expected + " (rows " + partRows + ")"));
          }
        });
      }
      return set;
    }
  }

  private String text(Row row, String column, boolean required) {
    String value = row.get(column);
    if (value.isEmpty()) {
      if (required) {
        problem(row, column, "bắt buộc / is required");
      }
      return null;
    }
    if (value.length() > MAX_TEXT) {
      problem(row, column, "tối đa " + MAX_TEXT + " ký tự / at most " + MAX_TEXT + " characters");
      return null;
    }
    return value;
  }

  private Integer wholeNumber(Row row, String column) {
    String value = row.get(column);
    if (!value.matches("\\d{1,3}")) {
      problem(row, column, "'" + value + "' không phải số nguyên không âm / is not a whole number of points");
      return null;
    }
    return Integer.valueOf(value);
  }

  /** A data row with its line in the file; cells missing at the end read as empty. */
  private record Row(int line, List<String> header, List<String> cells) {
    String get(String column) {
      int index = header.indexOf(column);
      return index < cells.size() ? cells.get(index).trim() : "";
    }
  }
}
