package vn.ocop.workflow.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.cluster.Node;

/**
 * The database as dossiers keep finishing and the history cleanup keeps removing what is past its time. A
 * round finishes whole dossiers, lets their time to live pass, runs the engine's history cleanup over REST as
 * an administrator would, and lets PostgreSQL reuse the space freed; the database's size after each step shows
 * whether it grows with every dossier ever finished or stays within what the kept history needs.
 */
final class HistoryCleanup {

  private static final String ADMIN = "admin";
  private static final Duration CLEANUP_WITHIN = Duration.ofMinutes(10);

  /** One round: dossiers finished so far, then what the database held once they had, and after the cleanup. */
  record Round(int round, int finished, Snapshot afterDossiers, Snapshot afterCleanup) {
  }

  /**
   * The database's size (pg_database_size), the history's (as {@link HistorySize} counts it), the rows of every
   * ACT_HI_* table, the rows that have a removal time (what finished dossiers left: history, its byte arrays, the
   * grants to read it) and the process instances in the history.
   */
  record Snapshot(long databaseBytes, HistorySize history, long historyRows, long rowsToRemove, long processInstances) {
  }

  /** Finishes a round's dossiers; returns how many finished. */
  interface DossierRound {
    int finish(int round) throws Exception;
  }

  private final Node node;
  private final JdbcTemplate jdbc;
  private final List<String> tablesWithRemovalTime;
  private final List<String> historyTables;

  HistoryCleanup(Node node, JdbcTemplate jdbc) {
    this.node = node;
    this.jdbc = jdbc;
    this.tablesWithRemovalTime = jdbc.queryForList("SELECT table_name FROM information_schema.columns"
        + " WHERE column_name = 'removal_time_' AND table_schema = current_schema() ORDER BY table_name", String.class);
    this.historyTables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
        + " WHERE table_name LIKE 'act\\_hi\\_%' AND table_schema = current_schema() ORDER BY table_name", String.class);
  }

  /** Runs the rounds on a database where {@code alreadyFinished} dossiers have finished. */
  List<Round> run(int rounds, int alreadyFinished, DossierRound dossiers) throws Exception {
    List<Round> done = new ArrayList<>();
    int finished = alreadyFinished;
    for (int r = 1; r <= rounds; r++) {
      finished += dossiers.finish(r);
      Snapshot afterDossiers = snapshot();
      cleanUp(timeToLivePasses());
      // Stands for autovacuum, which runs on its own within minutes of a large delete: the space becomes reusable.
      jdbc.execute("VACUUM");
      done.add(new Round(r, finished, afterDossiers, snapshot()));
    }
    return done;
  }

  /**
   * Every history row that has a removal time (the finished dossiers', counted from their end) is given one in
   * the past, as if their ten years were over; history of what still runs has none, and keeps it. Returns
   * that time.
   */
  private Timestamp timeToLivePasses() {
    Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)));
    for (String table : tablesWithRemovalTime) {
      jdbc.update("UPDATE " + table + " SET removal_time_ = ? WHERE removal_time_ IS NOT NULL", past);
    }
    return past;
  }

  /** Asks for the cleanup now, again each time a run of it ends with rows still due, until none is. */
  private void cleanUp(Timestamp due) throws Exception {
    long deadline = System.nanoTime() + CLEANUP_WITHIN.toNanos();
    while (rowsToRemove("removal_time_ <= ?", due) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the history cleanup left " + rowsToRemove("removal_time_ <= ?", due)
            + " rows due after " + CLEANUP_WITHIN);
      }
      node.post(ADMIN, "/engine-rest/history/cleanup?immediatelyDue=true", Map.of());
      // A run of the cleanup job ends by rescheduling it: to the next batch window, or later within this one.
      while (System.nanoTime() < deadline && jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB"
          + " WHERE HANDLER_TYPE_ = 'history-cleanup' AND DUEDATE_ <= CURRENT_TIMESTAMP", Integer.class) > 0) {
        Thread.sleep(200);
      }
    }
  }

  private long rowsToRemove(String condition, Object... arguments) {
    long rows = 0;
    for (String table : tablesWithRemovalTime) {
      rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + condition, Long.class, arguments);
    }
    return rows;
  }

  private Snapshot snapshot() {
    return new Snapshot(jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class),
        HistorySize.of(jdbc), historyTables.stream().mapToLong(table -> jdbc.queryForObject("SELECT COUNT(*) FROM "
            + table, Long.class)).sum(), rowsToRemove("removal_time_ IS NOT NULL"),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST", Long.class));
  }
}
