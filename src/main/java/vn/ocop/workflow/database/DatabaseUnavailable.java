package vn.ocop.workflow.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restarted, failed over, the network cut), every request that
 * needs it fails within the connection pool's timeout with 503 and a message saying so, instead of a
 * 500 with the driver's stack trace. The pool reconnects by itself once the database is back, and the
 * job executor resumes; nothing needs a restart.
 */
@Configuration
public class DatabaseUnavailable {

  static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được, xin thử lại sau ít phút"
      + " / the database cannot be reached at the moment; try again in a few minutes";
  static final String BUSY = "Máy chủ đang bận, mọi kết nối cơ sở dữ liệu đều đang được dùng; xin thử lại sau ít phút"
      + " / the server is busy, every database connection is in use; try again in a few minutes";
  /** Seconds a client should wait before trying again: about one connection-pool timeout. */
  static final String RETRY_AFTER = "10";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The pool's count of open connections in its timeout message: "(total=1, active=1, idle=0, waiting=4)". */
  private static final Pattern OPEN_CONNECTIONS = Pattern.compile("\\(total=(\\d+),");

  /**
   * The most connections the pool opens, read from the pool once: the exception mappers are made by the REST
   * API, not by Spring, so they read it here.
   */
  private static volatile int poolMaximum = Integer.MAX_VALUE;

  DatabaseUnavailable(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource pool) {
      poolMaximum = pool.getMaximumPoolSize();
    }
  }

  /**
   * The connection failure this failure stands for, however deeply it was wrapped. When the rollback
   * after a lost connection fails too, Spring throws the rollback's failure ("Connection is closed", no
   * SQL state) and keeps the first failure aside as the application exception: that one tells.
   */
  static Optional<SQLException> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && lostConnection(sql)) {
        return Optional.of(sql);
      }
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
        Optional<SQLException> first = in(rollback.getApplicationException());
        if (first.isPresent()) {
          return first;
        }
      }
      // When a commit fails and so does the rollback after it, Spring keeps only the rollback's failure. A
      // rollback fails on a connection the pool has already thrown away as broken: "Connection is closed",
      // with no SQL state. (A commit refused by the database, such as a serialization failure, has one.)
      if (cause instanceof TransactionSystemException rollback && rollback.getCause() instanceof SQLException closed
          && closed.getSQLState() == null && !(closed instanceof SQLTransientConnectionException)) {
        return Optional.of(closed);
      }
    }
    return Optional.empty();
  }

  /**
   * The pool's own timeout, SQL state class 08 (connection exception), or PostgreSQL's 57P01-57P03
   * (the server shut down, crashed, or is starting up).
   */
  private static boolean lostConnection(SQLException failure) {
    String state = failure.getSQLState();
    return failure instanceof SQLTransientConnectionException
        || state != null && (state.startsWith("08") || state.matches("57P0[123]"));
  }

  /**
   * The pool's timeout without a failed attempt to connect behind it, with all the connections the pool may
   * open taken (by long requests or jobs): the database is there, which calls for more connections, not for a
   * DBA. With fewer open, the pool could not open more: the database had just come back after an outage,
   * during which the request waited, and the pool was still reconnecting.
   */
  static boolean busy(SQLException lost) {
    if (!(lost instanceof SQLTransientConnectionException) || lost.getCause() != null || lost.getSQLState() != null) {
      return false;
    }
    Matcher open = OPEN_CONNECTIONS.matcher(String.valueOf(lost.getMessage()));
    return !open.find() || Integer.parseInt(open.group(1)) >= poolMaximum;
  }

  /** The answer's body: which of the two it is, in words. */
  static Map<String, String> body(SQLException lost) {
    return busy(lost) ? Map.of("type", "ConnectionsExhausted", "message", BUSY)
        : Map.of("type", "DatabaseUnavailable", "message", MESSAGE);
  }

  /** 503 with the message, as the REST API's own errors look; empty when the database is not the cause. */
  public static Optional<Response> response(Throwable failure) {
    return in(failure).map(lost -> {
      log(lost);
      return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER)
          .type(MediaType.APPLICATION_JSON_TYPE).entity(body(lost)).build();
    });
  }

  private static void log(SQLException lost) {
    // One line per refused request: the operator needs to know the outage, not its stack trace each time.
    LOG.warn("Request refused, {}: {}", busy(lost) ? "no free database connection" : "the database cannot be reached",
        lost.getMessage());
  }

  /** What the REST API and the webapps' API answer when a command could not reach the database. */
  @Priority(1)
  public static class EngineFailure implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return response(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
  }

  /** The same for failures outside the engine's commands, such as opening the transaction. */
  @Priority(1)
  public static class AnyFailure implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return response(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
  }

  /** The same for what fails before the JAX-RS applications: authentication and the webapps' filters. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
          Optional<SQLException> lost = in(failure);
          if (lost.isEmpty() || response.isCommitted()) {
            throw failure;
          }
          log(lost.get());
          response.resetBuffer();
          response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          response.setHeader("Retry-After", RETRY_AFTER);
          response.setContentType(MediaType.APPLICATION_JSON);
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.getWriter().write(JSON.writeValueAsString(body(lost.get())));
        }
      }
    });
    registration.setName("ocop-database-unavailable");
    registration.addUrlPatterns("/*");
    // Outside every other filter, so that authentication against the database is covered too.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
