package vn.ocop.workflow.benchmark.bare;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The bare engine the benchmark compares the application with: Camunda 7.24 as its Spring Boot starter
 * configures it (the REST API without authentication, no authorization checks, the starter's job executor
 * and history level), on a PostgreSQL database of its own, running the project's own models: the
 * evaluation, the council, the Decision 26/2026 level and the written opinions, with both decision tables
 * and the hand-kept forms. Every bean the models name stands in for the project's: most do nothing; the
 * few whose variables a gateway, a multi-instance or a decision table reads set constants, so a dossier
 * takes the same path (three levels, 95 points, 5★) as in the application.
 *
 * <p>Runs from the test classpath, where the application's own classes and application.yaml are too: it
 * reads no configuration file ({@code spring.config.name=bare-engine}, which does not exist), and leaves out
 * the project's schema migrations (Flyway) and the webapps. Three settings differ from the starter's defaults:
 * the automatic deployment is off (the classpath holds test models that do not deploy), the models are
 * deployed by {@link #deploy}, and they get the application's history time to live, without which Camunda
 * 7.24 refuses to deploy them.
 *
 * <p>It is deliberately not a {@code @Configuration} (nor a {@code @SpringBootApplication}): the application's
 * tests scan every package under vn.ocop.workflow for components, and must not find these beans. Spring Boot
 * reads its {@code @Bean} methods all the same, as those of the class it was started with.
 */
@EnableAutoConfiguration(exclude = {FlywayAutoConfiguration.class, CamundaBpmWebappAutoConfiguration.class})
public class BareEngine {

  static final List<String> MODELS = List.of("bpmn/ocop-product-evaluation.bpmn", "bpmn/ocop-council-evaluation.bpmn",
      "bpmn/ocop-level-evaluation.bpmn", "bpmn/ocop-written-opinions.bpmn", "bpmn/ocop-star-rating.dmn",
      "bpmn/ocop-council-outcome.dmn");

  public static void main(String[] args) {
    new SpringApplicationBuilder(BareEngine.class).properties("spring.config.name=bare-engine",
        "camunda.bpm.auto-deployment-enabled=false",
        "camunda.bpm.generic-properties.properties.history-time-to-live=P3650D").run(args);
  }

  /** Deploys the models, as one deployment, once the engine runs. */
  @EventListener(ApplicationReadyEvent.class)
  public void deploy(ApplicationReadyEvent ready) throws IOException {
    RepositoryService repository = ready.getApplicationContext().getBean(RepositoryService.class);
    DeploymentBuilder deployment = repository.createDeployment().name("ocop-bare");
    MODELS.forEach(deployment::addClasspathResource);
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      deployment.addInputStream("forms/" + form.getFilename(), form.getInputStream());
    }
    deployment.deploy();
  }

  /** The beans the models name that do nothing here. */
  @Bean
  static BeanFactoryPostProcessor noOps() {
    return factory -> List.of("informProducer", "closeDossier", "checkDossier", "reviseDossier", "recordCertificate",
            "prepareScoreSheet", "recordScoreSheet", "levelContract", "writtenOpinionsContract")
        .forEach(name -> factory.registerSingleton(name, new NoOp()));
  }

  /** The registration: a business key and what the evaluation's gateways and the councils' task names read. */
  @Bean
  ExecutionListener registerDossier() {
    return execution -> {
      execution.setProcessBusinessKey("BARE-" + UUID.randomUUID());
      String commune = (String) execution.getVariable("communeCode");
      execution.setVariable("communeGroup", "commune-" + commune + "-officers");
      execution.setVariable("communeName", "Xã " + commune);
      execution.setVariable("applicationKind", "new");
      execution.setVariable("procedure", "three-level");
      execution.setVariable("districtCouncilGroup", "district-council");
      execution.setVariable("provinceCouncilGroup", "province-council");
      execution.setVariable("centralCouncilGroup", "central-council");
    };
  }

  /** The council's members, for its multi-instance score sheets. */
  @Bean
  JavaDelegate conveneCouncil() {
    return execution -> {
      String council = (String) execution.getVariable("councilGroup");
      execution.setVariable("councilMembers", List.of(council + "-1", council + "-2", council + "-3"));
    };
  }

  /** The council's result as the decision tables read it: scored, 95 points, nothing holding the rank down. */
  @Bean
  JavaDelegate calculateCouncilResult() {
    return execution -> {
      execution.setVariable("disqualified", false);
      execution.setVariable("averageScore", 95.0);
      execution.setVariable("rankAllowed", 5);
    };
  }

  /** What a called council reads from the dossier, and its outcome back. */
  @Bean
  DelegateVariableMapping councilContract() {
    return new DelegateVariableMapping() {
      @Override
      public void mapInputVariables(DelegateExecution dossier, VariableMap council) {
        List.of("procedure", "criteriaSet", "productName", "communeName")
            .forEach(name -> council.putValue(name, dossier.getVariable(name)));
      }

      @Override
      public void mapOutputVariables(DelegateExecution dossier, VariableScope council) {
        dossier.setVariable("councilOutcome", council.getVariable("councilOutcome"));
      }
    };
  }

  @Bean
  Deadlines deadlines() {
    return new Deadlines();
  }

  /** The due dates and durations the models read from {@code deadlines}. */
  public static class Deadlines {
    public Date communeCheckDue() {
      return Date.from(Instant.now().plus(15, ChronoUnit.DAYS));
    }

    public Date councilScoringDue() {
      return Date.from(Instant.now().plus(14, ChronoUnit.DAYS));
    }

    public String getRevision() {
      return "P30D";
    }
  }

  /** A step, listener or call contract that does nothing. */
  static class NoOp implements JavaDelegate, ExecutionListener, TaskListener, DelegateVariableMapping {
    @Override
    public void execute(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateTask task) {
    }

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    }

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    }
  }
}
