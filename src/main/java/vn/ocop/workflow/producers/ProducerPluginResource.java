package vn.ocop.workflow.producers;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.ocop.workflow.input.RefusalLog;
import vn.ocop.workflow.organisation.OfficialGroups;

/** The producer's dossiers, for the producer signed in to Tasklist; anyone else is refused. */
@Path("plugin/" + ProducersTasklistPlugin.ID)
public class ProducerPluginResource extends AbstractTasklistPluginRootResource {

  public ProducerPluginResource() {
    super(ProducersTasklistPlugin.ID);
  }

  @Path("{engine}/dossiers")
  public OwnDossiers dossiers(@PathParam("engine") String engine) {
    // Jersey creates this resource, not Spring: the dossier list is the application's bean.
    ProducerDossiers dossiers = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(ProducerDossiers.class);
    return subResource(new OwnDossiers(engine, dossiers), engine);
  }

  public static class OwnDossiers extends AbstractTasklistPluginResource {

    private final ProducerDossiers dossiers;

    OwnDossiers(String engine, ProducerDossiers dossiers) {
      super(engine);
      this.dossiers = dossiers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ProducerDossiers.Dossier> list() {
      Object signedIn = Authentications.getCurrent() == null ? null
          : Authentications.getCurrent().getAuthenticationForProcessEngine(engineName);
      if (!(signedIn instanceof UserAuthentication user)) {
        throw refusal(Status.UNAUTHORIZED, "Cần đăng nhập / log in first");
      }
      if (user.getGroupIds() == null || !user.getGroupIds().contains(OfficialGroups.PRODUCERS)) {
        throw refusal(Status.FORBIDDEN, "Chỉ chủ thể OCOP có danh sách hồ sơ của mình / only producers have a list of"
            + " their own dossiers");
      }
      return dossiers.of(user.getIdentityId());
    }

    private static InvalidRequestException refusal(Status status, String message) {
      RefusalLog.log(message);
      return new InvalidRequestException(status, message);
    }
  }
}
