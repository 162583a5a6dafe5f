package vn.ocop.workflow.models;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.ocop.workflow.roles.AsSignedInUser;

/**
 * The Cockpit page's REST resource: the same dry run and migration as /engine-rest/ocop/migrations, for
 * the user signed in to Cockpit (its session and CSRF token, as every Cockpit request), and refused alike
 * to anyone but an administrator.
 */
@Path("plugin/" + MigrationCockpitPlugin.ID)
public class MigrationPluginResource extends AbstractCockpitPluginRootResource {

  public MigrationPluginResource() {
    super(MigrationCockpitPlugin.ID);
  }

  @Path("{engine}/migrations")
  public Migrations migrations(@PathParam("engine") String engine) {
    // Jersey creates this resource, not Spring: the migration is the application's bean.
    MigrationResource migration = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(MigrationResource.class);
    return subResource(new Migrations(engine, migration), engine);
  }

  public static class Migrations extends AbstractCockpitPluginResource {

    private final MigrationResource migration;

    Migrations(String engine, MigrationResource migration) {
      super(engine);
      this.migration = migration;
    }

    @POST
    @Path("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response dryRun(ProcedureMigration.Request request) {
      return asSignedInUser(resource -> resource.dryRun(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response migrate(ProcedureMigration.Request request) {
      return asSignedInUser(resource -> resource.migrate(request));
    }

    /** Runs the call with the Cockpit user's identity on the engine, as the REST API's authentication does. */
    private Response asSignedInUser(Function<MigrationResource, Response> call) {
      return AsSignedInUser.call(getProcessEngine().getIdentityService(), getCurrentAuthentication(),
          () -> call.apply(migration));
    }
  }
}
