package vn.ocop.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.workflow.certificates.PublicRegistry;
import vn.ocop.workflow.producers.ProducerPasswordPage;

/**
 * Every path is closed unless listed here, so a new endpoint is never anonymous by accident. The
 * webapps guard themselves with their login, the REST API with {@link RestApiAuthentication}, Actuator
 * with {@link OperatorsOnly}.
 * A public, read-only page (such as a certificate look-up) is added to {@link #PUBLIC_READ_ONLY}
 * and nowhere else; it answers GET and HEAD only. A public form whose own secret proves the caller
 * (the link a new producer gets to choose a password) is in {@link #PUBLIC_FORMS} and also takes POST.
 */
@Configuration
class ClosedByDefault {

  /** Paths whose own security applies: the webapps (login page, static assets), the REST API and Actuator. */
  static final List<String> GUARDED_ELSEWHERE = List.of("/camunda", "/engine-rest", OperatorsOnly.ACTUATOR);
  /** Anonymous, read-only paths: the public certificate look-up (certificates/PublicRegistry). */
  static final List<String> PUBLIC_READ_ONLY = List.of(PublicRegistry.API, PublicRegistry.PAGE);
  /** Anonymous forms that prove the caller by a one-time token they carry. */
  static final List<String> PUBLIC_FORMS = List.of(ProducerPasswordPage.PATH);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> closedByDefaultFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (isOpen(request.getRequestURI().substring(request.getContextPath().length()), request.getMethod())) {
          chain.doFilter(request, response);
        } else {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
      }
    });
    registration.setName("ocop-closed-by-default");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static boolean isOpen(String path, String method) {
    if (path.equals("/") || GUARDED_ELSEWHERE.stream().anyMatch(prefix -> within(path, prefix))) {
      return true;
    }
    boolean readOnly = "GET".equals(method) || "HEAD".equals(method);
    if (PUBLIC_FORMS.contains(path)) {
      return readOnly || "POST".equals(method);
    }
    return readOnly && PUBLIC_READ_ONLY.stream().anyMatch(prefix -> within(path, prefix));
  }

  private static boolean within(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
