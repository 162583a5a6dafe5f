package vn.ocop.workflow.rounds;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.input.RefusalLog;

/**
 * The evaluation rounds over the REST API: {@code GET /engine-rest/ocop/rounds?scope=40&year=2026} lists a
 * scope's rounds of a year to anyone signed in; {@code POST} with
 * {@code {"scope": "40", "proposalsUntil": "2026-05-31", "evaluatedBy": "2026-07-15"}} adds one, for the
 * scope's OCOP agency and administrators.
 */
@Component
@Path("/ocop/rounds")
public class RoundResource {


  private final EvaluationRounds rounds;
  private final IdentityService identity;

  RoundResource(EvaluationRounds rounds, IdentityService identity) {
    this.rounds = rounds;
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Map<String, Object>> list(@QueryParam("scope") String scope, @QueryParam("year") String year) {
    List<String> errors = new ArrayList<>();
    if (scope == null || scope.isBlank()) {
      errors.add("scope: bắt buộc, mã tỉnh hay central / required, a province code or central");
    } else if (!rounds.isScope(scope)) {
      errors.add(EvaluationRounds.unknownScope(scope));
    }
    Integer wanted = null;
    if (year == null || !year.matches("\\d{4}")) {
      errors.add("year: '" + (year == null ? "" : year) + "' phải là năm như 2026 / must be a year such as 2026");
    } else {
      wanted = Integer.valueOf(year);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(EvaluationRounds.WHAT, errors);
    }
    return rounds.rounds(scope, wanted).stream().map(this::json).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(Map<String, Object> body) {
    Map<String, Object> fields = body == null ? Map.of() : body;
    List<String> errors = new ArrayList<>();
    Object scope = fields.get("scope");
    if (!(scope instanceof String) || !rounds.isScope((String) scope)) {
      errors.add(EvaluationRounds.unknownScope(scope));
    }
    LocalDate proposalsUntil = day(fields, "proposalsUntil", errors);
    LocalDate evaluatedBy = day(fields, "evaluatedBy", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(EvaluationRounds.WHAT, errors);
    }
    Authentication caller = identity.getCurrentAuthentication();
    String agency = rounds.agencyGroup((String) scope);
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Groups.CAMUNDA_ADMIN) && !groups.contains(agency)) {
      String message = "Chỉ cơ quan OCOP (" + agency + ") và quản trị viên được thêm đợt đánh giá của " + scope
          + " / only the OCOP agency (" + agency + ") and administrators add rounds for " + scope + " ("
          + (caller == null ? "anonymous" : caller.getUserId()) + ")";
      RefusalLog.log(message);
      throw new AuthorizationException(message);
    }
    Round added = rounds.add((String) scope, proposalsUntil, evaluatedBy, caller.getUserId());
    return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(json(added)).build();
  }

  /** A day such as 2026-05-31, or null with the field named in the errors. */
  private static LocalDate day(Map<String, Object> fields, String field, List<String> errors) {
    Object value = fields.get(field);
    if (value == null) {
      errors.add(field + ": bắt buộc, một ngày như 2026-05-31 / required, a day such as 2026-05-31");
      return null;
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // reported below with the field's name
      }
    }
    errors.add(field + ": '" + value + "' không phải ngày như 2026-05-31 / is not a day such as 2026-05-31");
    return null;
  }

  private Map<String, Object> json(Round round) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", round.id());
    json.put("scope", round.scope());
    json.put("year", round.year());
    json.put("number", round.number());
    json.put("name", rounds.name(round));
    json.put("proposalsUntil", round.proposalsUntil().toString());
    json.put("evaluatedBy", round.evaluatedBy().toString());
    json.put("createdBy", round.createdBy());
    return json;
  }
}
