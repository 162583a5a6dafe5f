package vn.ocop.workflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.ocop.workflow.certificates.PublicRegistry;

/**
 * The REST API answers only authenticated callers: HTTP Basic against the engine's identity service
 * by default. A deployment with its own identity provider names another
 * {@code org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider} in
 * {@code ocop.security.rest-authentication-provider}.
 */
@Configuration
class RestApiAuthentication {

  static final String REST_API = "/engine-rest/*";
  static final String PROVIDER_PROPERTY = "${ocop.security.rest-authentication-provider:}";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter(
      @Value(PROVIDER_PROPERTY) String provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("ocop-rest-authentication");
    // The officials' certificate list is authenticated the same way; single certificates stay public.
    registration.addUrlPatterns(REST_API, PublicRegistry.API);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, providerClass(provider));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The configured provider's class name, HTTP Basic when none is configured. */
  static String providerClass(String configured) {
    return configured.isBlank() ? HttpBasicAuthenticationProvider.class.getName() : configured;
  }
}
