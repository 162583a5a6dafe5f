package vn.ocop.workflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.models.ProcedureDeployment;

/**
 * Process tests on the real application context (H2 in memory, demo officials, no job executor: tests
 * run jobs themselves), with its web server for the REST and webapp tests. The test classes share this
 * one context, so the engine boots once; only the process coverage tests ({@link FullProcessCoverage})
 * have their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.Config.class)
public abstract class ProcessTestBase {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected CriteriaCatalogues catalogues;
  @Autowired
  protected ProcedureDeployment procedure;
  /** The criteria sets new dossiers are scored with. */
  protected CriteriaCatalogue catalogue;
  @Autowired
  protected TestMailServer mails;
  protected Dossiers dossiers;

  @BeforeEach
  void initProcessTest() {
    // Camunda's REST API and webapps find their engine by name in a registry kept for the whole JVM, where
    // the test context started last would answer for every context (H2, PostgreSQL, the browser test's):
    // each test makes its own context's engine the one they authenticate against and query.
    ProcessEngines.registerProcessEngine(engine);
    AbstractAssertions.init(engine);
    catalogue = catalogues.ofDeployment(procedure.latest().getId());
    dossiers = new Dossiers(engine, catalogues);
    mails.clear();
  }
}
