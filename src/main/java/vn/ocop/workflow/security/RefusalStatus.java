package vn.ocop.workflow.security;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.database.DatabaseUnavailable;
import vn.ocop.workflow.input.RefusalLog;

/**
 * The REST API answers a refusal the engine passes on with 500 ("Cannot complete task …"), and a body
 * that is not JSON with an empty message. Instead a refusal keeps its meaning: invalid input is 400 and
 * a refused duty 403, with the refusal's own message naming the field or the reason; a malformed body is
 * 400 saying where it breaks. The same holds for /engine-rest and for the webapps' API that Tasklist
 * calls, which is a JAX-RS application of its own. A failure to reach the database is 503
 * ({@link DatabaseUnavailable}).
 */
@Configuration
class RefusalStatus {

  private static final ExceptionHandlerHelper CAMUNDA = ExceptionHandlerHelper.getInstance();
  private static final Pattern UNCLOSED_START = Pattern.compile(" \\(start marker at \\[Source: .*\\]\\)$");
  private static final List<Class<?>> MAPPERS = List.of(RestFailure.class, NotJson.class, NotExpectedJson.class,
      DatabaseUnavailable.EngineFailure.class, DatabaseUnavailable.AnyFailure.class);

  @Bean
  ResourceConfigCustomizer refusalStatusMappers() {
    return config -> MAPPERS.forEach(config::register);
  }

  /**
   * The webapps' JAX-RS applications are fixed classes; to each application built from a class, Jersey
   * adds the providers named in this servlet context attribute.
   */
  @Bean
  ServletContextInitializer refusalStatusMappersInTheWebapps() {
    return context -> context.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
        MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
  }

  /** What the body's parser found, and where: the line and column of the request body. */
  static String notValidJson(JsonProcessingException problem) {
    // An unclosed object or list also names its start in a redacted source: noise to the caller.
    String found = UNCLOSED_START.matcher(problem.getOriginalMessage()).replaceFirst("");
    return "Nội dung yêu cầu không phải JSON hợp lệ" + at(problem, "dòng", "cột") + " / the request body is not valid JSON"
        + at(problem, "line", "column") + ": " + found;
  }

  private static String at(JsonProcessingException problem, String line, String column) {
    JsonLocation at = problem.getLocation();
    return at == null ? "" : " (" + line + " " + at.getLineNr() + ", " + column + " " + at.getColumnNr() + ")";
  }

  private static Response badRequest(String message, Exception cause) {
    RefusalLog.log(message);
    return CAMUNDA.getResponse(new InvalidRequestException(Status.BAD_REQUEST, cause, message));
  }

  /**
   * Answers a REST failure with the refusal inside it if there is one, 503 if the database could not be
   * reached, and as Camunda does otherwise.
   */
  @Priority(1)
  static class RestFailure implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return DatabaseUnavailable.response(exception)
          .orElseGet(() -> CAMUNDA.getResponse(Refusals.in(exception).orElse(exception)));
    }
  }

  @Priority(1)
  static class NotJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return badRequest(notValidJson(exception), exception);
    }
  }

  /** JSON, but not of the shape the call takes, such as a list where a map of variables belongs. */
  @Priority(1)
  static class NotExpectedJson implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      String field = exception.getPath().stream().map(JsonMappingException.Reference::getFieldName)
          .filter(Objects::nonNull).collect(Collectors.joining("."));
      return badRequest("Nội dung yêu cầu sai cấu trúc" + (field.isEmpty() ? "" : " ở " + field) + at(exception, "dòng", "cột")
          + " / the request body has the wrong structure" + (field.isEmpty() ? "" : " at " + field)
          + at(exception, "line", "column") + ": " + exception.getOriginalMessage(), exception);
    }
  }
}
