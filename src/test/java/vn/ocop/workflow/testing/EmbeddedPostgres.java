package vn.ocop.workflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server for tests that claim PostgreSQL behaviour: from binaries packaged on Maven
 * Central (no Docker, no installed server), or the existing server that OCOP_TEST_POSTGRES_URL names
 * (e.g. jdbc:postgresql://127.0.0.1:5432/postgres, with OCOP_TEST_POSTGRES_USER and _PASSWORD). Each
 * test context gets a database of its own on it.
 */
@TestConfiguration
public class EmbeddedPostgres {

  /** A PostgreSQL server the tests may create databases on. */
  public interface Server extends AutoCloseable {
    /** A new, empty database, as a data source, and its JDBC URL. */
    Database newDatabase();

    @Override
    void close();
  }

  /** A server the test itself may stop and start again, its databases kept on disk in between. */
  public interface RestartableServer extends Server {
    /** Stops the server as an operator does (fast shutdown: open sessions are ended). */
    void stop();

    /** Starts it again on the same port and data, as a restarted server comes back. */
    void startAgain();
  }

  public record Database(String url, String user, String password, DataSource dataSource) {
  }

  @Bean(destroyMethod = "close")
  Server postgresServer() {
    return start();
  }

  @Bean
  DataSource dataSource(Server server) {
    return server.newDatabase().dataSource();
  }

  /** The server: the one OCOP_TEST_POSTGRES_URL names, or embedded binaries started now. */
  public static Server start() {
    String url = System.getenv("OCOP_TEST_POSTGRES_URL");
    if (url != null && !url.isBlank()) {
      String user = System.getenv().getOrDefault("OCOP_TEST_POSTGRES_USER", "postgres");
      String password = System.getenv().getOrDefault("OCOP_TEST_POSTGRES_PASSWORD", "");
      return server(url, user, password, () -> { });
    }
    try {
      io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded =
          io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      return server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", () -> {
        try {
          embedded.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
    }
  }

  /**
   * Embedded binaries on a fixed port and a data directory of their own, so the test can restart the
   * server. Always embedded: an existing server (OCOP_TEST_POSTGRES_URL) is not the test's to stop.
   */
  public static RestartableServer restartable() {
    try {
      Path data = Files.createTempDirectory("ocop-postgres-");
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder =
          io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setPort(port).setDataDirectory(data)
              .setCleanDataDirectory(false);
      AtomicReference<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> running = new AtomicReference<>(builder.start());
      Runnable stop = () -> {
        try {
          io.zonky.test.db.postgres.embedded.EmbeddedPostgres stopping = running.getAndSet(null);
          if (stopping != null) {
            stopping.close();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      Server server = server(running.get().getJdbcUrl("postgres", "postgres"), "postgres", "", () -> {
        stop.run();
        FileSystemUtils.deleteRecursively(data.toFile());
      });
      return new RestartableServer() {
        @Override
        public Database newDatabase() {
          return server.newDatabase();
        }

        @Override
        public void close() {
          server.close();
        }

        @Override
        public void stop() {
          stop.run();
        }

        @Override
        public void startAgain() {
          try {
            running.set(builder.start());
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server again", e);
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
    }
  }

  private static Server server(String adminUrl, String user, String password, Runnable stop) {
    List<String> created = new ArrayList<>();
    return new Server() {
      @Override
      public Database newDatabase() {
        String name = "ocop_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        created.add(name);
        String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new Database(url, user, password, dataSource(url, user, password));
      }

      @Override
      public void close() {
        // An existing server keeps no test databases behind.
        created.forEach(name -> admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        stop.run();
      }

      private void admin(String sql) {
        try (Connection admin = dataSource(adminUrl, user, password).getConnection();
             Statement statement = admin.createStatement()) {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new IllegalStateException("Cannot run '" + sql + "' on " + adminUrl, e);
        }
      }
    };
  }

  private static DataSource dataSource(String url, String user, String password) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(url);
    source.setUser(user);
    source.setPassword(password);
    return source;
  }
}
