package vn.ocop.workflow.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.testing.EmbeddedPostgres;
import vn.ocop.workflow.testing.ProcessTestBase;

/**
 * On PostgreSQL, where a statement refused by a unique key aborts the whole transaction unless it ran under a
 * savepoint: two transactions that find the same legal round missing both write it, and the second, which
 * waits for the first and is then refused, still gets the round. (The context of PostgresEvaluationIT.)
 */
@Import(EmbeddedPostgres.class)
class EvaluationRoundsPostgresIT extends ProcessTestBase {

  @Autowired
  private EvaluationRounds rounds;
  @Autowired
  private PlatformTransactionManager transactions;
  @Autowired
  private DataSource dataSource;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void twoTransactionsThatWriteTheSameRoundAtOnceBothGetIt() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    ExecutorService other = Executors.newSingleThreadExecutor();
    AtomicReference<Future<Round>> second = new AtomicReference<>();
    try {
      Round first = transaction.execute(status -> {
        Round round = rounds.roundFor("42", LocalDate.of(2040, 3, 1));
        second.set(other.submit(() -> transaction.execute(s -> rounds.roundFor("42", LocalDate.of(2040, 3, 1)))));
        awaitOneWaitingForALock();
        return round;
      });

      assertThat(second.get().get(30, TimeUnit.SECONDS)).isEqualTo(first);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_evaluation_round WHERE scope = '42'", Integer.class))
          .as("2040 and 2041, once").isEqualTo(4);
      assertThat(engine.getFilterService().createFilterQuery().filterName(rounds.name(first)).count()).isEqualTo(1);
    } finally {
      other.shutdownNow();
    }
  }

  /** Until the other transaction waits for this one's uncommitted round, seen from a connection of its own. */
  private void awaitOneWaitingForALock() {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      while (Instant.now().isBefore(giveUp)) {
        try (ResultSet waiting = statement.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) {
          waiting.next();
          if (waiting.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(20);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("the second transaction never waited for the first");
  }
}
