package vn.ocop.workflow.notification;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.InvalidInputException;

/**
 * An official's own choice, over the REST API: {@code GET /engine-rest/ocop/mail-preference} reads it,
 * {@code PUT} with {@code {"newWork": "digest"}} or {@code "immediate"} changes it.
 */
@Component
@Path("/ocop/mail-preference")
public class MailPreferenceResource {

  static final String NEW_WORK = "newWork";

  private final MailPreferences preferences;
  private final IdentityService identity;

  MailPreferenceResource(MailPreferences preferences, IdentityService identity) {
    this.preferences = preferences;
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> read() {
    return Map.of(NEW_WORK, preferences.of(caller()).id());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(Map<String, Object> body) {
    Object value = body == null ? null : body.get(NEW_WORK);
    MailPreferences.NewWork choice = Arrays.stream(MailPreferences.NewWork.values())
        .filter(c -> c.id().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("Cách nhận thư / Mail preference", List.of(NEW_WORK + ": '" + value
            + "' không thuộc / is not one of [digest, immediate]")));
    preferences.set(caller(), choice);
    return Response.noContent().build();
  }

  private String caller() {
    return identity.getCurrentAuthentication().getUserId();
  }
}
