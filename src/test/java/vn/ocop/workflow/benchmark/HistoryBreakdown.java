package vn.ocop.workflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the history's bytes are: each ACT_HI_* table (rows and pg_total_relation_size) and the history's byte
 * arrays in ACT_GE_BYTEARRAY (serialized variable values, TYPE_ 3), and the rows of ACT_HI_DETAIL and
 * ACT_HI_VARINST by process and variable, with their row data (pg_column_size). Taken before and after the
 * throughput runs; the difference is what the dossiers wrote.
 */
record HistoryBreakdown(Map<String, Part> tables, Map<String, Part> details, Map<String, Part> variables) {

  /** Rows, and bytes (of a table with its indexes and TOAST; of a group of rows, their row data). */
  record Part(long rows, long bytes) {
    Part minus(Part before) {
      return before == null ? this : new Part(rows - before.rows, bytes - before.bytes);
    }
  }

  static final String BYTE_ARRAYS = "act_ge_bytearray (history)";

  static HistoryBreakdown of(JdbcTemplate jdbc) {
    Map<String, Part> tables = new HashMap<>();
    jdbc.query("SELECT c.relname, c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE c.relkind = 'r' AND c.relname LIKE 'act\\_hi\\_%' AND n.nspname = current_schema()", row -> {
          String table = row.getString(1);
          tables.put(table, new Part(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class),
              jdbc.queryForObject("SELECT pg_total_relation_size(?)", Long.class, row.getLong(2))));
        });
    tables.put(BYTE_ARRAYS, jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(pg_column_size(b.*)), 0)"
        + " FROM ACT_GE_BYTEARRAY b WHERE TYPE_ = 3", (row, n) -> new Part(row.getLong(1), row.getLong(2))));
    return new HistoryBreakdown(tables,
        grouped(jdbc, "SELECT COALESCE(p.KEY_, '?') || ' ' || d.TYPE_ || ' ' || d.NAME_ || ' (' || COALESCE(d.VAR_TYPE_, '')"
            + " || ')', COUNT(*), SUM(pg_column_size(d.*)) FROM ACT_HI_DETAIL d LEFT JOIN ACT_RE_PROCDEF p"
            + " ON p.ID_ = d.PROC_DEF_ID_ GROUP BY 1"),
        grouped(jdbc, "SELECT COALESCE(p.KEY_, '?') || ' ' || v.NAME_ || ' (' || COALESCE(v.VAR_TYPE_, '') || ')',"
            + " COUNT(*), SUM(pg_column_size(v.*)) FROM ACT_HI_VARINST v LEFT JOIN ACT_RE_PROCDEF p"
            + " ON p.ID_ = v.PROC_DEF_ID_ GROUP BY 1"));
  }

  private static Map<String, Part> grouped(JdbcTemplate jdbc, String sql) {
    Map<String, Part> parts = new HashMap<>();
    jdbc.query(sql, row -> {
      parts.put(row.getString(1), new Part(row.getLong(2), row.getLong(3)));
    });
    return parts;
  }

  HistoryBreakdown minus(HistoryBreakdown before) {
    return new HistoryBreakdown(minus(tables, before.tables), minus(details, before.details),
        minus(variables, before.variables));
  }

  private static Map<String, Part> minus(Map<String, Part> after, Map<String, Part> before) {
    Map<String, Part> grown = new HashMap<>();
    after.forEach((name, part) -> grown.put(name, part.minus(before.get(name))));
    return grown;
  }

  /** Every part, per dossier, into a CSV file: where (table, ACT_HI_DETAIL or ACT_HI_VARINST), what, rows, bytes. */
  void write(Path file, int dossiers) throws IOException {
    List<String> lines = new ArrayList<>(List.of("where,what,rows per dossier,bytes per dossier"));
    Map<String, Map<String, Part>> all = new LinkedHashMap<>();
    all.put("table", tables);
    all.put("ACT_HI_DETAIL", details);
    all.put("ACT_HI_VARINST", variables);
    all.forEach((where, parts) -> parts.entrySet().stream()
        .filter(entry -> entry.getValue().rows() != 0 || entry.getValue().bytes() != 0)
        .sorted(Comparator.comparingLong((Map.Entry<String, Part> entry) -> entry.getValue().bytes()).reversed())
        .forEach(entry -> lines.add(String.format(Locale.ROOT, "%s,\"%s\",%.2f,%.0f", where, entry.getKey(),
            (double) entry.getValue().rows() / dossiers, (double) entry.getValue().bytes() / dossiers))));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The largest {@code limit} parts by bytes, as table rows: name, rows and KB per dossier. */
  static List<List<String>> largest(Map<String, Part> parts, int limit, int dossiers) {
    List<List<String>> rows = new ArrayList<>();
    parts.entrySet().stream().filter(entry -> entry.getValue().rows() != 0 || entry.getValue().bytes() != 0)
        .sorted(Comparator.comparingLong((Map.Entry<String, Part> entry) -> entry.getValue().bytes()).reversed())
        .limit(limit).forEach(entry -> rows.add(List.of("`" + entry.getKey() + "`",
            String.format("%.1f", (double) entry.getValue().rows() / dossiers),
            String.format("%.1f", entry.getValue().bytes() / 1024.0 / dossiers))));
    return rows;
  }
}
