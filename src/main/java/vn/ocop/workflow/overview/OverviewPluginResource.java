package vn.ocop.workflow.overview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.input.RefusalLog;
import vn.ocop.workflow.roles.AsSignedInUser;

/**
 * The dashboard's REST resource, read-only: GET …/overview/stages, /certificates, /outcomes, /durations,
 * /rounds and /overdue (outcomes, durations and rounds take fromYear and toYear; rounds a scope too), for the user signed in to
 * Cockpit. Auditors and administrators see the whole programme, an official what their unit may read,
 * anybody else is refused (403).
 */
@Path("plugin/" + OverviewCockpitPlugin.ID)
public class OverviewPluginResource extends AbstractCockpitPluginRootResource {

  /**
   * The charting library, copied beside plugin.js by the build (see pom.xml): Cockpit serves only the
   * assets a plugin lists (app/plugin.js and app/plugin.css by default).
   */
  static final String CHART_LIBRARY = "app/frappe-charts.min.esm.js";

  public OverviewPluginResource() {
    super(OverviewCockpitPlugin.ID);
  }

  @Override
  protected List<String> getAllowedAssets() {
    List<String> assets = super.getAllowedAssets();
    assets.add(CHART_LIBRARY);
    return assets;
  }

  @Path("{engine}/overview")
  public Figures figures(@PathParam("engine") String engine) {
    // Jersey creates this resource, not Spring: the figures are the application's bean.
    ProgrammeOverview overview = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(ProgrammeOverview.class);
    return subResource(new Figures(engine, overview), engine);
  }

  public static class Figures extends AbstractCockpitPluginResource {


    private final ProgrammeOverview overview;

    Figures(String engine, ProgrammeOverview overview) {
      super(engine);
      this.overview = overview;
    }

    @GET
    @Path("/stages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response stages() {
      return answer(viewer -> overview.stages());
    }

    @GET
    @Path("/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    public Response certificates() {
      return answer(overview::certificates);
    }

    @GET
    @Path("/outcomes")
    @Produces(MediaType.APPLICATION_JSON)
    public Response outcomes(@QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear) {
      return answer(viewer -> overview.outcomes(viewer, Years.parse(fromYear, toYear, overview.clock())));
    }

    @GET
    @Path("/durations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response durations(@QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear) {
      return answer(viewer -> overview.durations(Years.parse(fromYear, toYear, overview.clock())));
    }

    @GET
    @Path("/rounds")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rounds(@QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
        @QueryParam("scope") String scope) {
      return answer(viewer -> overview.rounds(Years.parse(fromYear, toYear, overview.clock()), scope));
    }

    @GET
    @Path("/overdue")
    @Produces(MediaType.APPLICATION_JSON)
    public Response overdue() {
      return answer(overview::overdue);
    }

    /**
     * The figures, computed with the caller's identity on the engine so that its authorizations decide
     * which dossiers count; a caller who may not see the dashboard, or whose input is invalid, is refused.
     */
    private Response answer(Function<Viewer, Map<String, Object>> figures) {
      Authentication caller = getCurrentAuthentication();
      if (caller == null) {
        return refusal(Response.Status.UNAUTHORIZED, "Chưa đăng nhập / not signed in");
      }
      Optional<Viewer> viewer = Viewer.of(caller);
      if (viewer.isEmpty()) {
        return refusal(Response.Status.FORBIDDEN, "Tổng quan chỉ dành cho kiểm toán viên, quản trị viên và cán bộ"
            + " các đơn vị / the overview is for auditors, administrators and officials of a unit (" + caller.getUserId() + ")");
      }
      try {
        Map<String, Object> body = AsSignedInUser.call(getProcessEngine().getIdentityService(), caller,
            () -> figures.apply(viewer.get()));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
      } catch (InvalidInputException invalid) {
        return refusal(Response.Status.BAD_REQUEST, invalid.getMessage());
      }
    }

    /** An expected refusal: one line at INFO, and the body for the caller. */
    private static Response refusal(Response.Status status, String message) {
      RefusalLog.log(message);
      return Response.status(status).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("status", status.getStatusCode(), "message", message)).build();
    }
  }
}
