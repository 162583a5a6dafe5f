package vn.ocop.workflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testing.EmbeddedPostgres;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * The procedure on PostgreSQL, the production database: the engine schema, the dossier register's
 * constraints (several closed dossiers, one open) and a dossier from registration to certificate.
 */
@Import(EmbeddedPostgres.class)
class PostgresEvaluationIT extends ProcessTestBase {

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void runsOnPostgres() {
    assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
  }

  @Test
  void aDossierGoesFromRegistrationToACertificate() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Bưởi trên PostgreSQL"));
    dossiers.forward(dossier);
    dossiers.scores(dossier, 60, 65, 70);
    mails.deliver();

    assertThat(dossier).isEnded().hasPassed(EvaluationProcess.Elements.PRODUCT_CERTIFIED);
    assertThat(dossiers.variable(dossier, "certificateStars")).isEqualTo(3);
    assertThat(dossiers.variable(dossier, "districtScore")).isEqualTo(65.0);
    assertThat(mails.to("htx@example.vn", dossier.getBusinessKey())).as("registration received, certificate issued")
        .hasSize(2);
  }

  /** At a round's cut-off officials register at the same moment: none is refused, and no number is given twice. */
  @Test
  void registrationsOfOneCommuneAtTheSameMomentAreAllAcceptedWithConsecutiveNumbers() throws Exception {
    int officials = 4;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(officials);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<List<String>>> codes = new ArrayList<>();
    for (int official = 0; official < officials; official++) {
      int who = official;
      codes.add(pool.submit(() -> {
        together.await();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          registered.add(dossiers.register(PHUC_TRACH_OFFICER,
              registration(PHUC_TRACH, "Cùng lúc " + who + "-" + i + " " + System.nanoTime())).getBusinessKey());
        }
        return registered;
      }));
    }
    together.countDown();
    List<String> all = new ArrayList<>();
    for (Future<List<String>> registered : codes) {
      all.addAll(registered.get());
    }
    pool.shutdown();

    assertThat(all).hasSize(officials * each).doesNotHaveDuplicates();
    List<Integer> numbers = all.stream().map(code -> Integer.valueOf(code.substring(code.lastIndexOf('-') + 1)))
        .sorted().toList();
    assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("consecutive: " + numbers)
        .isEqualTo(officials * each - 1);
  }

  @Test
  void theRegisterAllowsManyClosedDossiersButOneOpenPerProduct() {
    Map<String, Object> vars = registration(PHUC_TRACH, "Kẹo trên PostgreSQL");
    for (int round = 0; round < 3; round++) {
      ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, vars);
      assertThatThrownBy(() -> dossiers.register(PHUC_TRACH_OFFICER, vars))
          .hasMessageContaining("already has an open dossier").hasMessageContaining(dossier.getBusinessKey());
      engine.getRuntimeService().deleteProcessInstance(dossier.getId(), "withdrawn");
    }

    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM ocop_dossier WHERE open_key IS NULL AND closed_at IS NOT NULL AND dossier_code LIKE '42-444-18547-1-%'",
        Integer.class)).isGreaterThanOrEqualTo(3);
  }
}
