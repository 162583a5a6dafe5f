package vn.ocop.workflow.database;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An insert that a unique key may refuse because the row is there already, also when another transaction
 * inserted it at the same moment (the key refuses once that one commits). It runs under a savepoint of
 * the caller's transaction, so on PostgreSQL the refusal undoes only the insert, and the caller goes on.
 */
@Component
public class InsertOnce {

  private final TransactionTemplate savepoint;

  public InsertOnce(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** True when the row was inserted, false when a unique key found it there. */
  public boolean insert(Runnable insert) {
    try {
      savepoint.executeWithoutResult(status -> insert.run());
      return true;
    } catch (DuplicateKeyException alreadyThere) {
      return false;
    }
  }
}
