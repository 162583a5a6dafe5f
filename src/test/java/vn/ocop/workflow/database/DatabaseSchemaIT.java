package vn.ocop.workflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import vn.ocop.workflow.OcopWorkflowApplication;
import vn.ocop.workflow.testing.EmbeddedPostgres;

/**
 * The application installs and upgrades its schema on PostgreSQL with Flyway at start-up, the engine
 * only checking it (schema-update false): an empty database, an up-to-date one, and one a Camunda
 * release behind (built from the previous release's own scripts), each started as the application.
 */
class DatabaseSchemaIT {

  private static EmbeddedPostgres.Server server;

  @BeforeAll
  static void startServer() {
    server = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void anEmptyDatabaseIsInstalledAndAnUpToDateOneStartsAsItIs() {
    EmbeddedPostgres.Database database = server.newDatabase();
    JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

    startAndStop(database);

    assertThat(migrations(jdbc)).containsExactly("1", "2");
    assertThat(schemaLog(jdbc)).last().isEqualTo("7.24.0");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_dossier", Integer.class)).isZero();
    int deployments = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT", Integer.class);
    assertThat(deployments).as("the procedure deployed").isPositive();

    startAndStop(database);

    assertThat(migrations(jdbc)).as("nothing to migrate the second time").containsExactly("1", "2");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT", Integer.class)).isEqualTo(deployments);
  }

  @Test
  void aDatabaseOneCamundaReleaseBehindIsUpgradedWithCamundasScript() throws Exception {
    EmbeddedPostgres.Database database = server.newDatabase();
    JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    try (URLClassLoader previous = new URLClassLoader(new URL[] {
        Path.of("target", "previous-camunda", "camunda-engine-previous.jar").toUri().toURL()}, null);
         Connection connection = database.dataSource().getConnection()) {
      for (String part : CamundaEngineSchema.CREATE_SCRIPTS) {
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(
            "org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql", previous));
      }
    }
    assertThat(schemaLog(jdbc)).last().isEqualTo(CamundaEngineSchema.PREVIOUS + ".0");

    startAndStop(database);

    assertThat(migrations(jdbc)).as("taken over at a baseline, then upgraded").containsExactly("0", "1", "2");
    assertThat(schemaLog(jdbc)).endsWith(CamundaEngineSchema.PREVIOUS + ".0", CamundaEngineSchema.CURRENT + ".0");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT", Integer.class)).isPositive();
  }

  @Test
  void aDatabaseOfAnOlderReleaseIsRefusedWithWhatToDo() throws SQLException {
    EmbeddedPostgres.Database database = server.newDatabase();
    JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("CREATE TABLE ACT_GE_SCHEMA_LOG (ID_ VARCHAR(64), TIMESTAMP_ TIMESTAMP, VERSION_ VARCHAR(255))");
    jdbc.update("INSERT INTO ACT_GE_SCHEMA_LOG VALUES ('1200', CURRENT_TIMESTAMP, '7.22.0')");

    assertThatThrownBy(() -> startAndStop(database)).rootCause()
        .hasMessageContaining("The database holds the Camunda schema 7.22.0")
        .hasMessageContaining("apply Camunda's upgrade scripts up to 7.23 first");
    assertThat(schemaLog(jdbc)).as("nothing changed").containsExactly("7.22.0");
  }

  private static void startAndStop(EmbeddedPostgres.Database database) {
    try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(OcopWorkflowApplication.class)
        .profiles("test")
        // Arguments, so they win over the test profile's own database.
        .run("--server.port=0", "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
            "--camunda.bpm.process-engine-name=schema" + System.nanoTime())) {
      // started: Flyway migrated before the engine checked the schema
    }
  }

  private static List<String> migrations(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
        String.class);
  }

  private static List<String> schemaLog(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY CAST(ID_ AS INTEGER)", String.class);
  }
}
