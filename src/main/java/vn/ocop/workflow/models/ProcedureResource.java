package vn.ocop.workflow.models;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.rest.dto.repository.DeploymentWithDefinitionsDto;
import org.camunda.bpm.engine.rest.mapper.MultipartFormData;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.InvalidInputException;

/**
 * An administrator deploys edited models without a restart: the files sent (multipart, as to the
 * engine's own /deployment/create) replace their namesakes in the latest version of the procedure, and
 * the whole is deployed as a new version with the score forms generated again. Running dossiers keep
 * their version.
 */
@Component
@Path("/ocop/procedure")
public class ProcedureResource {

  private final ProcedureDeployment procedure;
  private final IdentityService identity;

  ProcedureResource(ProcedureDeployment procedure, IdentityService identity) {
    this.procedure = procedure;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response deploy(MultipartFormData payload) {
    return deployFiles(payload, (deployment, files) -> Response.status(Response.Status.CREATED)
        .type(MediaType.APPLICATION_JSON).entity(Map.of("deploymentId", deployment.getId(), "files", files)).build());
  }

  /**
   * The Camunda Modeler's deployment (its /deployment/create, forwarded here by {@link ModelerDeployments}):
   * deployed like an edited model, so the version is complete, and answered as the engine answers it.
   */
  @POST
  @Path("/modeler")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response deployFromModeler(MultipartFormData payload) {
    return deployFiles(payload, (deployment, files) -> Response.ok(DeploymentWithDefinitionsDto.fromDeployment(deployment))
        .type(MediaType.APPLICATION_JSON).build());
  }

  private Response deployFiles(MultipartFormData payload,
      BiFunction<DeploymentWithDefinitions, Set<String>, Response> answer) {
    Optional<Response> refused = Administrators.refuseOthers(identity,
        "Chỉ quản trị viên được triển khai mô hình / only administrators deploy models");
    if (refused.isPresent()) {
      return refused.get();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String part : payload.getPartNames()) {
      MultipartFormData.FormPart file = payload.getNamedPart(part);
      if (file.getFileName() != null) {
        files.put(file.getFileName(), file.getBinaryContent());
      }
    }
    if (files.isEmpty()) {
      return Administrators.refusal(Response.Status.BAD_REQUEST, Map.of("type", "InvalidRequestException",
          "message", "Không có tệp nào / no file was sent: send .bpmn, .dmn or .form files as multipart parts"));
    }
    try {
      return answer.apply(procedure.deployEditedModels(files), files.keySet());
    } catch (InvalidInputException | ParseException | IllegalStateException e) {
      return Administrators.refusal(Response.Status.BAD_REQUEST,
          Map.of("type", e.getClass().getSimpleName(), "message", String.valueOf(e.getMessage())));
    }
  }
}
