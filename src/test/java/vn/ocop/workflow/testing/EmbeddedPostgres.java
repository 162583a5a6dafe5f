package vn.ocop.workflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL server for tests that claim PostgreSQL behaviour, from binaries packaged on Maven
 * Central (no Docker, no installed server). It stops with the test context.
 */
@TestConfiguration
public class EmbeddedPostgres {

  @Bean(destroyMethod = "close")
  io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgresServer() {
    try {
      return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
    }
  }

  @Bean
  DataSource dataSource(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
    return server.getPostgresDatabase();
  }
}
