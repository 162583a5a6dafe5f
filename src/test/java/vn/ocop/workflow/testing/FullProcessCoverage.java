package vn.ocop.workflow.testing;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Process tests that record coverage and fail unless the test class drives every flow node and
 * sequence flow of the models it touches. Reports land in target/process-test-coverage.
 *
 * <p>They share a context of their own, without a web server and with an engine name of their own, so
 * the REST API of the shared web context keeps answering from its own engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.process-engine-name=processCoverage")
@Import(FullProcessCoverage.Config.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class FullProcessCoverage extends ProcessTestBase {

  @TestConfiguration
  static class Config {

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
}
