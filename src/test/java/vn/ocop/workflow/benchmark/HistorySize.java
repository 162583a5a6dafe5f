package vn.ocop.workflow.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the history and the authorizations take in the database: the bytes of every ACT_HI_* table with its
 * indexes and TOAST (pg_total_relation_size) and of the history's byte arrays (serialized variable values, kept
 * in ACT_GE_BYTEARRAY: their row data), the rows of ACT_HI_DETAIL and ACT_HI_VARINST, and the rows of
 * ACT_RU_AUTHORIZATION.
 */
record HistorySize(long bytes, long detailRows, long variableRows, long authorizations) {

  static HistorySize of(JdbcTemplate jdbc) {
    return new HistorySize(
        jdbc.queryForObject("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND c.relname LIKE 'act\\_hi\\_%'"
            + " AND n.nspname = current_schema()", Long.class)
            + jdbc.queryForObject("SELECT COALESCE(SUM(pg_column_size(b.*)), 0) FROM ACT_GE_BYTEARRAY b WHERE TYPE_ = 3",
            Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION", Long.class));
  }

  HistorySize minus(HistorySize before) {
    return new HistorySize(bytes - before.bytes, detailRows - before.detailRows, variableRows - before.variableRows,
        authorizations - before.authorizations);
  }
}
