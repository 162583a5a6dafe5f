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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * A dossier's documents over the REST API, for API clients (HTTP Basic):
 * {@code GET /engine-rest/ocop/dossiers/{code}/documents} lists them with the required and missing types,
 * {@code POST} (multipart: {@code type}, {@code file}) adds one, {@code GET …/documents/{id}/content} opens one.
 */
@Component
@Path("/ocop/dossiers/{code}/documents")
public class DocumentResource {

  private final DossierDocuments documents;
  private final IdentityService identity;

  DocumentResource(DossierDocuments documents, IdentityService identity) {
    this.documents = documents;
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public DossierDocuments.Listing list(@PathParam("code") String code) {
    Authentication caller = identity.getCurrentAuthentication();
    return DocumentAnswers.refusing(() -> documents.list(documents.byCode(code, caller), caller));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@PathParam("code") String code, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body, @Context UriInfo uri) {
    Authentication caller = identity.getCurrentAuthentication();
    Document added = DocumentAnswers.refusing(() -> documents.upload(documents.byCode(code, caller), caller,
        () -> UploadForm.read(contentType, contentLength, body, documents.maxFileSize())));
    return DocumentAnswers.created(added, uri.getAbsolutePathBuilder().path(added.id()).path("content").build());
  }

  @GET
  @Path("{id}/content")
  public Response content(@PathParam("code") String code, @PathParam("id") String id) {
    Authentication caller = identity.getCurrentAuthentication();
    return DocumentAnswers.content(DocumentAnswers.refusing(() -> documents.download(documents.byCode(code, caller), id,
        caller)));
  }
}
