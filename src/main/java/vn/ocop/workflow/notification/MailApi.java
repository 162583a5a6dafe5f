package vn.ocop.workflow.notification;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds an official's mail preference to the engine's REST API, behind its authentication (see ProcedureApi). */
@Configuration
class MailApi {

  @Bean
  ResourceConfigCustomizer mailResources() {
    return config -> config.register(MailPreferenceResource.class);
  }
}
