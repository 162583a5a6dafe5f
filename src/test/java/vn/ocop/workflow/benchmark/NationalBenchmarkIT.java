package vn.ocop.workflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the national benchmark: small in ./mvnw verify, so its code cannot rot, and at full size with the Maven
 * profile {@code benchmark} (README, Benchmark). Checks what the run did, never how fast: every dossier
 * finished, the history cleanup removed all that was due, every open-task size reached, every registration
 * answered, every timer fired exactly once, and the report written.
 */
class NationalBenchmarkIT {

  private static final Path REPORT = Path.of("target", "benchmark");

  @Test
  void measuresTheApplicationAndTheBareEngineAndWritesTheReport() throws Exception {
    Sizes sizes = Sizes.fromSystemProperties();

    NationalBenchmark.Outcome outcome = new NationalBenchmark(sizes, REPORT).run();

    for (List<FullDossiers.Run> runs : List.of(outcome.application(), outcome.bare())) {
      assertThat(runs).hasSize(1 + sizes.clients().size() * sizes.repetitions());
      assertThat(runs).allSatisfy(run -> {
        assertThat(run.failures()).isEmpty();
        assertThat(run.finished()).as("every dossier finished").isEqualTo(run.started());
        assertThat(run.completions()).hasSize(run.started() * FullDossiers.USER_TASKS);
      });
    }
    assertThat(outcome.cleanup()).hasSize(sizes.cleanupRounds()).allSatisfy(round -> {
      assertThat(round.afterDossiers().rowsToRemove()).as("finished dossiers leave history to remove").isPositive();
      assertThat(round.afterCleanup().rowsToRemove()).as("the cleanup removed all of it").isZero();
      assertThat(round.afterCleanup().processInstances()).isLessThan(round.afterDossiers().processInstances());
    });
    outcome.openTasks().forEach((target, reached) -> assertThat(reached).isGreaterThanOrEqualTo(target));
    NationalBenchmark.Registrations registrations = outcome.registrations();
    assertThat(registrations.codes().size() + registrations.refusals().size()).isEqualTo(registrations.attempted());
    assertThat(registrations.codes()).doesNotHaveDuplicates();
    assertThat(outcome.timers().due()).isGreaterThanOrEqualTo(sizes.timers());
    assertThat(outcome.timers().firedOnce()).as("each timer fired exactly once").isEqualTo(outcome.timers().due());
    assertThat(outcome.timers().mailsQueued()).as("each timer mailed the producer and the commune")
        .isGreaterThanOrEqualTo(2L * outcome.timers().due());
    assertThat(outcome.timers().mailsSent()).as("every mail the timers queued was sent").isEqualTo(outcome.timers().mailsQueued());
    assertThat(REPORT.resolve("report.md")).content().contains("## 5. Timer burst", "## 6. Inbox");
    assertThat(REPORT.resolve("raw.csv")).isNotEmptyFile();
    assertThat(REPORT.resolve("throughput.png")).isNotEmptyFile();
    assertThat(REPORT.resolve("inbox.png")).isNotEmptyFile();
    assertThat(REPORT.resolve("timers.png")).isNotEmptyFile();
    assertThat(REPORT.resolve("cleanup.png")).isNotEmptyFile();
  }
}
