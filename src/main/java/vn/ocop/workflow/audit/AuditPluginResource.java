package vn.ocop.workflow.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.input.RefusalLog;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.roles.AsSignedInUser;

/**
 * The auditor's page's REST resource, for the user signed in to Cockpit: the dossier search, a dossier's
 * record and its exports. The engine's authorizations decide what the caller sees: auditors and
 * administrators every dossier, an official the dossiers their unit may read; a user who is neither is
 * refused (403). Nothing here writes.
 */
@Path("plugin/" + AuditCockpitPlugin.ID)
public class AuditPluginResource extends AbstractCockpitPluginRootResource {

  /** The DOM helpers every page of the project imports (see plugin-webapp/ocop-audit/app/dom.js). */
  static final String DOM_HELPERS = "app/dom.js";

  public AuditPluginResource() {
    super(AuditCockpitPlugin.ID);
  }

  /** Cockpit serves a plugin's plugin.js and plugin.css only, unless the plugin names more. */
  @Override
  protected List<String> getAllowedAssets() {
    List<String> assets = super.getAllowedAssets();
    assets.add(DOM_HELPERS);
    return assets;
  }

  @Path("{engine}/dossiers")
  public Dossiers dossiers(@PathParam("engine") String engine) {
    // Jersey creates this resource, not Spring: the index and the history are the application's beans.
    ApplicationContext application = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new Dossiers(engine, application.getBean(DossierIndex.class),
        application.getBean(DossierHistory.class), application.getBean(DossierExport.class)), engine);
  }

  public static class Dossiers extends AbstractCockpitPluginResource {


    private final DossierIndex index;
    private final DossierHistory history;
    private final DossierExport export;

    Dossiers(String engine, DossierIndex index, DossierHistory history, DossierExport export) {
      super(engine);
      this.index = index;
      this.history = history;
      this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DossierIndex.Page search(@Context UriInfo uri) {
      Map<String, String> parameters = new HashMap<>();
      uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(values.size() - 1)));
      return asCaller(() -> {
        try {
          return index.search(DossierSearch.of(parameters));
        } catch (InvalidInputException refused) {
          throw refusal(Status.BAD_REQUEST, refused.getMessage());
        }
      });
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public DossierRecord record(@PathParam("code") String code) {
      return asCaller(() -> history.record(readable(code)));
    }

    @GET
    @Path("{code}/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response exportJson(@PathParam("code") String code) {
      return attachment(code, ".json", MediaType.APPLICATION_JSON + ";charset=UTF-8",
          export.json(asCaller(() -> history.record(readable(code)))));
    }

    @GET
    @Path("{code}/export.csv")
    @Produces("text/csv")
    public Response exportCsv(@PathParam("code") String code) {
      return attachment(code, ".csv", "text/csv;charset=UTF-8", export.csv(asCaller(() -> history.record(readable(code)))));
    }

    /** A page to print and attach to an audit report, headings in Vietnamese. */
    @GET
    @Path("{code}/print")
    @Produces(MediaType.TEXT_HTML)
    public Response print(@PathParam("code") String code) {
      return Response.ok(export.html(asCaller(() -> history.record(readable(code)))), MediaType.TEXT_HTML + ";charset=UTF-8")
          .build();
    }

    /** The model of one process the dossier passed through, for its diagram. */
    @GET
    @Path("{code}/diagram/{definition}")
    @Produces(MediaType.APPLICATION_XML)
    public Response diagram(@PathParam("code") String code, @PathParam("definition") String definition) {
      String xml = asCaller(() -> {
        if (!history.passedThrough(readable(code), definition)) {
          throw refusal(Status.NOT_FOUND, "Hồ sơ " + code + " không đi qua mô hình " + definition
              + " / dossier " + code + " did not pass through model " + definition);
        }
        return history.model(definition);
      });
      return Response.ok(xml, MediaType.APPLICATION_XML + ";charset=UTF-8").build();
    }

    /** The dossier, if the caller may read it: 404 when there is none, 403 when it is not theirs to read. */
    private HistoricProcessInstance readable(String code) {
      if (!code.matches(DossierSearch.CODE)) {
        throw refusal(Status.BAD_REQUEST, "Mã hồ sơ không hợp lệ / not a dossier code");
      }
      DossierHistory.Visibility found = history.find(code);
      if (found.dossier() == null) {
        throw refusal(Status.NOT_FOUND, "Không có hồ sơ " + code + " / there is no dossier " + code);
      }
      if (!found.readable()) {
        throw refusal(Status.FORBIDDEN, "Hồ sơ " + code + " không thuộc đơn vị của bạn / dossier " + code
            + " is not your unit's to read");
      }
      return found.dossier();
    }

    /**
     * Runs the call as the signed-in user, who must be an auditor, an administrator or an official: the
     * engine's authorizations then narrow what an official sees to their unit's dossiers.
     */
    private <T> T asCaller(Supplier<T> call) {
      Authentication user = getCurrentAuthentication();
      List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
      if (groups.stream().noneMatch(OfficialGroups::readsDossiers)) {
        throw refusal(Status.FORBIDDEN, "Chỉ kiểm toán viên, quản trị viên và cán bộ được xem hồ sơ"
            + " / only auditors, administrators and officials read dossiers");
      }
      return AsSignedInUser.call(getProcessEngine().getIdentityService(), user, call);
    }

    private static InvalidRequestException refusal(Status status, String message) {
      RefusalLog.log(message);
      return new InvalidRequestException(status, message);
    }

    private static Response attachment(String code, String suffix, String type, byte[] content) {
      return Response.ok(content, type)
          .header("Content-Disposition", "attachment; filename=\"ho-so-" + code + suffix + "\"").build();
    }
  }
}
