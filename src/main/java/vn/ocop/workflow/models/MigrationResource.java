package vn.ocop.workflow.models;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Migration of running dossiers between versions over the REST API, for administrators: a dry run that
 * shows the plan and each dossier's verdict and changes nothing, then the migration as a batch.
 * Body: {"process": "ocop-product-evaluation", "from": 3, "to": 4} ("to" defaults to the latest).
 */
@Component
@Path("/ocop/migrations")
public class MigrationResource {

  private final ProcedureMigration migration;
  private final IdentityService identity;

  MigrationResource(ProcedureMigration migration, IdentityService identity) {
    this.migration = migration;
    this.identity = identity;
  }

  @POST
  @Path("/dry-run")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response dryRun(ProcedureMigration.Request request) {
    Optional<Response> refused = refuseOthers();
    return refused.orElseGet(() -> Response.ok(migration.dryRun(request)).build());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response migrate(ProcedureMigration.Request request) {
    Optional<Response> refused = refuseOthers();
    return refused.orElseGet(() -> Response.status(Response.Status.ACCEPTED).entity(migration.migrate(request)).build());
  }

  private Optional<Response> refuseOthers() {
    return Administrators.refuseOthers(identity,
        "Chỉ quản trị viên được chuyển phiên bản hồ sơ / only administrators migrate dossiers");
  }
}
