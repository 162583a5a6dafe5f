package vn.ocop.workflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
  void anEmptyDatabaseIsInstalledAndAnUpToDateOneStartsAsItIs() throws IOException {
    EmbeddedPostgres.Database database = server.newDatabase();
    JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

    startAndStop(database);

    assertThat(migrations(jdbc)).containsExactlyElementsOf(shipped());
    assertThat(schemaLog(jdbc)).last().isEqualTo("7.24.0");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_dossier", Integer.class)).isZero();
    int deployments = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT", Integer.class);
    assertThat(deployments).as("the procedure deployed").isPositive();

    startAndStop(database);

    assertThat(migrations(jdbc)).as("nothing to migrate the second time").containsExactlyElementsOf(shipped());
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

    assertThat(migrations(jdbc)).as("taken over at a baseline, then upgraded").first().isEqualTo("0");
    assertThat(migrations(jdbc).subList(1, migrations(jdbc).size())).containsExactlyElementsOf(shipped());
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

  /** The migrations the application ships: Camunda's schema (1), then the project's files in db/migration. */
  private static List<String> shipped() throws IOException {
    List<String> versions = new ArrayList<>(List.of("1"));
    for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
      versions.add(file.getFilename().substring(1, file.getFilename().indexOf("__")));
    }
    versions.sort(Comparator.comparingInt(Integer::parseInt));
    return versions;
  }

  private static List<String> migrations(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
        String.class);
  }

  private static List<String> schemaLog(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY CAST(ID_ AS INTEGER)", String.class);
  }
}
