package vn.ocop.workflow.registration;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When a dossier's process ends, by any end event or by cancellation, its product may be registered again. */
@Component("closeDossier")
public class CloseDossierListener implements ExecutionListener {

  private final DossierRegistry registry;
  private final Clock clock;

  public CloseDossierListener(DossierRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    registry.close(execution.getProcessInstanceId(), clock.instant());
  }
}
