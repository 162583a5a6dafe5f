package vn.ocop.workflow.cluster;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.workflow.testing.Dossiers;

/**
 * Commune officers at work on the nodes that are up: each client registers a dossier and then, on
 * another call, forwards it to the council or returns it for revision (one each in turn), for as long as
 * the load runs. Every call is written down with what came back, or that nothing came back, so the test
 * can hold the database to what the clients were told.
 */
final class DossierLoad implements AutoCloseable {

  /** One call: which step of which product, on which node, its HTTP status (0: no answer) and when. */
  record Call(String product, String step, String node, int status, String businessKey, Instant at,
      Duration took, String body) {
    boolean acknowledged() {
      return status == 200 || status == 204;
    }
  }

  static final String REGISTER = "register";
  static final String FORWARD = "forward";
  static final String RETURN = "return";

  private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
  private final AtomicInteger products = new AtomicInteger();
  private final ExecutorService clients;
  private final String prefix;
  private volatile List<Node> nodes;
  private volatile boolean running = true;

  /** Starts the clients on the given nodes. */
  DossierLoad(String prefix, int clientCount, List<Node> nodes) {
    this.prefix = prefix;
    this.nodes = nodes;
    this.clients = Executors.newFixedThreadPool(clientCount);
    for (int i = 0; i < clientCount; i++) {
      clients.submit(this::work);
    }
  }

  /** From now on the clients call only these nodes (a load balancer that noticed a node is gone). */
  void sendTo(List<Node> live) {
    this.nodes = live;
  }

  /** Stops the clients after their current call; closing again does nothing more. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    clients.shutdown();
    if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the load's clients did not stop");
    }
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(Predicate<Call> which) {
    return calls.stream().filter(which).toList();
  }

  long acknowledged(String step) {
    return calls.stream().filter(call -> call.step().equals(step) && call.acknowledged()).count();
  }

  private Void work() {
    while (running) {
      int number = products.incrementAndGet();
      String product = prefix + " " + number;
      Call registered = call(product, REGISTER, "/engine-rest/process-definition/key/ocop-product-evaluation/start",
          Dossiers.restBody(Dossiers.registration(Dossiers.PHUC_TRACH, product)));
      if (registered.acknowledged() && running) {
        String step = number % 2 == 0 ? FORWARD : RETURN;
        Map<String, Object> decision = step.equals(FORWARD) ? Map.of("communeDecision", "forward")
            : Map.of("communeDecision", "return", "decisionReason", "Thiếu nhãn / label missing");
        String task = checkTask(registered);
        if (task != null) {
          call(product, step, "/engine-rest/task/" + task + "/complete", Dossiers.restBody(decision));
        }
      }
    }
    return null;
  }

  /** The commune check of a dossier just registered, looked up on any node; null when none answered. */
  private String checkTask(Call registered) {
    try {
      JsonNode started = Node.JSON.readTree(registered.body());
      Node node = anyNode();
      HttpResponse<String> tasks = node.send(Node.OFFICER, HttpRequest.newBuilder(node.uri(
          "/engine-rest/task?taskDefinitionKey=check-dossier&processInstanceId=" + started.path("id").asText())).GET());
      JsonNode found = tasks.statusCode() == 200 ? Node.JSON.readTree(tasks.body()) : null;
      return found != null && found.size() == 1 ? found.path(0).path("id").asText() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private Call call(String product, String step, String path, Object body) {
    Node node = anyNode();
    Instant at = Instant.now();
    Call call;
    try {
      HttpResponse<String> response = node.send(Node.OFFICER, HttpRequest.newBuilder(node.uri(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Node.JSON.writeValueAsString(body))));
      String key = step.equals(REGISTER) && response.statusCode() == 200
          ? Node.JSON.readTree(response.body()).path("businessKey").asText() : null;
      call = new Call(product, step, node.name(), response.statusCode(), key, at, Duration.between(at, Instant.now()),
          response.body());
    } catch (IOException noAnswer) {
      call = new Call(product, step, node.name(), 0, null, at, Duration.between(at, Instant.now()), noAnswer.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call = new Call(product, step, node.name(), 0, null, at, Duration.between(at, Instant.now()), "interrupted");
    }
    calls.add(call);
    return call;
  }

  private Node anyNode() {
    List<Node> live = nodes;
    return live.get(ThreadLocalRandom.current().nextInt(live.size()));
  }
}
