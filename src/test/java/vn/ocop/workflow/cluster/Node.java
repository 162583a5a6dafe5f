package vn.ocop.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.EmbeddedPostgres;

/**
 * One application node: a process started from the built jar on a port of its own, and the REST API
 * called on it the way officials call it. Its log is target/cluster/&lt;name&gt;.log unless it was started
 * with a folder of its own.
 */
public record Node(String name, int port, Process process) {

  static final Path LOGS = Path.of("target", "cluster");
  static final String OFFICER = "officer-18547";
  public static final ObjectMapper JSON = new ObjectMapper();
  static final Duration LOCK_TIME = Duration.ofSeconds(40);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Starts the jar on a free port with the given settings and waits until its REST API answers. */
  static Node start(String name, EmbeddedPostgres.Database database, List<String> settings) throws IOException {
    return launch(name, database, settings).awaitReady();
  }

  /** Starts the jar on a free port with the given settings, without waiting for it. */
  static Node launch(String name, EmbeddedPostgres.Database database, List<String> settings) throws IOException {
    return launch(name, LOGS, database, settings);
  }

  /** Starts the jar on a free port with the given settings, its log in {@code logs}, without waiting for it. */
  public static Node launch(String name, Path logs, EmbeddedPostgres.Database database, List<String> settings)
      throws IOException {
    Path jar;
    try (Stream<Path> built = Files.list(Path.of("target"))) {
      jar = built.filter(path -> path.getFileName().toString().matches("ocop-workflow-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no application jar in target/: run ./mvnw verify"));
    }
    int port = freePort();
    List<String> arguments = new ArrayList<>(List.of("-jar", jar.toString(), "--server.port=" + port,
        "--spring.profiles.active=dev", "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password()));
    arguments.addAll(settings);
    arguments.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
    return java(name, logs, port, arguments);
  }

  /** Starts a Java process with at most 512 MB of heap, which serves HTTP on {@code port}, its output in {@code logs}. */
  public static Node java(String name, Path logs, int port, List<String> arguments) throws IOException {
    Files.createDirectories(logs);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile())).start();
    return new Node(name, port, process);
  }

  /** Waits until the node's REST API answers; fails if the node stops first. */
  Node awaitReady() {
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptionsInstanceOf(IOException.class)
        .until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(name + " stopped: see " + LOGS.resolve(name + ".log"));
          }
          return send("admin", HttpRequest.newBuilder(uri("/engine-rest/engine")).GET()).statusCode() == 200;
        });
    return this;
  }

  /**
   * What the tests set for every node alike (every node of a cluster runs the same configuration): the
   * mail server; the job acquisition looks again within 2 s when idle, so due timers do not wait for its
   * back-off; a job lock of 40 s instead of 5 minutes, and mail retries 2 s apart, so a test sees a dead
   * node's jobs taken over within a minute.
   */
  static List<String> sameOnEveryNode(int mailPort) {
    return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailPort,
        "--ocop.mail.retry-cycle=R5/PT2S", "--camunda.bpm.job-execution.max-wait=2000",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis());
  }

  /** Stops the nodes that were started, all at once, and waits until they have stopped. */
  public static void stopAll(Node... nodes) {
    List<Node> started = Stream.of(nodes).filter(node -> node != null).toList();
    started.forEach(node -> node.process().destroy());
    for (Node node : started) {
      try {
        node.process().waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** kill -9: no shutdown hook runs, no transaction is finished. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  // --- the REST API, as officials call it ---

  JsonNode register(Map<String, Object> registration) throws Exception {
    return post(OFFICER, "/engine-rest/process-definition/key/ocop-product-evaluation/start",
        Dossiers.restBody(registration));
  }

  String instanceOf(String businessKey) throws Exception {
    return get("admin", "/engine-rest/process-instance?businessKey=" + businessKey).path(0).path("id").asText();
  }

  String taskOf(String user, String instance, String taskKey) throws Exception {
    return get(user, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey)
        .path(0).path("id").asText();
  }

  void complete(String user, String task, Map<String, Object> form) throws Exception {
    post(user, "/engine-rest/task/" + task + "/complete", Dossiers.restBody(new HashMap<>(form)));
  }

  public JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(path)).GET());
    assertThat(response.statusCode()).as("GET " + path + " on " + name + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  public JsonNode post(String user, String path, Object body) throws Exception {
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    assertThat(response.statusCode()).as("POST " + path + " on " + name + ": " + response.body()).isIn(200, 204);
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  public HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HTTP.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A request without credentials, as a browser or a probe sends it. */
  public HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
