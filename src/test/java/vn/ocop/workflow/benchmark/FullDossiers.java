package vn.ocop.workflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ocop.workflow.cluster.Node;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.testing.ShippedCriteria;

/**
 * Whole three-level dossiers driven over REST, each client one commune officer working one dossier after
 * the other: registration, the commune check (forward), then the district, province and central councils,
 * each member submitting a sheet of 95 points, to the 5★ certificate. The same code drives the application
 * and the bare engine: the council's tasks are found by the dossier's business key (as the administrator,
 * whom the bare engine ignores) and each is completed as its assignee.
 */
final class FullDossiers {

  static final int COUNCILS = 3;
  static final int MEMBERS = 3;
  /** User tasks a dossier takes: the commune check and every member's score sheet. */
  static final int USER_TASKS = 1 + COUNCILS * MEMBERS;
  private static final String ADMIN = "admin";
  private static final CriteriaSet FRESH_PRODUCE = ShippedCriteria.catalogue().require("fresh-produce");
  private static final Duration COUNCIL_WAIT = Duration.ofMinutes(1);

  /** One run: how many dossiers were started and finished, in how long, and how long each task completion took. */
  record Run(int clients, int started, int finished, Duration took, List<Duration> completions, List<String> failures) {
    double dossiersPerSecond() {
      return finished / seconds();
    }

    double tasksPerSecond() {
      return finished * USER_TASKS / seconds();
    }

    private double seconds() {
      return took.toNanos() / 1e9;
    }
  }

  private FullDossiers() {
  }

  /** Runs one client per commune, each driving {@code perClient} dossiers one after the other. */
  static Run drive(Node node, List<String> communes, int perClient, String product) throws InterruptedException {
    ExecutorService clients = Executors.newFixedThreadPool(communes.size());
    List<Duration> completions = Collections.synchronizedList(new ArrayList<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger finished = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < communes.size(); c++) {
      String commune = communes.get(c);
      String client = product + " " + c;
      work.add(clients.submit(() -> {
        for (int d = 0; d < perClient; d++) {
          try {
            if (dossier(node, commune, client + "-" + d, completions)) {
              finished.incrementAndGet();
            }
          } catch (Exception | AssertionError e) {
            failures.add(commune + ": " + e.getMessage());
          }
        }
      }));
    }
    clients.shutdown();
    for (Future<?> done : work) {
      try {
        done.get();
      } catch (ExecutionException e) {
        failures.add(e.getCause().toString());
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new Run(communes.size(), communes.size() * perClient, finished.get(), took, List.copyOf(completions),
        List.copyOf(failures));
  }

  /** One dossier from registration to its certificate; true when it has ended certified. */
  private static boolean dossier(Node node, String commune, String product, List<Duration> completions) throws Exception {
    String officer = "officer-" + commune;
    Map<String, Object> registration = Dossiers.registration(commune, product);
    registration.put("producerPhone", phoneOf(commune));
    JsonNode started = node.post(officer, "/engine-rest/process-definition/key/ocop-product-evaluation/start",
        Dossiers.restBody(registration));
    String instance = started.path("id").asText();
    String key = started.path("businessKey").asText();
    String check = node.get(officer, "/engine-rest/task?taskDefinitionKey=check-dossier&processInstanceId=" + instance)
        .path(0).path("id").asText();
    complete(node, officer, check, Map.of("communeDecision", "forward"), completions);
    for (int council = 0; council < COUNCILS; council++) {
      for (JsonNode sheet : councilTasks(node, key)) {
        complete(node, sheet.path("assignee").asText(), sheet.path("id").asText(),
            ScoreSheets.totalling(FRESH_PRODUCE, 95, true), completions);
      }
    }
    return node.get(ADMIN, "/engine-rest/history/activity-instance/count?finished=true&activityId=product-certified"
        + "&processInstanceId=" + instance).path("count").asInt() == 1;
  }

  /** A producer per commune, so no registration waits on another commune's producer account. */
  static String phoneOf(String commune) {
    return "09" + String.format("%08d", Integer.parseInt(commune));
  }

  /** The members' score sheets of the dossier's council, once it has convened (a job). */
  private static JsonNode councilTasks(Node node, String businessKey) throws Exception {
    long until = System.nanoTime() + COUNCIL_WAIT.toNanos();
    while (System.nanoTime() < until) {
      JsonNode tasks = node.get(ADMIN, "/engine-rest/task?taskDefinitionKey=score-product&processInstanceBusinessKey="
          + businessKey);
      if (tasks.size() == MEMBERS) {
        return tasks;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("no council convened for " + businessKey + " within " + COUNCIL_WAIT);
  }

  private static void complete(Node node, String user, String task, Map<String, Object> form, List<Duration> completions)
      throws Exception {
    long start = System.nanoTime();
    node.post(user, "/engine-rest/task/" + task + "/complete", Dossiers.restBody(form));
    completions.add(Duration.ofNanos(System.nanoTime() - start));
  }
}
