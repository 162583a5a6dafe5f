package vn.ocop.workflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.cluster.Node;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.UnitLevel;
import vn.ocop.workflow.testing.Dossiers;

/**
 * The inbox: open tasks made by officials of every commune registering products (those of Ha Tinh's
 * communes forwarded to their district council, so council members have score sheets waiting), and then
 * the calls Tasklist makes timed one after the other as a commune officer and a council member: the task
 * list (15 tasks) and the officer's filter counts.
 */
final class Inbox {

  static final String OFFICER = "officer-17464";
  static final String COUNCIL_MEMBER = "council-444-1";
  private static final int FILLING_CLIENTS = 4;
  private static final String THREE_LEVEL_PROVINCE = "42";

  /** The percentiles of one call's latency in one repetition, in milliseconds. */
  record Latency(double p50, double p95, double p99) {
  }

  private final Node node;
  private final JdbcTemplate jdbc;
  private final List<AdministrativeUnit> communes;
  private final List<String> threeLevelCommunes;
  private final AtomicInteger registered = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  Inbox(Node node, JdbcTemplate jdbc, NationalTree tree) {
    this.node = node;
    this.jdbc = jdbc;
    this.communes = tree.of(UnitLevel.COMMUNE);
    this.threeLevelCommunes = tree.communesOf(THREE_LEVEL_PROVINCE).stream().map(AdministrativeUnit::code).toList();
  }

  int openTasks() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Integer.class);
  }

  int refusals() {
    return refused.get();
  }

  /** Registers dossiers across the communes, in turn, until at least {@code target} tasks are open. */
  int fill(int target) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(FILLING_CLIENTS);
    try {
      for (int missing = target - openTasks(); missing > 0; missing = target - openTasks()) {
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
          work.add(clients.submit(() -> {
            register(communes.get(registered.getAndIncrement() % communes.size()).code());
            return null;
          }));
        }
        for (Future<?> done : work) {
          done.get();
        }
      }
    } finally {
      clients.shutdown();
    }
    return openTasks();
  }

  private void register(String commune) throws Exception {
    String officer = "officer-" + commune;
    Map<String, Object> registration = Dossiers.registration(commune, "Hộp thư " + registered.get());
    registration.put("producerPhone", FullDossiers.phoneOf(commune));
    HttpRequest.Builder start = HttpRequest.newBuilder(node.uri("/engine-rest/process-definition/key/ocop-product-evaluation/start"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Node.JSON.writeValueAsString(Dossiers.restBody(registration))));
    HttpResponse<String> response = node.send(officer, start);
    if (response.statusCode() != 200) {
      refused.incrementAndGet();
      return;
    }
    if (threeLevelCommunes.contains(commune)) {
      String instance = Node.JSON.readTree(response.body()).path("id").asText();
      String check = node.get(officer, "/engine-rest/task?taskDefinitionKey=check-dossier&processInstanceId=" + instance)
          .path(0).path("id").asText();
      node.post(officer, "/engine-rest/task/" + check + "/complete", Dossiers.restBody(Map.of("communeDecision", "forward")));
    }
  }

  /** The calls measured, by name: each is a user and a path. */
  Map<String, String[]> calls() throws Exception {
    Map<String, String[]> calls = new LinkedHashMap<>();
    calls.put("officer: task list", new String[] {OFFICER, "/engine-rest/task?maxResults=15"});
    calls.put("council member: task list", new String[] {COUNCIL_MEMBER, "/engine-rest/task?maxResults=15"});
    for (JsonNode filter : node.get(OFFICER, "/engine-rest/filter?resourceType=Task")) {
      String name = filter.path("name").asText();
      calls.put("officer: count of filter " + name.substring(name.indexOf(" / ") + 1).replace("/ ", ""),
          new String[] {OFFICER, "/engine-rest/filter/" + filter.path("id").asText() + "/count"});
    }
    return calls;
  }

  /** How many tasks the user sees. */
  long visibleTo(String user) throws Exception {
    return node.get(user, "/engine-rest/task/count").path("count").asLong();
  }

  /** Calls {@code warmUp} times untimed, then {@code times} times timed, one after the other. */
  Latency time(String user, String path, int warmUp, int times) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      node.get(user, path);
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      node.get(user, path);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    List<Double> sorted = millis.stream().sorted().toList();
    return new Latency(Figures.percentile(sorted, 50), Figures.percentile(sorted, 95), Figures.percentile(sorted, 99));
  }
}
