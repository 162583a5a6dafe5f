package vn.ocop.workflow.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * How big the benchmark runs, from system properties {@code benchmark.<name>}; without them, the small run
 * that ./mvnw verify makes (minutes). The full sizes are set by the Maven profile {@code benchmark} (pom.xml).
 */
record Sizes(int provinces, int communes, int officersPerCommune, int starts, List<Integer> openTasks,
    int inboxWarmUp, int inboxCalls, List<Integer> clients, int dossiersPerClient, int repetitions, int timers,
    int concurrentClients, int concurrentRounds, int cleanupRounds) {

  static Sizes fromSystemProperties() {
    return new Sizes(number("provinces", 4), number("communes", 40), number("officers-per-commune", 3),
        number("starts", 1), numbers("open-tasks", "50"), number("inbox-warm-up", 5), number("inbox-calls", 20),
        numbers("clients", "1,4"), number("dossiers-per-client", 1), number("repetitions", 1),
        number("timers", 100), number("concurrent-clients", 4), number("concurrent-rounds", 2),
        number("cleanup-rounds", 2));
  }

  private static int number(String name, int small) {
    return Integer.parseInt(System.getProperty("benchmark." + name, Integer.toString(small)).trim());
  }

  private static List<Integer> numbers(String name, String small) {
    return Arrays.stream(System.getProperty("benchmark." + name, small).split(",")).map(String::trim)
        .map(Integer::valueOf).sorted().toList();
  }
}
