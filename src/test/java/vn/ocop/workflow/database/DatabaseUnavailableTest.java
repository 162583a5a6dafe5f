package vn.ocop.workflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached", and the answer they get. */
class DatabaseUnavailableTest {

  @BeforeAll
  static void aPoolOf32() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setMaximumPoolSize(32);
      new DatabaseUnavailable(pool);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePoolsTimeoutAfterFailedConnectionsIs503SayingTheDatabaseCannotBeReached() {
    Throwable failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
        new SQLTransientConnectionException("ocop - Connection is not available, request timed out after 5000ms.",
            "08001", new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));

    Response answer = DatabaseUnavailable.response(failure).orElseThrow();

    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER);
    assertThat((Map<String, Object>) answer.getEntity()).containsEntry("type", "DatabaseUnavailable")
        .containsEntry("message", DatabaseUnavailable.MESSAGE);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePoolsTimeoutWithEveryConnectionInUseIs503SayingTheServerIsBusy() {
    Throwable failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
        new SQLTransientConnectionException("ocop - Connection is not available, request timed out after 5000ms"
            + " (total=32, active=32, idle=0, waiting=3)"));

    Response answer = DatabaseUnavailable.response(failure).orElseThrow();

    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat((Map<String, Object>) answer.getEntity()).containsEntry("type", "ConnectionsExhausted")
        .containsEntry("message", DatabaseUnavailable.BUSY);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePoolsTimeoutWithFewerConnectionsThanItMayOpenIs503SayingTheDatabaseCannotBeReached() {
    // The database came back while the request waited: the pool's first new connection cleared its record of
    // failed attempts, but the request had waited through the outage, and one connection of 32 is no crowd.
    Throwable failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
        new SQLTransientConnectionException("ocop - Connection is not available, request timed out after 5000ms"
            + " (total=1, active=1, idle=0, waiting=4)"));

    Response answer = DatabaseUnavailable.response(failure).orElseThrow();

    assertThat((Map<String, Object>) answer.getEntity()).containsEntry("type", "DatabaseUnavailable");
  }

  @Test
  void aConnectionLostOrAServerShuttingDownInsideAnEngineFailureIsAnOutage() {
    assertThat(DatabaseUnavailable.in(new ProcessEngineException("ENGINE-03083",
        new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isPresent();
    assertThat(DatabaseUnavailable.in(new ProcessEngineException("ENGINE-03004",
        new SQLException("terminating connection due to administrator command", "57P01")))).isPresent();
    assertThat(DatabaseUnavailable.in(new SQLException("the database system is starting up", "57P03"))).isPresent();
  }

  @Test
  void aFailedRollbackAfterALostConnectionIsAnOutage() {
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEngineException("ENGINE-03004",
        new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

    assertThat(DatabaseUnavailable.response(new ProcessEngineException("persistence", rollback))).isPresent();
    assertThat(DatabaseUnavailable.response(new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed")))).as("the rollback after a failed commit, on a thrown-away connection")
        .isPresent();
    assertThat(DatabaseUnavailable.response(new TransactionSystemException("Could not commit JDBC transaction",
        new SQLException("could not serialize access due to concurrent update", "40001"))))
        .as("a commit the database refused is no outage").isEmpty();
  }

  @Test
  void otherDatabaseFailuresAreNotAnOutage() {
    assertThat(DatabaseUnavailable.response(new ProcessEngineException("ENGINE-03083",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
    assertThat(DatabaseUnavailable.response(new SQLException("canceling statement due to user request", "57014")))
        .isEmpty();
    assertThat(DatabaseUnavailable.response(new IllegalStateException("no SQL state at all"))).isEmpty();
  }
}
