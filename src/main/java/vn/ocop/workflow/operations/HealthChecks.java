package vn.ocop.workflow.operations;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Health beyond Spring Boot's database and disk checks: the job executor and mail. Each bean takes the
 * name under which Camunda and Spring Boot would register their own (jobExecutor, mail), so these replace
 * them: theirs would report a node DOWN that is working as configured.
 */
@Configuration
class HealthChecks {

  /**
   * Whether this node runs jobs: timers, deadlines, mail deliveries, councils convening. Camunda's own
   * check says DOWN whenever the executor is not running; a node configured to run none
   * (camunda.bpm.job-execution.enabled=false) is UNKNOWN instead, which leaves the overall status as it is.
   */
  @Bean
  HealthIndicator jobExecutorHealthIndicator(ProcessEngineConfigurationImpl engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    return () -> jobExecutor(engine.getJobExecutor(), enabled);
  }

  /**
   * With an SMTP server (spring.mail.host), Spring Boot's check connects to it. Without one, mail is
   * written to the log by design (notification/MailConfiguration): that is UP, and says so.
   */
  @Bean
  HealthIndicator mailHealthIndicator(ObjectProvider<JavaMailSender> smtp) {
    return mail(smtp.getIfAvailable());
  }

  static Health jobExecutor(JobExecutor executor, boolean enabled) {
    if (!enabled) {
      return Health.unknown().withDetail("enabled", false)
          .withDetail("reason", "camunda.bpm.job-execution.enabled=false: this node runs no jobs").build();
    }
    boolean active = executor != null && executor.isActive();
    Health.Builder health = active ? Health.up() : Health.down();
    health.withDetail("enabled", true).withDetail("active", active);
    if (executor != null) {
      health.withDetail("name", executor.getName()).withDetail("lockOwner", executor.getLockOwner());
    }
    return health.build();
  }

  static HealthIndicator mail(JavaMailSender sender) {
    if (sender instanceof JavaMailSenderImpl smtp) {
      return new MailHealthIndicator(smtp);
    }
    Health health = sender == null
        ? Health.up().withDetail("delivery", "log").withDetail("reason", "spring.mail.host is not set: mails are written to the log").build()
        : Health.unknown().withDetail("delivery", sender.getClass().getName()).build();
    return () -> health;
  }
}
