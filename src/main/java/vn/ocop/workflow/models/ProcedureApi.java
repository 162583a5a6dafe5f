package vn.ocop.workflow.models;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}
