package vn.ocop.workflow.database;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Configuration;

/**
 * The engine starts on the schema Flyway has brought up to date (camunda.bpm.database.schema-update is
 * false: the engine only checks it), so the process engine waits for Flyway's migration at start-up.
 */
@Configuration
class EngineAfterSchema extends AbstractDependsOnBeanFactoryPostProcessor {

  EngineAfterSchema() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
  }
}
