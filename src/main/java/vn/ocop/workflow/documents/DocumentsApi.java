package vn.ocop.workflow.documents;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds dossiers' documents to the engine's REST API, behind its authentication (see models.ProcedureApi). */
@Configuration
class DocumentsApi {

  @Bean
  ResourceConfigCustomizer documentResources() {
    return config -> config.register(DocumentResource.class);
  }
}
