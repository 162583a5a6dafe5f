package vn.ocop.workflow.models;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda Modeler deploys with the engine's POST /engine-rest/deployment/create, which would make a
 * version of the models it sends alone: without the generated score forms, the criteria sets and the
 * other models. That call is forwarded, after the REST API's authentication, to the procedure's own
 * deployment of edited models ({@link ProcedureResource#deployFromModeler}), which answers alike.
 */
@Configuration
class ModelerDeployments {

  static final String ENGINE_DEPLOYMENT = "/engine-rest/deployment/create";
  static final String PROCEDURE_DEPLOYMENT = "/engine-rest/ocop/procedure/modeler";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> modelerDeploymentFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if ("POST".equals(request.getMethod())) {
          request.getRequestDispatcher(PROCEDURE_DEPLOYMENT).forward(request, response);
        } else {
          chain.doFilter(request, response);
        }
      }
    });
    registration.setName("ocop-modeler-deployments");
    registration.addUrlPatterns(ENGINE_DEPLOYMENT);
    // After the REST API's authentication (HIGHEST_PRECEDENCE + 10), which it needs to know the caller.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
