package vn.ocop.workflow.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that reads what the database holds and writes what is missing (groups, grants, filters,
 * officials, calendars) runs on one node at a time: in one transaction that first locks the row of
 * ocop_start_up_lock, so a second node starting on the same database waits and then reads what the first
 * wrote. A crash leaves none of the work half done.
 */
@Component
public class StartUpLock {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public StartUpLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Runs the work in a transaction that holds the start-up lock until the work is committed. */
  public void run(Runnable work) {
    transaction.executeWithoutResult(status -> {
      jdbc.queryForObject("SELECT name FROM ocop_start_up_lock WHERE name = 'start-up' FOR UPDATE", String.class);
      work.run();
    });
  }
}
