package vn.ocop.workflow.models;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.CriteriaSetWriter;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.criteria.InvalidCriteriaSetException;

/**
 * The criteria sets over the REST API (under /engine-rest, so its authentication applies): anyone
 * signed in lists them and downloads one as a CSV file to start from; an administrator imports a CSV
 * file, which is checked as a whole and deployed with the procedure as a new version.
 */
@Component
@Path("/ocop/criteria-sets")
public class CriteriaSetResource {

  static final String CSV = "text/csv";

  private final ProcedureDeployment procedure;
  private final CriteriaCatalogues catalogues;
  private final IdentityService identity;

  CriteriaSetResource(ProcedureDeployment procedure, CriteriaCatalogues catalogues, IdentityService identity) {
    this.procedure = procedure;
    this.catalogues = catalogues;
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Map<String, Object>> list() {
    return current().sets().stream().map(CriteriaSetResource::summary).toList();
  }

  @GET
  @Path("/{id}/csv")
  @Produces(CSV + ";charset=UTF-8")
  public byte[] download(@PathParam("id") String id) {
    return CriteriaSetWriter.write(current().find(id)
        .orElseThrow(() -> new NotFoundException("Không có bộ tiêu chí / no criteria set '" + id + "'")));
  }

  @POST
  @Consumes(CSV)
  @Produces(MediaType.APPLICATION_JSON)
  public Response importSets(byte[] csv, @QueryParam("file") String file) {
    Optional<Response> refused = Administrators.refuseOthers(identity,
        "Chỉ quản trị viên được nhập bộ tiêu chí / only administrators import criteria sets");
    if (refused.isPresent()) {
      return refused.get();
    }
    String name = file == null || file.isBlank() ? "upload.csv" : file;
    try {
      ProcedureDeployment.ImportResult result = procedure.importSets(name, csv);
      return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("deploymentId", result.deploymentId(), "sets", result.sets())).build();
    } catch (InvalidCriteriaSetException e) {
      return Administrators.refusal(Response.Status.BAD_REQUEST,
          Map.of("type", "InvalidCriteriaSet", "message", e.getMessage(), "problems", e.problems()));
    }
  }

  private CriteriaCatalogue current() {
    return catalogues.ofDeployment(procedure.latest().getId());
  }

  private static Map<String, Object> summary(CriteriaSet set) {
    return Map.of("id", set.id(), "name", set.name(), "source", set.source(), "productGroups", set.productGroups(),
        "criteria", set.criteria().size(), "requirements", set.requirements().size(),
        "subSectionTotals", set.criteria().stream().filter(Criterion::sectionTotal).map(Criterion::section).toList());
  }
}
