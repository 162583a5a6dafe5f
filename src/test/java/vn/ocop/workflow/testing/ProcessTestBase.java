package vn.ocop.workflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.ocop.workflow.scoring.CriteriaCatalogue;

/**
 * Process tests on the real application context (H2 in memory, demo officials, no job executor: tests
 * run jobs themselves).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(RecordingMailSender.Config.class)
public abstract class ProcessTestBase {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected CriteriaCatalogue catalogue;
  @Autowired
  protected RecordingMailSender mails;
  protected Dossiers dossiers;

  @BeforeEach
  void initProcessTest() {
    AbstractAssertions.init(engine);
    dossiers = new Dossiers(engine, catalogue);
    mails.clear();
  }
}
