package vn.ocop.workflow.database;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many writes through the engine's services in one transaction, a few hundred to an engine command: the
 * calls of one command share its context, so the engine sends what they saved when the command ends, as JDBC
 * batches, instead of a flush per call. For thousands of groups or grants at start-up that is a few dozen
 * round trips and one commit where there were thousands of each. Not all in one command: the engine orders a
 * command's inserts by comparing each with every other (DbOperationManager), which grows with the square.
 *
 * <p>The work reads what exists and hands over only what is to be written. Two nodes starting on one database
 * do not write the same rows at once: their start-up work takes {@link StartUpLock} first.
 */
@Component
public class EngineBatch {

  static final int WRITES_PER_COMMAND = 500;

  private final CommandExecutor commands;
  private final TransactionTemplate transaction;

  public EngineBatch(ProcessEngineConfigurationImpl engine, PlatformTransactionManager transactions) {
    this.commands = engine.getCommandExecutorTxRequired();
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Runs the work, which reads and adds its writes to the list; then makes those writes. What the work returns. */
  public <T> T run(Function<List<Runnable>, T> work) {
    return transaction.execute(status -> {
      List<Runnable> writes = new ArrayList<>();
      T result = work.apply(writes);
      for (int from = 0; from < writes.size(); from += WRITES_PER_COMMAND) {
        List<Runnable> chunk = writes.subList(from, Math.min(writes.size(), from + WRITES_PER_COMMAND));
        commands.execute(context -> {
          chunk.forEach(Runnable::run);
          return null;
        });
      }
      return result;
    });
  }
}
