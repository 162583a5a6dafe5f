package vn.ocop.workflow.rounds;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the evaluation rounds to the engine's REST API, behind its authentication (see models.ProcedureApi). */
@Configuration
class RoundsApi {

  @Bean
  ResourceConfigCustomizer roundResources() {
    return config -> config.register(RoundResource.class);
  }
}
