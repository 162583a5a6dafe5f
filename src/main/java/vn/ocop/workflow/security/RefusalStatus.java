package vn.ocop.workflow.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.input.SeparationOfDutiesException;

/**
 * The engine wraps what a listener throws, and the REST API answers any wrapped failure with 500.
 * Refusals keep their meaning instead: invalid input is 400 and a refused duty is 403, with the same
 * message naming the field or the reason.
 */
@Configuration
class RefusalStatus {

  @Bean
  ResourceConfigCustomizer refusalStatusMapper() {
    return config -> config.register(Mapper.class);
  }

  @Priority(1)
  static class Mapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      return Response.status(statusOf(exception)).entity(ExceptionDto.fromException(exception))
          .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Status statusOf(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidInputException) {
          return Status.BAD_REQUEST;
        }
        if (cause instanceof SeparationOfDutiesException) {
          return Status.FORBIDDEN;
        }
      }
      return exception.getStatus() == null ? Status.INTERNAL_SERVER_ERROR : exception.getStatus();
    }
  }
}
