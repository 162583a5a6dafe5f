package vn.ocop.workflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.input.RefusalLog;
import vn.ocop.workflow.input.SeparationOfDutiesException;

/**
 * A refusal (invalid input or a refused duty) is expected, not a failure: every caller gets the refusal
 * itself with its own message, and it is logged once, in one line at INFO, never as an error.
 *
 * <p>The engine wraps what a task listener throws ("ENGINE-03051 … TaskListener") and logs the wrapper
 * at ERROR with its stack trace. Inside the command context the wrapper is replaced by the refusal, so
 * the engine logs it at DEBUG as it does any bad request or missing authorization; around the whole
 * command it is logged once, however deeply commands nest.
 */
@Component
class Refusals extends AbstractProcessEnginePlugin {


  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Command interceptors are engine impl classes: no public API exists for this. Each is a link of one chain.
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new LogOnce()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new LogOnce()));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new Unwrap()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Unwrap()));
  }

  /** The refusal this failure stands for, however deeply the engine or the REST API wrapped it. */
  static Optional<RuntimeException> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException || cause instanceof SeparationOfDutiesException) {
        return Optional.of((RuntimeException) cause);
      }
    }
    return Optional.empty();
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor added) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(added);
    return all;
  }

  /** Runs inside the command context: the command fails with the refusal, not with the engine's wrapper. */
  private static final class Unwrap extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        throw in(failure).orElse(failure);
      }
    }
  }

  /** Runs around the whole command: only the outermost command logs, so a refusal is logged once. */
  private static final class LogOnce extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      boolean outermost = Context.getCommandContext() == null;
      try {
        return next.execute(command);
      } catch (InvalidInputException | SeparationOfDutiesException refusal) {
        if (outermost) {
          RefusalLog.log(refusal.getMessage());
        }
        throw refusal;
      }
    }
  }
}
