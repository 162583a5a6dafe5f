package vn.ocop.workflow.testing;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records process coverage and fails the test class unless it drives every flow node and sequence
 * flow of the models it touches. Reports land in target/process-test-coverage.
 */
@TestConfiguration
public class FullProcessCoverage {

  @Bean
  AbstractCamundaConfiguration processCoverageListeners() {
    return new AbstractCamundaConfiguration() {
      @Override
      public void preInit(SpringProcessEngineConfiguration configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
      }
    };
  }

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(1.0).build();
  }
}
