package vn.ocop.workflow.models;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.ocop.workflow.input.RefusalLog;

/** Changes to the procedure over REST are an administrator's; refusals are answered and logged alike. */
final class Administrators {


  private Administrators() {
  }

  /** A 403 answer when the caller is not an administrator; empty when they are. */
  static Optional<Response> refuseOthers(IdentityService identity, String message) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return Optional.empty();
    }
    return Optional.of(refusal(Response.Status.FORBIDDEN, Map.of("type", "AuthorizationException", "message",
        message + " (" + (caller == null ? "anonymous" : caller.getUserId()) + ")")));
  }

  /** An expected refusal: one line at INFO, and the body for the caller. */
  static Response refusal(Response.Status status, Map<String, Object> body) {
    RefusalLog.log(String.valueOf(body.get("message")));
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
