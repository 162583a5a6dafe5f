package vn.ocop.workflow.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ocop.workflow.OcopWorkflowApplication;

/**
 * The prod profile refuses missing or default administrator credentials and creates no demo officials.
 * The password rule is checked row by row without starting the application; one refused start-up shows
 * that the rule stops it.
 */
class ProductionProfileTest {

  @ParameterizedTest(name = "id ''{0}'', password ''{1}''")
  @CsvSource(nullValues = "none", value = {
      "'', '', set OCOP_ADMIN_ID and OCOP_ADMIN_PASSWORD",
      "ocop-admin, '', set OCOP_ADMIN_ID and OCOP_ADMIN_PASSWORD",
      "'', 'a-long-enough-secret', set OCOP_ADMIN_ID and OCOP_ADMIN_PASSWORD",
      "ocop-admin, demo, OCOP_ADMIN_PASSWORD is a well-known default",
      "ocop-admin, admin, OCOP_ADMIN_PASSWORD is a well-known default",
      "ocop-admin, Admin, OCOP_ADMIN_PASSWORD is a well-known default",
      "ha-tinh-administrator, ha-tinh-administrator, OCOP_ADMIN_PASSWORD equals the user id",
      "ocop-admin, short-pass1, OCOP_ADMIN_PASSWORD is shorter than 12 characters"})
  void aWeakOrMissingFirstAdministratorIsNamed(String id, String password, String problem) {
    assertThat(FirstAdministrator.problemWith(id, password)).startsWith(problem);
  }

  @Test
  void startUpIsRefusedWithoutAStrongFirstAdministrator() {
    assertThat(FirstAdministrator.problemWith("ocop-admin", "correct-horse-battery-staple")).isNull();
    assertThatThrownBy(() -> start("ocop-admin", "demo").close()).rootCause()
        .hasMessageContaining("Refusing to start in production: OCOP_ADMIN_PASSWORD is a well-known default");
  }

  @Test
  void startsWithTheAdministratorFromTheEnvironmentAndNoDemoOfficials() {
    try (ConfigurableApplicationContext context = start("ocop-admin", "correct-horse-battery-staple")) {
      IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();

      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("ocop-admin");
      assertThat(identity.checkPassword("ocop-admin", "correct-horse-battery-staple")).isTrue();
      assertThat(identity.createUserQuery().userId("ocop-admin").memberOfGroup("camunda-admin").count()).isOne();
      assertThat(context.getEnvironment().getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie"))
          .isEqualTo("true");
    }
  }

  @Test
  void demoOfficialsAreRefusedInProduction() {
    assertThatThrownBy(() -> start("ocop-admin", "correct-horse-battery-staple", "--ocop.demo-officials.enabled=true",
        "--ocop.demo-officials.password=demo").close()).rootCause()
        .hasMessageContaining("Demo officials are never created in the prod profile");
  }

  @Test
  void theTrialClockIsRefusedInProduction() {
    assertThatThrownBy(() -> start("ocop-admin", "correct-horse-battery-staple", "--ocop.dev-clock.enabled=true").close())
        .rootCause().hasMessageContaining("The trial clock is never enabled in the prod profile");
  }

  /**
   * The prod profile on an in-memory database instead of PostgreSQL, with its own engine name and no
   * web server (the webapps keep static state that a second context in the same JVM would overwrite).
   */
  private static ConfigurableApplicationContext start(String id, String password, String... extra) {
    List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
        "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "--spring.datasource.username=sa", "--camunda.bpm.process-engine-name=prod" + UUID.randomUUID().toString().replace("-", ""),
        "--camunda.bpm.job-execution.enabled=false",
        "--ocop.admin.id=" + id, "--ocop.admin.password=" + password));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(OcopWorkflowApplication.class).profiles("prod").run(args.toArray(String[]::new));
  }
}
