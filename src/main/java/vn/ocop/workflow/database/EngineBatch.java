package vn.ocop.workflow.database;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Many calls of the engine's services as one engine command: the calls share its command context, so the
 * engine writes everything they saved when the command ends, in JDBC batches and one transaction, instead
 * of a flush and a commit per call. For thousands of groups or grants at start-up that is one round trip
 * where there were thousands.
 *
 * <p>The work must read what exists and write only what is missing: when another node wrote the same rows
 * at the same moment (two nodes starting on one database), a unique key refuses this node's batch, and the
 * work runs once more in a new transaction, where it finds those rows.
 */
@Component
public class EngineBatch {

  private static final Logger LOG = LoggerFactory.getLogger(EngineBatch.class);
  private static final int ATTEMPTS = 3;

  private final CommandExecutor commands;

  public EngineBatch(ProcessEngineConfigurationImpl engine) {
    this.commands = engine.getCommandExecutorTxRequired();
  }

  public <T> T run(String what, Supplier<T> work) {
    // Inside a caller's transaction a refused batch rolls back the caller's work too: only the caller may retry.
    boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
    for (int attempt = 1; ; attempt++) {
      try {
        return commands.execute(context -> work.get());
      } catch (ProcessEngineException refused) {
        if (!ownTransaction || attempt == ATTEMPTS) {
          throw refused;
        }
        LOG.warn("{}: written at the same time elsewhere ({}); reading again", what, refused.getMessage());
      }
    }
  }
}
