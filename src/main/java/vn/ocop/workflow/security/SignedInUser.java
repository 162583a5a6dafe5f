package vn.ocop.workflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs a Cockpit plugin's call as the user signed in to Cockpit, the way the REST API's authentication
 * runs a call as its caller, so the engine's authorizations apply alike; the engine's previous
 * authentication is restored afterwards.
 */
public final class SignedInUser {

  private SignedInUser() {
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
