package vn.ocop.workflow.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.cluster.Node;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.UnitLevel;

/**
 * A burst of certificate timers: {@code n} certificates in the register, each with its real lifecycle
 * (ocop-certificate-lifecycle, started by its message over REST, as the certificate step starts it), and then
 * every re-evaluation window timer ({@code window-opens}) made due at the same instant. Each fires the
 * project's own step, which mails the producer and the commune's officers. Measured: the time until none of
 * those timers is left, and from the job log, that each succeeded exactly once; then the time until every mail
 * they queued is sent (the outbox has none unsent), since a timer that fires is only half of the notice.
 */
final class TimerBurst {

  static final String TIMER = "window-opens";
  private static final int CLIENTS = 4;
  private static final Duration POLL = Duration.ofSeconds(1);

  /**
   * What the burst did: timers due, fired once, twice or more, never; in how long; the mails they queued, how
   * many were sent and how long after the timers became due the last one was; the progress of both over time.
   */
  record Result(int due, int firedOnce, int firedMoreThanOnce, int neverFired, Duration setUp, Duration took,
      long mailsQueued, long mailsSent, Duration mailsDelivered, List<double[]> progress, List<double[]> mailProgress) {
    double jobsPerSecond() {
      return (firedOnce + firedMoreThanOnce) / (took.toNanos() / 1e9);
    }
  }

  private final Node node;
  private final JdbcTemplate jdbc;
  private final List<AdministrativeUnit> communes;
  private final Map<String, String> provinceNames = new HashMap<>();

  TimerBurst(Node node, JdbcTemplate jdbc, NationalTree tree) {
    this.node = node;
    this.jdbc = jdbc;
    // Communes straight under their province: their codes fit the certificate code without a district.
    this.communes = tree.of(UnitLevel.COMMUNE).stream().filter(commune -> tree.of(UnitLevel.PROVINCE).stream()
        .anyMatch(province -> province.code().equals(commune.parentCode()))).toList();
    tree.of(UnitLevel.PROVINCE).forEach(province -> provinceNames.put(province.code(), province.name()));
  }

  Result run(int n, Duration timeout) throws Exception {
    long setUpStart = System.nanoTime();
    List<String> codes = certificates(n);
    startLifecycles(codes);
    Duration setUp = Duration.ofNanos(System.nanoTime() - setUpStart);

    long mailsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ocop_mail", Long.class);
    Timestamp dueAt = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", Timestamp.class);
    List<String> due = jdbc.queryForList("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE JOB_DEF_ID_ IN"
        + " (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?) RETURNING ID_", String.class, dueAt, TIMER);
    long start = System.nanoTime();
    List<double[]> progress = new ArrayList<>();
    List<double[]> mailProgress = new ArrayList<>();
    long deadline = start + timeout.toNanos();
    int left;
    Duration took = null;
    long unsent;
    do {
      Thread.sleep(POLL.toMillis());
      double seconds = (System.nanoTime() - start) / 1e9;
      left = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE JOB_DEF_ID_ IN"
          + " (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?) AND DUEDATE_ <= ? AND RETRIES_ > 0", Integer.class, TIMER, dueAt);
      if (took == null) {
        progress.add(new double[] {seconds, due.size() - left});
        if (left == 0) {
          took = Duration.ofNanos(System.nanoTime() - start);
        }
      }
      // Mails queued before the burst were all sent before it (the benchmark waits for no job to be due).
      unsent = jdbc.queryForObject("SELECT COUNT(*) FROM ocop_mail WHERE sent_at IS NULL", Long.class);
      long queued = jdbc.queryForObject("SELECT COUNT(*) FROM ocop_mail", Long.class) - mailsBefore;
      mailProgress.add(new double[] {seconds, queued - unsent});
    } while ((left > 0 || unsent > 0) && System.nanoTime() < deadline);
    Duration delivered = Duration.ofNanos(System.nanoTime() - start);
    if (took == null) {
      took = delivered;
    }

    Map<String, Integer> successes = new HashMap<>();
    jdbc.query("SELECT JOB_ID_, COUNT(*) AS fired FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = ? AND JOB_STATE_ = 2 GROUP BY JOB_ID_",
        row -> {
          successes.put(row.getString(1), row.getInt(2));
        }, TIMER);
    int once = (int) due.stream().filter(id -> successes.getOrDefault(id, 0) == 1).count();
    int more = (int) due.stream().filter(id -> successes.getOrDefault(id, 0) > 1).count();
    long mails = jdbc.queryForObject("SELECT COUNT(*) FROM ocop_mail", Long.class) - mailsBefore;
    return new Result(due.size(), once, more, due.size() - once - more, setUp, took, mails, mails - unsent, delivered,
        progress, mailProgress);
  }

  /** Writes {@code n} certificates in force into the register, as the certificate step records them. */
  private List<String> certificates(int n) {
    LocalDate issued = LocalDate.now();
    List<String> codes = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      AdministrativeUnit commune = communes.get(i % communes.size());
      String province = commune.parentCode();
      String code = String.format("OCOP-%s-%s-1-%d-%06d", province, commune.code(), issued.getYear(), i);
      String product = "Sản phẩm hẹn giờ " + i;
      codes.add(code);
      rows.add(new Object[] {code, "BURST-" + i, "none", product, "Hợp tác xã " + i, commune.code(), commune.name(),
          province, provinceNames.get(province), "1", 3, "province", province, provinceNames.get(province),
          Date.valueOf(issued), Date.valueOf(issued.plusMonths(36)), "ACTIVE",
          commune.code() + "|hop tac xa " + i + "|" + product.toLowerCase()});
    }
    jdbc.batchUpdate("INSERT INTO ocop_certificate (code, dossier_code, process_instance_id, product_name, producer_name,"
        + " commune_code, commune_name, province_code, province_name, product_group, stars, certifying_level,"
        + " certifying_unit_code, certifying_unit_name, issued_on, expires_on, status, product_key)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    return codes;
  }

  /** Starts each certificate's lifecycle by its message, as the administrator, from a few clients at once. */
  private void startLifecycles(List<String> codes) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        String commune = code.split("-")[2];
        Map<String, Object> variables = Map.of("certificateCode", Map.of("value", code),
            "dossierCode", Map.of("value", "BURST-" + i), "productName", Map.of("value", "Sản phẩm hẹn giờ " + i),
            "producerEmail", Map.of("value", "producer-" + i + "@benchmark.ocop.local"),
            "communeGroup", Map.of("value", "commune-" + commune + "-officers"));
        work.add(clients.submit(() -> node.post("admin", "/engine-rest/message", Map.of("messageName", "certificate-issued",
            "businessKey", code, "processVariables", variables))));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      clients.shutdown();
    }
  }
}
