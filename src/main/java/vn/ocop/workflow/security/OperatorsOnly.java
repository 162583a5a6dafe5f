package vn.ocop.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.workflow.input.RefusalLog;
import vn.ocop.workflow.organisation.OfficialGroups;

/**
 * Actuator (/actuator) answers operators and administrators only, authenticated like the REST API
 * (HTTP Basic against the engine's users, or the configured provider). The exceptions are the probes a
 * load balancer or container runtime calls without credentials: /actuator/health and its liveness and
 * readiness groups, which show a status and nothing else. Credentials given there are checked too, so an
 * operator sees the health details (management.endpoint.health.roles names the groups).
 *
 * <p>The caller's groups reach Actuator as servlet roles; no engine authentication is set, so health,
 * info and metrics count everything, not what the operator may see in the webapps.
 */
@Configuration
class OperatorsOnly {

  static final String ACTUATOR = "/actuator";
  static final List<String> PROBES = List.of(ACTUATOR + "/health", ACTUATOR + "/health/liveness",
      ACTUATOR + "/health/readiness");
  static final List<String> ALLOWED = List.of(OfficialGroups.OPERATORS, OfficialGroups.ADMINISTRATORS);

  private final ProcessEngine engine;
  private final ObjectMapper json;
  private final AuthenticationProvider provider;

  OperatorsOnly(ProcessEngine engine, ObjectMapper json, @Value(RestApiAuthentication.PROVIDER_PROPERTY) String provider)
      throws ReflectiveOperationException {
    this.engine = engine;
    this.json = json;
    this.provider = (AuthenticationProvider) Class.forName(RestApiAuthentication.providerClass(provider))
        .getDeclaredConstructor().newInstance();
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> operatorsOnlyFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        boolean probe = PROBES.contains(request.getRequestURI().substring(request.getContextPath().length()));
        if (probe && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
          chain.doFilter(request, response);
          return;
        }
        AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
        if (!result.isAuthenticated()) {
          provider.augmentResponseByAuthenticationChallenge(response, engine);
          answer(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập bằng tài khoản vận hành (HTTP Basic)"
              + " / sign in as an operator (HTTP Basic)");
          return;
        }
        String user = result.getAuthenticatedUser();
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId).toList();
        if (!probe && groups.stream().noneMatch(ALLOWED::contains)) {
          String message = "Chỉ nhóm " + ALLOWED + " được xem thông tin vận hành; " + user + " không thuộc nhóm nào trong đó"
              + " / only the groups " + ALLOWED + " may read operations data; " + user + " is in none of them";
          RefusalLog.log(message);
          answer(response, HttpServletResponse.SC_FORBIDDEN, message);
          return;
        }
        chain.doFilter(new Caller(request, user, groups), response);
      }
    });
    registration.setName("ocop-operators-only");
    registration.addUrlPatterns(ACTUATOR, ACTUATOR + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  private void answer(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
  }

  /** The request as Actuator reads it: the signed-in user as principal, their groups as roles. */
  private static final class Caller extends HttpServletRequestWrapper {
    private final String user;
    private final List<String> groups;

    Caller(HttpServletRequest request, String user, List<String> groups) {
      super(request);
      this.user = user;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> user;
    }

    @Override
    public String getRemoteUser() {
      return user;
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role);
    }
  }
}
