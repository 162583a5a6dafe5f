package vn.ocop.workflow.models;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import vn.ocop.workflow.criteria.CriteriaCatalogues;

/** Adds the procedure's own resources (criteria sets, edited models) to the engine's REST API, behind its authentication. */
@Configuration
class ProcedureApi {

  @Bean
  ResourceConfigCustomizer criteriaSetResource(ProcedureDeployment procedure, CriteriaCatalogues catalogues,
      IdentityService identity) {
    return config -> {
      config.register(new CriteriaSetResource(procedure, catalogues, identity));
      config.register(new ProcedureResource(procedure, identity));
    };
  }

  /** The trial clock, on the embedded default only: production refuses to start with it. */
  @Bean
  @ConditionalOnProperty(name = "ocop.dev-clock.enabled", havingValue = "true")
  ResourceConfigCustomizer devClockResource(IdentityService identity, Environment environment) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new IllegalStateException("The trial clock is never enabled in the prod profile; unset ocop.dev-clock.enabled");
    }
    return config -> config.register(new DevClockResource(identity));
  }
}
