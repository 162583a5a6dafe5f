package vn.ocop.workflow.documents;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The Documents tab's REST resource, for the user signed in to Tasklist (session and CSRF token, as every
 * Tasklist call): the same operations as the REST API's, reached through a task the caller can read, whose
 * dossier they concern (documents are then added at that task's step only), or, for a producer's list of
 * their own dossiers, through the dossier's code.
 */
@Path("plugin/" + DocumentsTasklistPlugin.ID)
public class DocumentsPluginResource extends AbstractTasklistPluginRootResource {

  public DocumentsPluginResource() {
    super(DocumentsTasklistPlugin.ID);
  }

  @Path("{engine}/tasks/{taskId}/documents")
  public PlacedDocuments atTask(@PathParam("engine") String engine, @PathParam("taskId") String taskId) {
    DossierDocuments documents = documents();
    return subResource(new PlacedDocuments(engine, caller -> documents.byTask(taskId, caller), documents), engine);
  }

  @Path("{engine}/dossiers/{code}/documents")
  public PlacedDocuments ofDossier(@PathParam("engine") String engine, @PathParam("code") String code) {
    DossierDocuments documents = documents();
    return subResource(new PlacedDocuments(engine, caller -> documents.byCode(code, caller), documents), engine);
  }

  /** Jersey creates this resource, not Spring: the service is the application's bean. */
  private DossierDocuments documents() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(DossierDocuments.class);
  }

  public static class PlacedDocuments extends AbstractTasklistPluginResource {

    private final Function<Authentication, DossierDocuments.Place> place;
    private final DossierDocuments documents;

    PlacedDocuments(String engine, Function<Authentication, DossierDocuments.Place> place, DossierDocuments documents) {
      super(engine);
      this.place = place;
      this.documents = documents;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DossierDocuments.Listing list() {
      Authentication caller = caller();
      return DocumentAnswers.refusing(() -> documents.list(place.apply(caller), caller));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
        @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body, @Context UriInfo uri) {
      Authentication caller = caller();
      Document added = DocumentAnswers.refusing(() -> documents.upload(place.apply(caller), caller,
          () -> UploadForm.read(contentType, contentLength, body, documents.maxFileSize())));
      return DocumentAnswers.created(added, uri.getAbsolutePathBuilder().path(added.id()).path("content").build());
    }

    @GET
    @Path("{id}/content")
    public Response content(@PathParam("id") String id) {
      Authentication caller = caller();
      return DocumentAnswers.content(DocumentAnswers.refusing(() -> documents.download(place.apply(caller),
          id, caller)));
    }

    /** The signed-in user: the webapps' security filter sets it on the engine for each request. */
    private Authentication caller() {
      return getProcessEngine().getIdentityService().getCurrentAuthentication();
    }
  }
}
