package vn.ocop.workflow.roles;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads of the procedure's own deployment (which version is current, its criteria sets) that the
 * application makes for whoever is working: an official may not read deployments, but the steps they
 * take depend on them. Runs the read without the caller's authentication and restores it afterwards.
 */
@Component
public class ProcedureReads {

  private final IdentityService identity;

  public ProcedureReads(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T read(Supplier<T> read) {
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
