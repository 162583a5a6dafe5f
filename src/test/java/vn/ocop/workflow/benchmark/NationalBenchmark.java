package vn.ocop.workflow.benchmark;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.benchmark.bare.BareEngine;
import vn.ocop.workflow.cluster.Node;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.UnitLevel;
import vn.ocop.workflow.testing.Dossiers;
import vn.ocop.workflow.testing.EmbeddedPostgres;

/**
 * The national benchmark (issue 13; method in METHOD.md beside this class): the application jar on
 * PostgreSQL with a national unit tree and its officials, measured for start-up, dossier throughput against
 * the bare engine, history and authorizations per dossier, the database with the history cleanup running,
 * concurrent registrations, a timer burst and the inbox, in that order, on one database. Writes report.md, raw.csv and the charts into its folder.
 */
final class NationalBenchmark {

  private static final Duration READY_WITHIN = Duration.ofMinutes(15);
  private static final Duration QUIET_WITHIN = Duration.ofMinutes(30);

  /** What the run did, for the test that checks it. */
  record Outcome(List<FullDossiers.Run> application, List<FullDossiers.Run> bare, List<HistoryCleanup.Round> cleanup,
      Map<Integer, Integer> openTasks, Registrations registrations, TimerBurst.Result timers) {
  }

  /** Registrations sent at the same instant: how many, the dossier codes of those accepted, the refusals. */
  record Registrations(int attempted, List<String> codes, List<String> refusals) {
  }

  /** The history an engine's throughput runs left: how many dossiers finished, and what the tables grew by. */
  private record History(int finished, HistorySize grown, HistoryBreakdown parts) {
  }

  private final Sizes sizes;
  private final Report report;
  private final Path logs;
  private final NationalTree tree;
  private final List<String> throughputCommunes;
  private final Map<String, History> histories = new LinkedHashMap<>();

  NationalBenchmark(Sizes sizes, Path folder) throws IOException {
    this.sizes = sizes;
    this.report = new Report(folder);
    this.logs = folder.resolve("logs");
    this.tree = NationalTree.of(sizes.provinces(), sizes.communes());
    // Ha Tinh runs the three-level procedure: its communes' dossiers pass three councils.
    this.throughputCommunes = tree.communesOf("42").stream().map(AdministrativeUnit::code).toList();
  }

  Outcome run() throws Exception {
    Path units = tree.write(report.folder().resolve("units.csv")).toAbsolutePath();
    try (EmbeddedPostgres.Server server = EmbeddedPostgres.start()) {
      EmbeddedPostgres.Database database = null;
      Node application = null;
      Node bare = null;
      try {
        machine(server);
        List<String> settings = List.of("--ocop.units-file=file:" + units, "--ocop.demo-officials.enabled=false");
        Map<String, List<Double>> starts = new LinkedHashMap<>();
        int officials = 0;
        for (int r = 1; r <= sizes.starts(); r++) {
          if (application != null) {
            application.stop();
          }
          database = server.newDatabase();
          Node first = ready("application-first-" + r, Node.launch("application-first-" + r, logs, database, settings),
              "/actuator/health/readiness", starts, "first start");
          officials = NationalOfficials.insert(database.dataSource(), tree, sizes.officersPerCommune());
          first.stop();
          application = ready("application-restart-" + r, Node.launch("application-restart-" + r, logs, database, settings),
              "/actuator/health/readiness", starts, "restart");
        }
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        startUp(starts, officials, jdbc);

        List<FullDossiers.Run> applicationRuns = throughput(application, jdbc, "application");
        EmbeddedPostgres.Database bareDatabase = server.newDatabase();
        int port = Node.freePort();
        bare = ready("bare-engine", Node.java("bare-engine", logs, port, List.of("-cp", System.getProperty("java.class.path"),
                BareEngine.class.getName(), "--server.port=" + port, "--spring.datasource.url=" + bareDatabase.url(),
                "--spring.datasource.username=" + bareDatabase.user(), "--spring.datasource.password=" + bareDatabase.password())),
            "/engine-rest/process-definition/key/ocop-product-evaluation", new LinkedHashMap<>(), "bare");
        List<FullDossiers.Run> bareRuns = throughput(bare, new JdbcTemplate(bareDatabase.dataSource()), "bare engine");
        bare.stop();
        bare = null;
        throughputReport(applicationRuns, bareRuns);
        List<HistoryCleanup.Round> cleanup = historyCleanup(application, jdbc,
            applicationRuns.stream().mapToInt(FullDossiers.Run::finished).sum());

        Registrations registrations = concurrentRegistrations(application);
        // Each measure below starts once the jobs the one before left (mails, mostly) are done.
        awaitQuiet(jdbc);
        TimerBurst.Result timers = timers(new TimerBurst(application, jdbc, tree));
        Map<Integer, Integer> openTasks = inbox(new Inbox(application, jdbc, tree), jdbc);
        report.text("Resident memory of the application after all of this: **" + rss(application) + " MB** (VmRSS).");
        report.write();
        return new Outcome(applicationRuns, bareRuns, cleanup, openTasks, registrations, timers);
      } finally {
        Node.stopAll(application, bare);
      }
    }
  }

  // --- the machine and start-up ---

  private void machine(EmbeddedPostgres.Server server) throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
        .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
    String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
        .findFirst().map(line -> line.replaceAll("\\D+", "")).map(kb -> Long.parseLong(kb) / 1024 / 1024 + " GB")
        .orElse("unknown");
    String postgres = new JdbcTemplate(server.newDatabase().dataSource()).queryForObject("SHOW server_version", String.class);
    report.text("# National benchmark").text("Method: `src/test/java/vn/ocop/workflow/benchmark/METHOD.md`. Figures are"
        + " medians over the repetitions, with the minimum and maximum in brackets.")
        .table(List.of("machine", ""), List.of(
            List.of("processors (nproc)", Integer.toString(Runtime.getRuntime().availableProcessors())),
            List.of("CPU", cpu), List.of("memory", memory),
            List.of("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")),
            List.of("PostgreSQL", postgres + (System.getenv("OCOP_TEST_POSTGRES_URL") == null ? " (embedded, same machine)"
                : " (OCOP_TEST_POSTGRES_URL)")),
            List.of("operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")),
            List.of("load average at the start (1, 5, 15 min; other work on the machine)",
                Files.readString(Path.of("/proc/loadavg")).split(" (?=\\d+/)")[0]),
            List.of("sizes", sizes.toString())));
  }

  /** Waits until the node answers 200 on {@code path}; records the seconds from its launch and its resident memory. */
  private Node ready(String name, Node node, String path, Map<String, List<Double>> starts, String kind) throws Exception {
    long launched = System.nanoTime();
    long deadline = launched + READY_WITHIN.toNanos();
    while (true) {
      if (!node.process().isAlive()) {
        throw new IllegalStateException(name + " stopped: see " + logs.resolve(name + ".log"));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " not ready within " + READY_WITHIN);
      }
      try {
        HttpResponse<String> answer = node.anonymous(path);
        if (answer.statusCode() == 200) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    double seconds = (System.nanoTime() - launched) / 1e9;
    starts.computeIfAbsent(kind + " seconds", k -> new ArrayList<>()).add(seconds);
    starts.computeIfAbsent(kind + " MB", k -> new ArrayList<>()).add((double) rss(node));
    return node;
  }

  private static long rss(Node node) throws IOException {
    return Files.readAllLines(Path.of("/proc", Long.toString(node.process().pid()), "status")).stream()
        .filter(line -> line.startsWith("VmRSS")).findFirst().map(line -> Long.parseLong(line.replaceAll("\\D+", "")) / 1024)
        .orElseThrow();
  }

  private void startUp(Map<String, List<Double>> starts, int officials, JdbcTemplate jdbc) {
    starts.forEach((series, values) -> {
      for (int r = 0; r < values.size(); r++) {
        report.raw("start-up", series, "", r + 1, values.get(r), series.endsWith("MB") ? "MB" : "s");
      }
    });
    report.text("## 1. National unit tree: start-up").text(String.format("%d provinces, %d communes (%d units generated,"
            + " marked so in their names), %d officials, %d groups, %d authorization rows after start. Application jar at"
            + " `-Xmx512m`; time from launching the process to `/actuator/health/readiness` answering 200; resident memory"
            + " (VmRSS) then. First start: an empty database. Restart: the same database, with officials and grants there.",
        tree.of(UnitLevel.PROVINCE).size(), tree.of(UnitLevel.COMMUNE).size(), tree.generated(), officials,
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_GROUP", Integer.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION", Integer.class)))
        .table(List.of("", "seconds to ready", "resident memory, MB", "target"), List.of(
            List.of("first start", Figures.of(starts.get("first start seconds")).shown("%.1f"),
                Figures.of(starts.get("first start MB")).shown("%.0f"), "≤ 15 s"),
            List.of("restart", Figures.of(starts.get("restart seconds")).shown("%.1f"),
                Figures.of(starts.get("restart MB")).shown("%.0f"), "≤ 15 s, no work redone")));
  }

  // --- throughput and history ---

  private List<FullDossiers.Run> throughput(Node node, JdbcTemplate jdbc, String engine) throws Exception {
    List<FullDossiers.Run> runs = new ArrayList<>();
    // Warm-up: one client, untimed. The history is measured from its end, once its mails are sent, so that the
    // first pages every table and index takes at its first row are not charged to the few dossiers of a small run.
    runs.add(FullDossiers.drive(node, throughputCommunes.subList(0, 1), Math.max(1, sizes.dossiersPerClient()), "Khởi động"));
    awaitQuiet(jdbc);
    HistorySize before = HistorySize.of(jdbc);
    HistoryBreakdown partsBefore = HistoryBreakdown.of(jdbc);
    for (int clients : sizes.clients()) {
      for (int r = 1; r <= sizes.repetitions(); r++) {
        List<String> communes = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          communes.add(throughputCommunes.get(c % throughputCommunes.size()));
        }
        FullDossiers.Run run = FullDossiers.drive(node, communes, sizes.dossiersPerClient(), "Sản phẩm " + clients + "-" + r);
        runs.add(run);
        report.raw("throughput", engine + " dossiers/s", clients, r, run.dossiersPerSecond(), "1/s");
        report.raw("throughput", engine + " user tasks/s", clients, r, run.tasksPerSecond(), "1/s");
        report.raw("throughput", engine + " completion p95", clients, r, p95(run.completions()), "ms");
      }
    }
    runs.stream().flatMap(run -> run.failures().stream()).findFirst()
        .ifPresent(failure -> report.text("**" + engine + ": a dossier failed** (see the logs): " + failure));
    awaitQuiet(jdbc);
    int finished = runs.stream().skip(1).mapToInt(FullDossiers.Run::finished).sum();
    HistorySize grown = HistorySize.of(jdbc).minus(before);
    report.raw("history", engine + " bytes per dossier", finished, 1, (double) grown.bytes() / finished, "B");
    report.raw("history", engine + " ACT_HI_DETAIL rows per dossier", finished, 1, (double) grown.detailRows() / finished, "");
    report.raw("history", engine + " ACT_HI_VARINST rows per dossier", finished, 1, (double) grown.variableRows() / finished, "");
    report.raw("history", engine + " authorization rows per dossier", finished, 1, (double) grown.authorizations() / finished, "");
    HistoryBreakdown parts = HistoryBreakdown.of(jdbc).minus(partsBefore);
    parts.write(report.folder().resolve("history-" + engine.replace(' ', '-') + ".csv"), finished);
    histories.put(engine, new History(finished, grown, parts));
    return runs;
  }

  /** Waits, at most a while, until no job is due (mails sent, councils convened); returns how many still are. */
  private static int awaitQuiet(JdbcTemplate jdbc) throws InterruptedException {
    long deadline = System.nanoTime() + QUIET_WITHIN.toNanos();
    int due;
    while ((due = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR"
        + " DUEDATE_ <= CURRENT_TIMESTAMP)", Integer.class)) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    return due;
  }

  private static double p95(List<Duration> durations) {
    return Figures.percentile(durations.stream().map(d -> d.toNanos() / 1e6).sorted().toList(), 95);
  }

  private void throughputReport(List<FullDossiers.Run> application, List<FullDossiers.Run> bare) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    Map<String, List<double[]>> chart = new LinkedHashMap<>();
    for (int clients : sizes.clients()) {
      Figures app = figures(application, clients, FullDossiers.Run::dossiersPerSecond);
      Figures base = figures(bare, clients, FullDossiers.Run::dossiersPerSecond);
      rows.add(List.of(Integer.toString(clients), app.shown("%.2f"),
          figures(application, clients, FullDossiers.Run::tasksPerSecond).shown("%.1f"),
          figures(application, clients, run -> p95(run.completions())).shown("%.0f"), base.shown("%.2f"),
          figures(bare, clients, FullDossiers.Run::tasksPerSecond).shown("%.1f"),
          figures(bare, clients, run -> p95(run.completions())).shown("%.0f"),
          String.format("%.2f", app.median() / base.median())));
      chart.computeIfAbsent("application", k -> new ArrayList<>()).add(new double[] {clients, app.median()});
      chart.computeIfAbsent("bare engine, same models", k -> new ArrayList<>()).add(new double[] {clients, base.median()});
    }
    report.text("## 2. Throughput against the bare engine").text(String.format("Whole three-level dossiers over REST"
            + " (registration, commune check, district, province and central councils of three members each at 95 points,"
            + " 5★ certificate: %d user tasks a dossier), %d dossiers per client, %d repetitions per number of clients,"
            + " after one untimed warm-up run. The bare engine runs the same models with stand-in beans"
            + " (`bare/BareEngine.java`) on Camunda's Spring Boot starter defaults, on a database of its own on the same"
            + " server. Completion p95: one task completion call, in ms. Target: ratio ≥ 1.0.",
            FullDossiers.USER_TASKS, sizes.dossiersPerClient(), sizes.repetitions()))
        .table(List.of("clients", "application dossiers/s", "user tasks/s", "completion p95 ms", "bare dossiers/s",
            "bare user tasks/s", "bare completion p95 ms", "ratio"), rows);
    report.chart("throughput.png", "Dossiers per second against clients", "clients", "dossiers/s", chart);

    List<List<String>> history = new ArrayList<>();
    histories.forEach((engine, figures) -> {
      int finished = figures.finished();
      HistorySize grown = figures.grown();
      history.add(List.of(engine, Integer.toString(finished), String.format("%.0f", grown.bytes() / 1024.0 / finished),
          String.format("%.0f", (double) grown.detailRows() / finished),
          String.format("%.0f", (double) grown.variableRows() / finished),
          String.format("%.1f", (double) grown.authorizations() / finished)));
    });
    report.text("## 3. History per finished dossier").text("Growth of every ACT_HI_* table (pg_total_relation_size: rows,"
            + " indexes, TOAST) and of the history's byte arrays in ACT_GE_BYTEARRAY (serialized values, their row data)"
            + " over the timed throughput runs above (from the end of the warm-up to the end of the last run, each once no"
            + " job was due any more: mails sent), divided by the dossiers those runs finished. Every part, per dossier, is"
            + " in history-<engine>.csv. Targets: ≤ 150 KB per dossier; authorization rows that do not grow with finished dossiers.")
        .table(List.of("engine", "finished dossiers", "KB per dossier", "ACT_HI_DETAIL rows", "ACT_HI_VARINST rows",
            "ACT_RU_AUTHORIZATION rows added"), history);
    histories.forEach((engine, figures) -> report.text("### " + engine + ": where the bytes are").text("Per finished"
            + " dossier: each table (with indexes and TOAST), then the largest groups of ACT_HI_DETAIL and ACT_HI_VARINST"
            + " rows by process, kind and variable (row data only).")
        .table(List.of("table", "rows", "KB"), HistoryBreakdown.largest(figures.parts().tables(), 30, figures.finished()))
        .table(List.of("ACT_HI_DETAIL: process, kind, variable (type)", "rows", "KB"),
            HistoryBreakdown.largest(figures.parts().details(), 25, figures.finished()))
        .table(List.of("ACT_HI_VARINST: process, variable (type)", "rows", "KB"),
            HistoryBreakdown.largest(figures.parts().variables(), 25, figures.finished())));
  }

  /** Rounds of dossiers, each followed by the history cleanup, on the application; the database's size along the way. */
  private List<HistoryCleanup.Round> historyCleanup(Node node, JdbcTemplate jdbc, int alreadyFinished) throws Exception {
    int clients = Math.min(sizes.clients().get(sizes.clients().size() - 1), throughputCommunes.size());
    List<HistoryCleanup.Round> rounds = new HistoryCleanup(node, jdbc).run(sizes.cleanupRounds(), alreadyFinished,
        round -> {
          FullDossiers.Run run = FullDossiers.drive(node, throughputCommunes.subList(0, clients), sizes.dossiersPerClient(),
              "Dọn lịch sử " + round);
          awaitQuiet(jdbc);
          return run.finished();
        });
    List<List<String>> rows = new ArrayList<>();
    List<double[]> afterDossiers = new ArrayList<>();
    List<double[]> afterCleanup = new ArrayList<>();
    for (HistoryCleanup.Round round : rounds) {
      HistoryCleanup.Snapshot before = round.afterDossiers();
      HistoryCleanup.Snapshot after = round.afterCleanup();
      rows.add(List.of(Integer.toString(round.round()), Integer.toString(round.finished()), megabytes(before.databaseBytes()),
          Long.toString(before.historyRows()), Long.toString(before.rowsToRemove()), megabytes(after.databaseBytes()),
          Long.toString(after.historyRows()), Long.toString(after.processInstances()), Long.toString(after.rowsToRemove()),
          Long.toString(after.history().authorizations())));
      afterDossiers.add(new double[] {round.finished(), before.databaseBytes() / 1048576.0});
      afterCleanup.add(new double[] {round.finished(), after.databaseBytes() / 1048576.0});
      report.raw("history cleanup", "database bytes after the round's dossiers", round.finished(), round.round(),
          before.databaseBytes(), "B");
      report.raw("history cleanup", "database bytes after the cleanup", round.finished(), round.round(),
          after.databaseBytes(), "B");
      report.raw("history cleanup", "history rows after the round's dossiers", round.finished(), round.round(),
          before.historyRows(), "");
      report.raw("history cleanup", "history rows after the cleanup", round.finished(), round.round(),
          after.historyRows(), "");
    }
    report.text("### With the history cleanup running").text(String.format("Rounds of %d clients finishing %d dossiers"
            + " each on the application; after each round every finished dossier's time to live is made to pass (its"
            + " removal time set in the past, by SQL), the engine's history cleanup is run over REST"
            + " (`POST /engine-rest/history/cleanup?immediatelyDue=true`, as an administrator) until no row is due, and"
            + " `VACUUM` stands for autovacuum. Round 1 also cleans the dossiers of the runs above. Sizes in MB; rows to"
            + " remove: rows with a removal time (the finished dossiers' history, its byte arrays and the grants to"
            + " read it). Certificates in force keep their lifecycle's history.", clients, sizes.dossiersPerClient()))
        .table(List.of("round", "dossiers finished in all", "database after the dossiers", "history rows then",
            "rows to remove", "database after the cleanup", "history rows then", "process instances left in the history",
            "rows to remove left", "authorization rows then"), rows);
    report.chart("cleanup.png", "Database size as dossiers finish and the history cleanup runs",
        "dossiers finished in all", "database, MB", series("after the round's dossiers", afterDossiers,
            "after the cleanup", afterCleanup));
    return rounds;
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f", bytes / 1048576.0);
  }

  private static Figures figures(List<FullDossiers.Run> runs, int clients, Function<FullDossiers.Run, Double> value) {
    // The first run is the warm-up.
    return Figures.of(runs.subList(1, runs.size()).stream().filter(run -> run.clients() == clients).map(value).toList());
  }

  // --- concurrent registrations ---

  /** Clients of one commune registering at the same instant, round after round. */
  private Registrations concurrentRegistrations(Node node) throws Exception {
    AdministrativeUnit commune = tree.of(UnitLevel.COMMUNE).get(tree.of(UnitLevel.COMMUNE).size() - 1);
    int k = sizes.concurrentClients();
    ExecutorService clients = Executors.newFixedThreadPool(k);
    List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    List<String> codes = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int round = 0; round < sizes.concurrentRounds(); round++) {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < k; c++) {
          int client = c;
          String product = "Cùng lúc " + round + "-" + c;
          work.add(clients.submit(() -> {
            String officer = "officer-" + commune.code() + (client % sizes.officersPerCommune() == 0 ? ""
                : "-" + (client % sizes.officersPerCommune() + 1));
            Map<String, Object> registration = Dossiers.registration(commune.code(), product);
            registration.put("producerPhone", FullDossiers.phoneOf(commune.code()));
            String body = Node.JSON.writeValueAsString(Dossiers.restBody(registration));
            gate.await();
            HttpResponse<String> answer = node.send(officer, HttpRequest.newBuilder(
                    node.uri("/engine-rest/process-definition/key/ocop-product-evaluation/start"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            if (answer.statusCode() == 200) {
              codes.add(Node.JSON.readTree(answer.body()).path("businessKey").asText());
            } else {
              refusals.add(answer.statusCode() + " " + answer.body());
            }
            return null;
          }));
        }
        gate.countDown();
        for (Future<?> done : work) {
          done.get();
        }
      }
    } finally {
      clients.shutdown();
    }
    int attempted = k * sizes.concurrentRounds();
    report.raw("concurrent registrations", "refused", k, 1, refusals.size(), "");
    report.text("## 4. Concurrent registrations").text(String.format("%d officers' clients of commune %s registering at"
            + " the same instant (released together by a latch), %d rounds. Target: no refusal.", k, commune.code(),
            sizes.concurrentRounds()))
        .table(List.of("registrations", "accepted", "refused", "first refusal"), List.of(List.of(
            Integer.toString(attempted), Integer.toString(codes.size()), Integer.toString(refusals.size()),
            refusals.isEmpty() ? "" : refusals.get(0).replace("|", "/").replaceAll("\\s+", " "))));
    return new Registrations(attempted, List.copyOf(codes), List.copyOf(refusals));
  }

  // --- inbox ---

  private Map<Integer, Integer> inbox(Inbox inbox, JdbcTemplate jdbc) throws Exception {
    Map<Integer, Integer> reached = new LinkedHashMap<>();
    Map<String, List<double[]>> chart = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (int target : sizes.openTasks()) {
      long filling = System.nanoTime();
      int open = inbox.fill(target);
      double fillSeconds = (System.nanoTime() - filling) / 1e9;
      long waiting = System.nanoTime();
      int jobsLeft = awaitQuiet(jdbc);
      report.raw("inbox", "seconds until the jobs the filling made were done", open, 1,
          (System.nanoTime() - waiting) / 1e9, "s");
      report.raw("inbox", "jobs still due when measured", open, 1, jobsLeft, "");
      reached.put(target, open);
      long officerSees = inbox.visibleTo(Inbox.OFFICER);
      long memberSees = inbox.visibleTo(Inbox.COUNCIL_MEMBER);
      for (Map.Entry<String, String[]> call : inbox.calls().entrySet()) {
        List<Inbox.Latency> latencies = new ArrayList<>();
        for (int r = 1; r <= sizes.repetitions(); r++) {
          Inbox.Latency latency = inbox.time(call.getValue()[0], call.getValue()[1], sizes.inboxWarmUp(), sizes.inboxCalls());
          latencies.add(latency);
          report.raw("inbox p50", call.getKey(), open, r, latency.p50(), "ms");
          report.raw("inbox p95", call.getKey(), open, r, latency.p95(), "ms");
          report.raw("inbox p99", call.getKey(), open, r, latency.p99(), "ms");
        }
        Figures p95 = Figures.of(latencies.stream().map(Inbox.Latency::p95).toList());
        rows.add(List.of(Integer.toString(open), call.getKey(),
            Figures.of(latencies.stream().map(Inbox.Latency::p50).toList()).shown("%.0f"), p95.shown("%.0f"),
            Figures.of(latencies.stream().map(Inbox.Latency::p99).toList()).shown("%.0f")));
        chart.computeIfAbsent(call.getKey() + " p95", k -> new ArrayList<>()).add(new double[] {open, p95.median()});
      }
      report.raw("inbox", "seconds to fill", open, 1, fillSeconds, "s");
      report.raw("inbox", "tasks the officer sees", open, 1, officerSees, "");
      report.raw("inbox", "tasks the council member sees", open, 1, memberSees, "");
    }
    report.text("## 6. Inbox").text(String.format("Open tasks made by officials of every commune registering products in"
            + " turn (Ha Tinh's forwarded to their district council), authorization checks on. Then each call %d times"
            + " untimed and %d times timed, one after the other, per repetition; %s as `%s` and `%s`. Latency in ms."
            + " The calls start once the mails the registrations queued are sent (jobs still due then are in raw.csv)."
            + " Target: p95 ≤ 50 ms at 100,000 open tasks. Registrations refused while filling: %d.",
            sizes.inboxWarmUp(), sizes.inboxCalls(), "`GET /engine-rest/task?maxResults=15` and the Tasklist filters'"
                + " `GET /engine-rest/filter/{id}/count`", Inbox.OFFICER, Inbox.COUNCIL_MEMBER, inbox.refusals()))
        .table(List.of("open tasks", "call", "p50", "p95", "p99"), rows);
    report.chart("inbox.png", "Inbox p95 against open tasks", "open tasks", "p95, ms", chart);
    return reached;
  }

  // --- timers ---

  private TimerBurst.Result timers(TimerBurst burst) throws Exception {
    TimerBurst.Result result = burst.run(sizes.timers(), Duration.ofMinutes(10).plusMillis(sizes.timers() * 100L));
    report.raw("timer burst", "seconds until all fired", result.due(), 1, result.took().toNanos() / 1e9, "s");
    report.raw("timer burst", "jobs/s", result.due(), 1, result.jobsPerSecond(), "1/s");
    report.raw("timer burst", "mails queued", result.due(), 1, result.mailsQueued(), "");
    report.raw("timer burst", "mails sent", result.due(), 1, result.mailsSent(), "");
    report.raw("timer burst", "seconds until all mails sent", result.due(), 1, result.mailsDelivered().toNanos() / 1e9, "s");
    report.text("## 5. Timer burst").text(String.format("%d certificates written into the register, each with its lifecycle"
            + " started by its message over REST (%.0f s to set up); then every re-evaluation window timer made due at the"
            + " same instant. Each fired timer runs the project's step, which queued %d mails in all; %d of them were sent"
            + " %.1f s after the timers became due. Target: 20,000 timers in ≤ 5 minutes on one node.", sizes.timers(),
            result.setUp().toNanos() / 1e9, result.mailsQueued(), result.mailsSent(), result.mailsDelivered().toNanos() / 1e9))
        .table(List.of("timers due", "seconds until all fired", "jobs/s", "fired once", "fired more than once", "never fired",
                "seconds until all mails sent"),
            List.of(List.of(Integer.toString(result.due()), String.format("%.1f", result.took().toNanos() / 1e9),
                String.format("%.1f", result.jobsPerSecond()), Integer.toString(result.firedOnce()),
                Integer.toString(result.firedMoreThanOnce()), Integer.toString(result.neverFired()),
                result.mailsSent() == result.mailsQueued() ? String.format("%.1f", result.mailsDelivered().toNanos() / 1e9)
                    : "not all: " + (result.mailsQueued() - result.mailsSent()) + " unsent")));
    report.chart("timers.png", "Timers fired and their mails sent since the timers became due", "seconds",
        "timers fired, mails sent", series("timers fired", result.progress(), "mails sent", result.mailProgress()));
    return result;
  }

  private static Map<String, List<double[]>> series(String first, List<double[]> points, String second,
      List<double[]> morePoints) {
    Map<String, List<double[]>> series = new LinkedHashMap<>();
    series.put(first, points);
    series.put(second, morePoints);
    return series;
  }
}
