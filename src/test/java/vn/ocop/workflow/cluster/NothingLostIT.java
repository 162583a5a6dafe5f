package vn.ocop.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.cluster.DossierLoad.Call;
import vn.ocop.workflow.testing.EmbeddedPostgres;

/**
 * Two nodes under a load of commune officers and of timers firing, hit by the two failures a cluster
 * must survive: a node killed (kill -9) and the database restarted. Afterwards the database must hold
 * exactly what the clients were told: every acknowledged dossier once, in the state its last
 * acknowledged step led to, every timer fired once, every mail sent, no job left waiting without an
 * incident. The counts and times are written to target/cluster/nothing-lost.md (counts of mails are
 * since the nodes started).
 */
class NothingLostIT {

  private static final String PROCESS = "ocop-product-evaluation";
  // Only a process instance's own execution names its root instance (ROOT_PROC_INST_ID_): tasks and jobs
  // are joined to it through their process instance.
  private static final Duration LOAD_BEFORE = Duration.ofSeconds(20);
  private static final Duration LOAD_AFTER = Duration.ofSeconds(10);
  private static final Duration OUTAGE = Duration.ofSeconds(15);
  private static final int CLIENTS = 4;

  private static EmbeddedPostgres.RestartableServer postgres;
  private static JdbcTemplate jdbc;
  private static GreenMail mailServer;
  private static EmbeddedPostgres.Database database;
  private static Node nodeA;
  private static Node nodeB;

  @BeforeAll
  static void startTwoNodes() throws IOException {
    postgres = EmbeddedPostgres.restartable();
    database = postgres.newDatabase();
    jdbc = new JdbcTemplate(database.dataSource());
    mailServer = new GreenMail(new ServerSetup(Node.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mailServer.start();
    // Both at once on the empty database: Flyway's lock lets one migrate, Camunda's deployment lock one deploy.
    nodeA = Node.launch("node-a", database, settings());
    nodeB = Node.launch("node-b", database, settings());
    nodeA.awaitReady();
    nodeB.awaitReady();
    Files.writeString(Node.LOGS.resolve("nothing-lost.md"), "# Nothing lost: counts and times\n\n");
  }

  @AfterAll
  static void stopAll() {
    Node.stopAll(nodeA, nodeB);
    if (postgres != null) {
      postgres.close();
    }
    if (mailServer != null) {
      mailServer.stop();
    }
  }

  @Test
  void twoNodesStartingAtOnceOnAnEmptyDatabaseMigrateAndDeployItOnce() {
    assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
        + " GROUP BY version HAVING COUNT(*) > 1 OR NOT bool_and(success)", String.class)).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT")).as("the procedure deployed once").isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = ?", PROCESS)).isEqualTo(1);
  }

  @Test
  void aNodeKilledUnderLoadLosesNothing() throws Exception {
    try (DossierLoad load = new DossierLoad("Tắt nút", CLIENTS, List.of(nodeA, nodeB));
        TimersFiring timers = new TimersFiring()) {
      Thread.sleep(LOAD_BEFORE.toMillis());
      Counts before = counts();
      nodeA.kill();
      Instant killed = Instant.now();
      load.sendTo(List.of(nodeB));
      Thread.sleep(LOAD_AFTER.toMillis());
      load.close();
      nodeA = start("node-a");
      Duration restart = Duration.between(killed, Instant.now());
      Duration settled = settle();
      Counts after = counts();

      assertNothingLost(load);
      report("kill -9 of node A under load", load, before, after, List.of(
          "node A killed at " + killed + ", started again (ready) after " + seconds(restart),
          "all jobs done " + seconds(settled) + " after node A was ready again (the dead node's locks expire after "
              + seconds(Node.LOCK_TIME) + ")",
          "calls to node A that got no answer when it died: " + load.calls(call -> call.status() == 0).size()));
    }
  }

  @Test
  void requestsDuringADatabaseRestartFailWith503AndTheNodesRecoverWithoutARestart() throws Exception {
    try (DossierLoad load = new DossierLoad("Khởi động lại CSDL", CLIENTS, List.of(nodeA, nodeB));
        TimersFiring timers = new TimersFiring()) {
      Thread.sleep(LOAD_BEFORE.toMillis());
      Counts before = counts();
      Instant down = Instant.now();
      postgres.stop();
      Instant stopped = Instant.now();
      Map<String, Integer> readiness = new ConcurrentHashMap<>();
      for (Node node : List.of(nodeA, nodeB)) {
        readiness.put(node.name(), node.anonymous("/actuator/health/readiness").statusCode());
      }
      Thread.sleep(Math.max(0, OUTAGE.minus(Duration.between(stopped, Instant.now())).toMillis()));
      postgres.startAgain();
      Instant up = Instant.now();
      Map<String, Duration> recovered = new ConcurrentHashMap<>();
      for (Node node : List.of(nodeA, nodeB)) {
        recovered.put(node.name(), untilAnswering(node, up));
      }
      Instant jobsResumed = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
          .until(() -> jdbc.queryForObject("SELECT MIN(TIMESTAMP_) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
              + " AND TIMESTAMP_ > ?", Timestamp.class, Timestamp.from(up)), at -> at != null).toInstant();
      Thread.sleep(LOAD_AFTER.toMillis());
      load.close();
      Duration settled = settle();
      Counts after = counts();

      List<Call> duringOutage = load.calls(call -> !call.at().isBefore(down) && call.at().isBefore(up));
      assertThat(duringOutage).as("the clients kept calling while the database was down").isNotEmpty();
      assertThat(duringOutage).as("every call was answered, none hung until the client gave up")
          .allMatch(call -> call.status() != 0);
      assertThat(duringOutage.stream().filter(call -> !call.acknowledged()))
          .as("what failed, failed with 503 and the reason").isNotEmpty()
          .allMatch(call -> call.status() == 503 && call.body().contains("DatabaseUnavailable"));
      assertThat(load.calls(call -> !call.acknowledged())).as("whenever a call failed, it was 503 with the reason")
          .allMatch(call -> call.status() == 503 && call.body().contains("DatabaseUnavailable"));
      assertThat(readiness).as("the readiness probe takes a node without its database out of the balancer")
          .containsValues(503).doesNotContainValue(200);
      for (Node node : List.of(nodeA, nodeB)) {
        assertThat(node.anonymous("/actuator/health/readiness").statusCode()).as(node.name() + " ready again")
            .isEqualTo(200);
      }
      assertNothingLost(load);
      Duration longest = duringOutage.stream().map(Call::took).max(Duration::compareTo).orElseThrow();
      report("PostgreSQL restarted under load (fast shutdown)", load, before, after,
          List.of("database stopped in " + seconds(Duration.between(down, stopped)) + ", started again after "
              + seconds(Duration.between(down, up)),
          "calls made while it was down: " + duringOutage.size() + ", answered 503: "
              + duringOutage.stream().filter(call -> call.status() == 503).count() + " (the others began as it stopped"
              + " or got a connection as it came back), the longest took " + seconds(longest),
          "readiness while it was down: " + readiness,
          "time from the database accepting connections to each node answering again: " + recovered.entrySet().stream()
              .map(entry -> entry.getKey() + " " + seconds(entry.getValue())).sorted().collect(Collectors.joining(", ")),
          "first job executed " + seconds(Duration.between(up, jobsResumed)) + " after the database was back",
          "all jobs done " + seconds(settled) + " after the load stopped"));
    }
  }

  // --- what must hold after either failure ---

  /** The database against what the clients were told. */
  private static void assertNothingLost(DossierLoad load) {
    Map<String, Call> registered = load.calls(call -> call.step().equals(DossierLoad.REGISTER)).stream()
        .collect(Collectors.toMap(Call::product, Function.identity()));
    Map<String, String> keyOfProduct = jdbc.queryForList("SELECT V.TEXT_ AS product, P.BUSINESS_KEY_ AS key"
            + " FROM ACT_HI_PROCINST P JOIN ACT_HI_VARINST V ON V.PROC_INST_ID_ = P.ID_ AND V.NAME_ = 'productName'"
            + " WHERE P.PROC_DEF_KEY_ = ?", PROCESS).stream()
        .collect(Collectors.toMap(row -> (String) row.get("product"), row -> (String) row.get("key")));
    List<Map<String, Object>> twice = jdbc.queryForList("SELECT V.TEXT_, COUNT(*) FROM ACT_HI_PROCINST P"
        + " JOIN ACT_HI_VARINST V ON V.PROC_INST_ID_ = P.ID_ AND V.NAME_ = 'productName' WHERE P.PROC_DEF_KEY_ = ?"
        + " GROUP BY V.TEXT_ HAVING COUNT(*) > 1", PROCESS);
    assertThat(twice).as("no registration became two dossiers").isEmpty();

    for (Call call : registered.values()) {
      if (call.acknowledged()) {
        assertThat(keyOfProduct.get(call.product())).as("acknowledged registration of " + call.product() + " is there")
            .isEqualTo(call.businessKey());
      }
    }
    for (Call step : load.calls(call -> !call.step().equals(DossierLoad.REGISTER) && call.acknowledged())) {
      String key = keyOfProduct.get(step.product());
      if (step.step().equals(DossierLoad.FORWARD)) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK T JOIN ACT_RU_EXECUTION P ON P.ID_ = T.PROC_INST_ID_"
            + " JOIN ACT_RU_EXECUTION R ON R.ID_ = P.ROOT_PROC_INST_ID_ WHERE R.BUSINESS_KEY_ = ?"
            + " AND T.TASK_DEF_KEY_ = 'score-product'", Integer.class, key))
            .as("forwarded " + key + " waits for its three council members").isEqualTo(3);
      } else {
        assertThat(jdbc.queryForObject("SELECT END_ACT_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?"
            + " AND PROC_DEF_KEY_ = ?", String.class, key, PROCESS))
            .as("returned " + key + " lapsed when its revision deadline fired").isEqualTo("dossier-lapsed");
      }
    }

    Counts counts = counts();
    assertThat(counts.started()).as("started = open + finished").isEqualTo(counts.open() + counts.finished());
    assertThat(counts.registered()).as("one register row per dossier").isEqualTo(counts.started());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_dossier D JOIN ACT_HI_PROCINST P"
        + " ON P.ID_ = D.process_instance_id WHERE (P.END_TIME_ IS NULL) <> (D.closed_at IS NULL)", Integer.class))
        .as("the register closes a dossier exactly when its process ends").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION R WHERE R.ID_ = R.PROC_INST_ID_"
        + " AND R.SUPER_EXEC_ IS NULL AND R.PROC_DEF_KEY_ = ? AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION P"
        + " JOIN ACT_RU_TASK T ON T.PROC_INST_ID_ = P.ID_ WHERE P.ROOT_PROC_INST_ID_ = R.ID_) AND NOT EXISTS"
        + " (SELECT 1 FROM ACT_RU_EXECUTION P JOIN ACT_RU_JOB J ON J.PROCESS_INSTANCE_ID_ = P.ID_"
        + " WHERE P.ROOT_PROC_INST_ID_ = R.ID_)", Integer.class, PROCESS))
        .as("every open dossier waits for a task or a job").isZero();
    // The history cleanup is one job that runs again and again in its nightly window (22:00 to 05:00 as shipped),
    // each run a success of the same job.
    assertThat(jdbc.queryForList("SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
        + " AND JOB_DEF_TYPE_ IS DISTINCT FROM 'history-cleanup' GROUP BY JOB_ID_ HAVING COUNT(*) > 1", String.class))
        .as("no job succeeded twice").isEmpty();
    assertThat(jdbc.queryForList("SELECT PROC_INST_ID_ FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'revision-deadline-passed'"
        + " GROUP BY PROC_INST_ID_ HAVING COUNT(*) > 1", String.class)).as("no timer fired twice").isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB J WHERE J.RETRIES_ = 0 AND NOT EXISTS"
        + " (SELECT 1 FROM ACT_RU_INCIDENT I WHERE I.CONFIGURATION_ = J.ID_)", Integer.class))
        .as("no job out of retries without an incident").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocop_mail WHERE sent_at IS NULL", Integer.class))
        .as("every mail queued was sent").isZero();
    Map<String, Long> received = Stream.of(mailServer.getReceivedMessages())
        .collect(Collectors.groupingBy(NothingLostIT::messageId, Collectors.counting()));
    for (String id : jdbc.queryForList("SELECT id FROM ocop_mail", String.class)) {
      assertThat(received.getOrDefault(id, 0L)).as("mail " + id + " received").isPositive();
    }
  }

  /** Waits until no job is due or running any more, the revision deadlines made due as they come. */
  private static Duration settle() {
    Instant from = Instant.now();
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      makeRevisionDeadlinesDue();
      return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)",
          Integer.class, Timestamp.from(Instant.now())) == 0;
    });
    return Duration.between(from, Instant.now());
  }

  private static void makeRevisionDeadlinesDue() {
    jdbc.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE DUEDATE_ > ? AND JOB_DEF_ID_ IN"
        + " (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = 'revision-deadline-passed')",
        Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
  }

  /** Thirty days pass every second for the revision deadlines: returned dossiers lapse while the load runs. */
  private static final class TimersFiring implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread = new Thread(() -> {
      while (running.get()) {
        try {
          makeRevisionDeadlinesDue();
        } catch (RuntimeException databaseDown) {
          // The database restart test stops it under this thread too; the next round tries again.
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "timers-firing");

    TimersFiring() {
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.interrupt();
      thread.join();
    }
  }

  // --- counts and the report ---

  record Counts(int started, int open, int finished, int registered, int jobsDone, int incidents, int mails,
      long mailsReceived, long receivedTwice) {
  }

  /** One statement, so one snapshot of the database while the load goes on. */
  private static Counts counts() {
    return jdbc.queryForObject("SELECT"
        + " (SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?),"
        + " (SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_ AND SUPER_EXEC_ IS NULL AND PROC_DEF_KEY_ = ?),"
        + " (SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND END_TIME_ IS NOT NULL),"
        + " (SELECT COUNT(*) FROM ocop_dossier),"
        + " (SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2),"
        + " (SELECT COUNT(*) FROM ACT_RU_INCIDENT),"
        + " (SELECT COUNT(*) FROM ocop_mail)",
        (row, number) -> new Counts(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5),
            row.getInt(6), row.getInt(7), mailServer.getReceivedMessages().length, receivedTwice()),
        PROCESS, PROCESS, PROCESS);
  }

  /** Mails received more than once: sent, and then the failure hit before the outbox recorded it. */
  private static long receivedTwice() {
    return Stream.of(mailServer.getReceivedMessages()).collect(Collectors.groupingBy(NothingLostIT::messageId,
        Collectors.counting())).values().stream().mapToLong(received -> received - 1).sum();
  }

  private static int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  private static void report(String title, DossierLoad load, Counts before, Counts after, List<String> times)
      throws IOException {
    List<String> lines = new ArrayList<>(List.of("## " + title, "",
        "| | started | open | finished | in the register | jobs done | incidents | mails queued | received"
            + " | received twice |",
        "|---|---|---|---|---|---|---|---|---|---|", row("before the failure", before), row("after recovery", after), ""));
    for (String step : List.of(DossierLoad.REGISTER, DossierLoad.FORWARD, DossierLoad.RETURN)) {
      Map<Integer, Long> statuses = load.calls(call -> call.step().equals(step)).stream()
          .collect(Collectors.groupingBy(Call::status, Collectors.counting()));
      lines.add("- " + step + ": " + statuses + " (HTTP status: calls; 0 = no answer)");
    }
    long unknown = load.calls(call -> call.step().equals(DossierLoad.REGISTER) && !call.acknowledged()).stream()
        .filter(call -> jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ = 'productName' AND TEXT_ = ?",
            Integer.class, call.product()) > 0).count();
    lines.add("- registrations not acknowledged that were nevertheless saved (once): " + unknown);
    times.forEach(time -> lines.add("- " + time));
    lines.add("");
    String text = String.join("\n", lines) + "\n";
    System.out.print(text);
    Files.writeString(Node.LOGS.resolve("nothing-lost.md"), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static String row(String when, Counts counts) {
    return "| " + when + " | " + counts.started() + " | " + counts.open() + " | " + counts.finished() + " | "
        + counts.registered() + " | " + counts.jobsDone() + " | " + counts.incidents() + " | " + counts.mails() + " | "
        + counts.mailsReceived() + " | " + counts.receivedTwice() + " |";
  }

  private static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }

  // --- the nodes ---

  private static Node start(String name) throws IOException {
    return Node.start(name, database, settings());
  }

  private static List<String> settings() {
    return Node.sameOnEveryNode(mailServer.getSmtp().getPort());
  }

  /** How long after the database came back the node answered an officer's call that reads it. */
  private static Duration untilAnswering(Node node, Instant up) {
    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
      HttpResponse<String> answer = node.send(Node.OFFICER,
          HttpRequest.newBuilder(node.uri("/engine-rest/task/count")).GET());
      return answer.statusCode() == 200;
    });
    return Duration.between(up, Instant.now());
  }

  private static String messageId(MimeMessage mail) {
    try {
      // <outbox id@ocop-workflow>: the id the outbox row has.
      return mail.getMessageID().replaceAll("^<|@.*$", "");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
