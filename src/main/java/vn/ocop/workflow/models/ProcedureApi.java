package vn.ocop.workflow.models;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the procedure's own resources (criteria sets, edited models, the working-day calendar, migration
 * of running dossiers, the trial clock where enabled) to the engine's REST API, behind its authentication.
 * They are registered as classes so that Jersey takes the Spring beans (jersey-spring) and treats them as
 * resources, not as providers.
 */
@Configuration
class ProcedureApi {

  @Bean
  ResourceConfigCustomizer procedureResources(ObjectProvider<DevClockResource> devClock) {
    return config -> {
      config.register(CriteriaSetResource.class);
      config.register(ProcedureResource.class);
      config.register(CalendarResource.class);
      config.register(MigrationResource.class);
      devClock.ifAvailable(clock -> config.register(DevClockResource.class));
    };
  }
}
