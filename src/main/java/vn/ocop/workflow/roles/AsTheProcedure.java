package vn.ocop.workflow.roles;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Work the procedure does itself while someone takes a step: reading its own deployment (which version
 * is current, its criteria sets) and queueing its mail. An official may not read deployments or start
 * deliveries, but the steps they take depend on them. Runs the call without the caller's authentication
 * and restores it afterwards.
 */
@Component
public class AsTheProcedure {

  private final IdentityService identity;

  public AsTheProcedure(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> read) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
