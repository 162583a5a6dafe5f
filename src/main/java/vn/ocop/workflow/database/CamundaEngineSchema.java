package vn.ocop.workflow.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 1: the Camunda engine's schema at the version this application runs (7.24), from
 * Camunda's own scripts in the engine jar, never copied. An empty database gets the create scripts; a
 * database Camunda created itself before Flyway (schema-update) is taken over: at 7.24 nothing is done,
 * at 7.23 Camunda's upgrade script is applied. Anything else is refused with what to do. A later Camunda
 * release adds the next migration with its upgrade script.
 */
@Component
public class CamundaEngineSchema implements JavaMigration {

  /** The release whose schema this migration installs, and the one before it that it upgrades. */
  static final String CURRENT = "7.24";
  static final String PREVIOUS = "7.23";
  /** The engine's create scripts, in the order the engine itself runs them. */
  static final List<String> CREATE_SCRIPTS = List.of("engine", "history", "identity", "case.engine",
      "case.history", "decision.engine", "decision.history");
  private static final String SCRIPTS = "org/camunda/bpm/engine/db/";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1");
  }

  @Override
  public String getDescription() {
    return "Camunda engine schema " + CURRENT;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String database = databaseType(connection.getMetaData());
    Optional<String> installed = installedVersion(connection);
    if (installed.isEmpty()) {
      for (String part : CREATE_SCRIPTS) {
        run(connection, SCRIPTS + "create/activiti." + database + ".create." + part + ".sql");
      }
    } else if (installed.get().startsWith(PREVIOUS + ".")) {
      run(connection, SCRIPTS + "upgrade/" + database + "_engine_" + PREVIOUS + "_to_" + CURRENT + ".sql");
    } else if (!installed.get().startsWith(CURRENT + ".")) {
      throw new IllegalStateException("The database holds the Camunda schema " + installed.get() + "; this application"
          + " runs " + CURRENT + " and upgrades from " + PREVIOUS + " only: apply Camunda's upgrade scripts up to "
          + PREVIOUS + " first (" + SCRIPTS + "upgrade/ in the camunda-engine jar of each release), then start again");
    }
  }

  /** The newest entry of the engine's schema log, or empty when the database has no Camunda schema. */
  static Optional<String> installedVersion(Connection connection) throws SQLException {
    if (!hasTable(connection, "ACT_GE_SCHEMA_LOG")) {
      return Optional.empty();
    }
    try (Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery(
             "SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY CAST(ID_ AS INTEGER) DESC")) {
      return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
    }
  }

  private static boolean hasTable(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet tables = metaData.getTables(connection.getCatalog(), null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Camunda's name for the database in its script names: the two this application runs on. */
  private static String databaseType(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException("No Camunda schema for " + metaData.getDatabaseProductName()
        + ": this application runs on PostgreSQL (production) or H2 (development and tests)");
  }

  private static void run(Connection connection, String script) {
    // The connection is Flyway's, in its transaction; the scripts ship in the engine jar.
    ScriptUtils.executeSqlScript(connection, new ClassPathResource(script, ProcessEngine.class.getClassLoader()));
  }
}
