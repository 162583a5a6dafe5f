package vn.ocop.workflow.notification;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds an official's mail preference to the engine's REST API, behind its authentication. */
@Configuration
class MailApi {

  @Bean
  ResourceConfigCustomizer mailPreferenceResource(MailPreferences preferences, IdentityService identity) {
    return config -> config.register(new MailPreferenceResource(preferences, identity));
  }
}
