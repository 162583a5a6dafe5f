package vn.ocop.workflow.roles;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs a call with a webapp user's identity on the engine, as the REST API's authentication does, so the
 * engine's authorizations apply to it; restores whatever identity was there before. For Cockpit plugin
 * resources, which Jersey calls without setting the engine's identity.
 */
public final class AsSignedInUser {

  private AsSignedInUser() {
  }

  public static <T> T call(IdentityService identity, Authentication user, Supplier<T> call) {
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(user);
    try {
      return call.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
