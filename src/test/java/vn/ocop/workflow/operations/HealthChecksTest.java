package vn.ocop.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The job executor's and mail's health in the cases the application's tests do not run in. */
class HealthChecksTest {

  @Test
  void withoutAnSmtpServerMailGoesToTheLogAndIsHealthy() {
    Health mail = HealthChecks.mail(null).health();

    assertThat(mail.getStatus()).isEqualTo(Status.UP);
    assertThat(mail.getDetails()).containsEntry("delivery", "log");
  }

  @Test
  void aJobExecutorThatShouldRunButDoesNotIsDown() {
    Health stopped = HealthChecks.jobExecutor(new DefaultJobExecutor(), true);

    assertThat(stopped.getStatus()).isEqualTo(Status.DOWN);
    assertThat(stopped.getDetails()).containsEntry("active", false);
  }
}
