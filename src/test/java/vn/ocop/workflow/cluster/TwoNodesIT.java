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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.EmbeddedPostgres;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.testing.ShippedCriteria;

/**
 * Two application processes, started from the built jar on different ports, on one PostgreSQL: Camunda's
 * cluster model (every node a full engine on the shared database, jobs taken by whichever node locks
 * them first). Node logs are in target/cluster/.
 */
class TwoNodesIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static GreenMail mailServer;
  private static StallingMailRelay relay;
  private static EmbeddedPostgres.Server server;
  private static EmbeddedPostgres.Database database;
  private static JdbcTemplate jdbc;
  private static Node nodeA;
  private static Node nodeB;

  @BeforeAll
  static void startTwoNodes() throws IOException {
    server = EmbeddedPostgres.start();
    database = server.newDatabase();
    jdbc = new JdbcTemplate(database.dataSource());
    mailServer = new GreenMail(new ServerSetup(Node.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mailServer.start();
    relay = new StallingMailRelay(mailServer.getSmtp().getPort());
    // One after the other: the first installs the schema and the procedure, the second finds them.
    nodeA = start("node-a");
    nodeB = start("node-b");
  }

  @AfterAll
  static void stopNodes() {
    Node.stopAll(nodeA, nodeB);
    if (server != null) {
      server.close();
    }
    if (relay != null) {
      relay.close();
    }
    if (mailServer != null) {
      mailServer.stop();
    }
  }

  @Test
  void aDossierStartedOnOneNodeIsWorkedAndCertifiedOnTheOther() throws Exception {
    String key = nodeA.register(Dossiers.registration(Dossiers.PHUC_TRACH, "Bưởi hai nút")).path("businessKey").asText();
    String dossier = nodeB.instanceOf(key);

    nodeB.complete(Node.OFFICER, nodeB.taskOf(Node.OFFICER, dossier, "check-dossier"), Map.of("communeDecision", "forward"));
    CriteriaSet fresh = ShippedCriteria.catalogue().require("fresh-produce");
    int total = 60;
    for (String member : List.of("council-444-1", "council-444-2", "council-444-3")) {
      // The council convenes in a job: either node's job executor runs it.
      String sheet = await().atMost(Duration.ofSeconds(60)).until(() -> memberTask(nodeB, member), task -> task != null);
      nodeB.complete(member, sheet, ScoreSheets.totalling(fresh, total, true));
      total += 5;
    }

    JsonNode ended = await().atMost(Duration.ofSeconds(60)).until(() -> nodeB.get("admin",
        "/engine-rest/history/process-instance/" + dossier), json -> "COMPLETED".equals(json.path("state").asText()));
    assertThat(ended.path("businessKey").asText()).isEqualTo(key);
    assertThat(jdbc.queryForObject("SELECT stars FROM ocop_certificate WHERE dossier_code = ?", Integer.class, key))
        .isEqualTo(3);
  }

  @Test
  void aWebappSessionOnOneNodeIsNotASessionOnTheOther() throws Exception {
    Map<String, String> cookies = logIn(nodeA, Node.OFFICER);

    assertThat(withCookies(nodeA, cookies).statusCode()).isEqualTo(200);
    assertThat(withCookies(nodeB, cookies).statusCode()).as("node B knows no such session").isIn(401, 403);
  }

  /** 500 revision deadlines made due at the same instant: each fires once, on one of the two nodes. */
  @Test
  void fiveHundredTimersDueAtOnceFireExactlyOnceAcrossBothNodes() throws Exception {
    int dossiers = 500;
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<String>> started = new ArrayList<>();
    for (int i = 0; i < dossiers; i++) {
      Node node = i % 2 == 0 ? nodeA : nodeB;
      Map<String, Object> registration = Dossiers.registration(Dossiers.PHUC_TRACH, "Hẹn giờ " + i);
      started.add(clients.submit(() -> node.register(registration).path("id").asText()));
    }
    List<String> ids = new ArrayList<>();
    for (Future<String> id : started) {
      ids.add(id.get());
    }
    List<Future<Void>> returned = new ArrayList<>();
    for (int i = 0; i < dossiers; i++) {
      Node node = i % 2 == 0 ? nodeB : nodeA;
      String instance = ids.get(i);
      returned.add(clients.submit(() -> {
        node.complete(Node.OFFICER, node.taskOf(Node.OFFICER, instance, "check-dossier"),
            Map.of("communeDecision", "return", "decisionReason", "Thiếu nhãn / label missing"));
        return null;
      }));
    }
    for (Future<Void> done : returned) {
      done.get();
    }
    clients.shutdown();

    int due = jdbc.update("UPDATE ACT_RU_JOB SET DUEDATE_ = CURRENT_TIMESTAMP WHERE JOB_DEF_ID_ IN"
        + " (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = 'revision-deadline-passed')");
    assertThat(due).isEqualTo(dossiers);

    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'dossier-lapsed'", Integer.class) == dossiers);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'revision-deadline-passed'",
        Integer.class)).as("each timer fired once").isEqualTo(dossiers);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE JOB_DEF_ID_ IN"
        + " (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = 'revision-deadline-passed')", Integer.class)).isZero();
    List<Map<String, Object>> byNode = jdbc.queryForList("SELECT HOSTNAME_ AS node, COUNT(*) AS fired"
        + " FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'revision-deadline-passed' AND JOB_STATE_ = 2 GROUP BY HOSTNAME_");
    assertThat(byNode.stream().mapToLong(row -> ((Number) row.get("fired")).longValue()).sum())
        .as("successful executions in the job log, " + byNode).isEqualTo(dossiers);
    System.out.println("Timers fired per node: " + byNode);
  }

  /**
   * Node A is killed (kill -9) while it holds locked mail jobs that hang on a silent mail server: node B
   * takes them once their locks expire, and every mail goes out once.
   */
  @Test
  void jobsANodeHeldWhenKilledAreFinishedByTheOtherAfterTheirLocksExpire() throws Exception {
    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() -> mailJobs().isEmpty());
    int registrations = 20;
    List<String> codes = new ArrayList<>();
    List<Map<String, Object>> heldByDeadNode;
    relay.stall();
    try {
      for (int i = 0; i < registrations; i++) {
        codes.add(nodeA.register(Dossiers.registration(Dossiers.PHUC_TRACH, "Gửi thư " + i)).path("businessKey").asText());
      }
      // Both job executors take mail jobs, and their threads hang on the silent mail server.
      await().atMost(Duration.ofSeconds(30)).until(() -> mailJobs().stream().filter(TwoNodesIT::locked).count() >= 6);
      nodeA.kill();
    } finally {
      relay.relay();
    }
    try {
      // Node B sends the mails it held, or retries them; node A's stay locked until their locks expire.
      heldByDeadNode = await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(500))
          .until(() -> mailJobs(), jobs -> !jobs.isEmpty() && jobs.stream().allMatch(TwoNodesIT::locked)
              && jobs.stream().map(job -> job.get("lock_owner_")).distinct().count() == 1);
      assertThat(heldByDeadNode).as("node A held locked jobs when it died").isNotEmpty();

      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> mailJobs().isEmpty());
      // A mail delivery leaves no job log (AuditedHistory); its outbox row, whose id is the delivery's process
      // instance, says when it went out. Node A was dead before the locks expired, so a mail sent after its
      // job's lock expired was sent by node B.
      for (Map<String, Object> job : heldByDeadNode) {
        Timestamp sentAt = jdbc.queryForObject("SELECT sent_at FROM ocop_mail WHERE id = ?", Timestamp.class,
            job.get("process_instance_id_"));
        assertThat(sentAt).as("sent after the lock of node A expired")
            .isAfterOrEqualTo((Timestamp) job.get("lock_exp_time_"));
      }
      for (String code : codes) {
        // The producer's acknowledgement and the officer's new-work mail: each queued once, received once.
        int queued = jdbc.queryForObject("SELECT COUNT(*) FROM ocop_mail WHERE dossier_code = ? AND sent_at IS NOT NULL",
            Integer.class, code);
        assertThat(queued).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_mail WHERE dossier_code = ?",
            Integer.class, code)).isPositive();
        assertThat(Stream.of(mailServer.getReceivedMessages()).filter(mail -> subject(mail).contains(code)))
            .as("each mail of " + code + " once").hasSize(queued);
      }
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class)).isZero();
      System.out.println("Jobs held by the killed node and finished by node B: " + heldByDeadNode.size());
    } finally {
      nodeA = start("node-a");
    }
  }

  private static boolean locked(Map<String, Object> job) {
    return job.get("lock_exp_time_") != null && ((Timestamp) job.get("lock_exp_time_")).toInstant().isAfter(Instant.now());
  }

  /** The mail delivery jobs waiting or running, with their lock. */
  private static List<Map<String, Object>> mailJobs() {
    return jdbc.queryForList("SELECT J.ID_, J.PROCESS_INSTANCE_ID_, J.LOCK_OWNER_, J.LOCK_EXP_TIME_ FROM ACT_RU_JOB J"
        + " JOIN ACT_RE_PROCDEF D ON J.PROCESS_DEF_ID_ = D.ID_ WHERE D.KEY_ = 'ocop-mail-delivery'");
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Node start(String name) throws IOException {
    return Node.start(name, database, Node.sameOnEveryNode(relay.port()));
  }

  private static String memberTask(Node node, String member) throws Exception {
    JsonNode tasks = node.get(member, "/engine-rest/task?assignee=" + member + "&taskDefinitionKey=score-product");
    return tasks.size() == 1 ? tasks.path(0).path("id").asText() : null;
  }

  // --- a webapp session, as a browser holds it ---

  private static Map<String, String> logIn(Node node, String user) throws Exception {
    Map<String, String> cookies = new HashMap<>();
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(node.uri("/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    keep(page, cookies);
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(
            node.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .header("Cookie", cookieHeader(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login on " + node.name()).isEqualTo(200);
    keep(login, cookies);
    return cookies;
  }

  private static HttpResponse<String> withCookies(Node node, Map<String, String> cookies) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(node.uri("/camunda/api/engine/engine/default/task/count"))
        .header("Cookie", cookieHeader(cookies)).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void keep(HttpResponse<?> response, Map<String, String> cookies) {
    response.headers().allValues("Set-Cookie").forEach(cookie ->
        cookies.put(cookie.substring(0, cookie.indexOf('=')), cookie.substring(cookie.indexOf('=') + 1).split(";")[0]));
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
