package vn.ocop.workflow.criteria;

import static vn.ocop.workflow.criteria.CriteriaSetFile.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a criteria set in the file format {@link CriteriaSetFile} reads, one file per set. */
public final class CriteriaSetWriter {

  private static final CsvSchema SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
      .build().withHeader();

  private CriteriaSetWriter() {
  }

  public static byte[] write(CriteriaSet set) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Criterion criterion : set.criteria()) {
      Map<String, String> row = row(set, rows.isEmpty(), criterion.sectionTotal() ? SECTION_TOTAL : CRITERION,
          criterion.code(), criterion.label());
      row.put(SECTION, criterion.section());
      row.put(MAX, Integer.toString(criterion.max()));
      row.put(LEVELS, criterion.levels().stream()
          .map(level -> level.description() == null ? Integer.toString(level.points()) : level.points() + "=" + level.description())
          .collect(Collectors.joining("|")));
      criterion.minimumFor(3).ifPresent(points -> row.put(MIN_3, points.toString()));
      criterion.minimumFor(4).ifPresent(points -> row.put(MIN_4, points.toString()));
      criterion.minimumFor(5).ifPresent(points -> row.put(MIN_5, points.toString()));
      rows.add(row);
    }
    for (Requirement requirement : set.requirements()) {
      rows.add(row(set, rows.isEmpty(), REQUIREMENT, requirement.code(), requirement.label()));
    }
    try {
      return new CsvMapper().writer(SCHEMA).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write criteria set " + set.id(), e);
    }
  }

  private static Map<String, String> row(CriteriaSet set, boolean first, String kind, String code, String label) {
    Map<String, String> row = new HashMap<>();
    COLUMNS.forEach(column -> row.put(column, ""));
    row.put(SET, set.id());
    if (first) {
      row.put(SET_NAME, set.name());
      row.put(SOURCE, set.source());
      row.put(PRODUCT_GROUPS, set.productGroups().stream().map(String::valueOf).collect(Collectors.joining("|")));
    }
    row.put(KIND, kind);
    row.put(CODE, code);
    row.put(LABEL, label);
    return row;
  }
}
