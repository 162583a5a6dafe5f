package vn.ocop.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;
import static vn.ocop.workflow.testing.TestMailServer.html;
import static vn.ocop.workflow.testing.TestMailServer.messageId;
import static vn.ocop.workflow.testing.TestMailServer.recipient;
import static vn.ocop.workflow.testing.TestMailServer.subjectOf;
import static vn.ocop.workflow.testing.TestMailServer.text;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;

/**
 * What the producer and the commune are told, by real SMTP (GreenMail), and that no mail is lost or
 * sent in an official's transaction, through an outage of the mail server and a crash.
 */
class DossierMailsTest extends ProcessTestBase {

  private static final String PRODUCER = "htx@example.vn";
  private static final String COMMUNE_OFFICER = "officer-18547@demo.ocop.local";

  @Autowired
  private TransactionTemplate transaction;
  @Autowired
  private Outbox outbox;

  @AfterEach
  void serverUpAndClockBack() {
    mails.start();
    ClockUtil.reset();
  }

  @Test
  void theProducerIsToldTheDossierWasReceivedAndWhatHappensNext() {
    ProcessInstance dossier = registered("Bưởi thư đăng ký");

    mails.deliver();

    MimeMessage mail = only(dossier, Notice.REGISTRATION_RECEIVED, PRODUCER);
    assertThat(subjectOf(mail)).startsWith("OCOP " + dossier.getBusinessKey() + ": Đã nhận hồ sơ / Dossier received — Bưởi thư đăng ký ");
    assertThat(text(mail)).contains("Kính gửi Hợp tác xã Bưởi thư đăng ký", "Mã hồ sơ: " + dossier.getBusinessKey(),
        "Dear Hợp tác xã Bưởi thư đăng ký", "Dossier code: " + dossier.getBusinessKey(), "Cán bộ xã sẽ kiểm tra hồ sơ",
        "A commune officer will check the dossier");
    assertThat(text(mail).indexOf("Kính gửi")).as("Vietnamese first").isLessThan(text(mail).indexOf("Dear"));
    assertThat(html(mail)).contains("<b>" + dossier.getBusinessKey() + "</b>").contains("lang=\"en\"");
    assertThat(mails.to(COMMUNE_OFFICER, dossier.getBusinessKey())).as("the commune registered it itself")
        .noneMatch(copy -> subjectOf(copy).contains(Notice.REGISTRATION_RECEIVED.headline()));
  }

  @Test
  void aReturnNamesTheReasonsAndTheDayTheDossierLapsesAndTheCommuneGetsACopy() {
    ProcessInstance dossier = registered("Mật ong thư trả lại");
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu phiếu kiểm nghiệm\nThiếu ảnh nhãn"));

    mails.deliver();

    String lapses = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String producerText = text(only(dossier, Notice.RETURNED_FOR_REVISION, PRODUCER));
    assertThat(producerText).contains("Thiếu phiếu kiểm nghiệm\nThiếu ảnh nhãn", "trước ngày " + lapses, "by " + lapses,
        "was returned for revision");
    assertThat(text(only(dossier, Notice.RETURNED_FOR_REVISION, COMMUNE_OFFICER))).isEqualTo(producerText);
  }

  @Test
  void aCouncilThatForwardsTellsThePointsTheStarsAndTheNextCouncil() {
    ProcessInstance dossier = registered("Cam thư chuyển tỉnh");
    dossiers.forward(dossier);
    dossiers.scores(dossier, 75, 76, 77);

    mails.deliver();

    String mail = text(only(dossier, Notice.FORWARDED_BY_COUNCIL, PRODUCER));
    assertThat(mail).contains("Hội đồng cấp huyện đã chấm", "76.0 điểm, xếp hạng 4 sao", "chuyển lên Hội đồng cấp tỉnh",
        "The district council scored", "76.0 points, 4★", "goes on to the province council");
    only(dossier, Notice.FORWARDED_BY_COUNCIL, COMMUNE_OFFICER);
  }

  @Test
  void aCertificateTellsItsCodeStarsIssuerAndValidity() {
    ProcessInstance dossier = registered("Chè thư chứng nhận");
    dossiers.forward(dossier);
    dossiers.scores(dossier, 60, 62, 64);

    mails.deliver();

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    String mail = text(only(dossier, Notice.CERTIFICATE_ISSUED, PRODUCER));
    assertThat(mail).contains("OCOP 3 sao", "Giấy chứng nhận: OCOP-" + dossier.getBusinessKey(), "Cấp bởi: Huyện Hương Khê",
        "Ngày cấp: " + today.format(day), "hiệu lực đến hết ngày " + today.plusMonths(36).format(day),
        "certified as a 3★ OCOP product", "valid until the end of " + today.plusMonths(36).format(day));
    only(dossier, Notice.CERTIFICATE_ISSUED, COMMUNE_OFFICER);
  }

  @Test
  void aProductNotRecognisedIsToldItsResultAndTheMinimumsItMissed() {
    ProcessInstance dossier = registered("Kẹo thư không công nhận");
    dossiers.forward(dossier);
    dossiers.scores(dossier, false, 80, 80, 80);

    mails.deliver();

    assertThat(text(only(dossier, Notice.NOT_RECOGNISED, PRODUCER))).contains("không được công nhận",
        "80.0 điểm, xếp hạng 2 sao", "Mức tối thiểu chưa đạt", "m3_story", "was not recognised", "80.0 points, 2★",
        "Minimum levels not met");
    only(dossier, Notice.NOT_RECOGNISED, COMMUNE_OFFICER);
  }

  @Test
  void aRejectionAndALapseTellTheReasons() {
    ProcessInstance rejected = registered("Nem thư từ chối");
    dossiers.check(rejected, Map.of("communeDecision", "reject", "decisionReason", "Không phải sản phẩm của xã"));
    ProcessInstance lapsed = registered("Rượu thư hết hạn");
    dossiers.check(lapsed, Map.of("communeDecision", "return", "decisionReason", "Thiếu kế hoạch"));
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(lapsed.getId()).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());

    mails.deliver();

    assertThat(text(only(rejected, Notice.DOSSIER_REJECTED, PRODUCER))).contains("Lý do:\nKhông phải sản phẩm của xã",
        "rejected dossier");
    only(rejected, Notice.DOSSIER_REJECTED, COMMUNE_OFFICER);
    assertThat(text(only(lapsed, Notice.DOSSIER_LAPSED, PRODUCER))).contains("đã hết hạn", "Thiếu kế hoạch", "has lapsed");
  }

  @Test
  void whatAFormSentIsShownAsTextInTheMail() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER,
        registration(PHUC_TRACH, "<script>alert('ocop')</script> Bánh " + System.nanoTime()));

    mails.deliver();

    MimeMessage mail = mails.to(PRODUCER, dossier.getBusinessKey()).get(0);
    assertThat(html(mail)).contains("&lt;script&gt;alert(&#39;ocop&#39;)&lt;/script&gt;").doesNotContain("<script>");
    assertThat(text(mail)).contains("<script>alert('ocop')</script>");
  }

  @Test
  void nothingIsSentInTheOfficialsTransactionAndAStepThatRollsBackSendsNothing() {
    ProcessInstance dossier = registered("Trà thư rollback");
    mails.deliver();
    long before = mailsAbout(dossier);

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      dossiers.check(dossier, Map.of("communeDecision", "reject", "decisionReason", "Trùng sản phẩm"));
      throw new IllegalStateException("the node crashes before the step commits");
    })).hasMessageContaining("crashes");
    assertThat(mails.deliver()).isZero();
    assertThat(mailsAbout(dossier)).as("the rolled-back step queued nothing").isEqualTo(before);

    dossiers.check(dossier, Map.of("communeDecision", "reject", "decisionReason", "Trùng sản phẩm"));
    mails.deliver();
    only(dossier, Notice.DOSSIER_REJECTED, PRODUCER);
  }

  @Test
  void aCrashAfterTheServerAcceptedAMailResendsItUnderTheSameMessageId() {
    ProcessInstance dossier = registered("Ớt thư gửi lại");
    Job delivery = deliveriesOf(dossier).get(0);

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      engine.getManagementService().executeJob(delivery.getId());
      throw new IllegalStateException("the node crashes after the mail server accepted the mail");
    })).hasMessageContaining("crashes");
    assertThat(mails.to(PRODUCER, dossier.getBusinessKey())).hasSize(1);
    mails.deliver();

    List<MimeMessage> received = mails.to(PRODUCER, dossier.getBusinessKey());
    assertThat(received).as("at least once").hasSize(2);
    assertThat(received.stream().map(m -> messageId(m)).distinct()).as("one Message-ID: one mail to dedupe by").hasSize(1);
    assertThat(deliveriesOf(dossier)).isEmpty();
  }

  @Test
  void throughAnOutageEveryStepSucceedsAndEveryMailArrivesExactlyOnceAfterTheIncidentsAreResolved() {
    mails.stop();
    List<ProcessInstance> registered = List.of(registered("Gạo thư sự cố 1"), registered("Gạo thư sự cố 2"),
        registered("Gạo thư sự cố 3"));
    dossiers.check(registered.get(0), Map.of("communeDecision", "reject", "decisionReason", "Không đạt"));
    int queued = registered.stream().mapToInt(d -> deliveriesOf(d).size()).sum();
    assertThat(queued).as("3 registrations (the producer told, the commune given the check), a rejection"
        + " (the producer and the commune told)").isEqualTo(8);

    int attempts = 0;
    Date now = new Date();
    while (!executableDeliveries(registered).isEmpty()) {
      assertThat(mails.deliver()).as("every try fails while the server is down").isPositive();
      attempts++;
      now = new Date(now.getTime() + 61_000);
      ClockUtil.setCurrentTime(now);
    }
    assertThat(attempts).as("R2/PT1M: two tries in all, a minute apart").isEqualTo(2);
    assertThat(incidentsOf(registered)).hasSize(queued);
    assertThat(mails.received()).isEmpty();

    mails.start();
    for (ProcessInstance dossier : registered) {
      deliveriesOf(dossier).forEach(job -> engine.getManagementService().setJobRetries(job.getId(), 1));
    }
    mails.deliver();

    List<MimeMessage> arrived = registered.stream().flatMap(d -> mails.received().stream()
        .filter(m -> subjectOf(m).contains(d.getBusinessKey()))).toList();
    assertThat(arrived).hasSize(queued);
    assertThat(arrived.stream().map(m -> messageId(m)).collect(Collectors.toSet())).hasSize(queued);
    assertThat(incidentsOf(registered)).isEmpty();
    assertThat(arrived.stream().map(m -> recipient(m)).collect(Collectors.toSet()))
        .isEqualTo(Set.of(PRODUCER, COMMUNE_OFFICER));
  }

  @Test
  void theJobExecutorTakesEveryStepThatIsDueBeforeAnyMail() {
    ProcessInstance dossier = registered("Miến thư ưu tiên");
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu nhãn"));
    Job revisionDeadline = engine.getManagementService().createJobQuery().processInstanceId(dossier.getId()).timers()
        .singleResult();
    ClockUtil.setCurrentTime(new Date(revisionDeadline.getDuedate().getTime() + 1000));
    List<String> queued = deliveriesOf(dossier).stream().map(Job::getId).toList();
    assertThat(queued).as("the registration's and the return's mails, not sent yet").hasSizeGreaterThanOrEqualTo(3);

    // What the acquisition would take next, in its order (read only: nothing is locked).
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> next = configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
        .findNextJobsToExecute(new Page(0, 10_000)).stream().map(AcquirableJobEntity::getId).toList());
    Set<String> mailJobs = engine.getManagementService().createJobQuery().processDefinitionKey(MailDeliveryProcess.KEY)
        .list().stream().map(Job::getId).collect(Collectors.toSet());

    assertThat(next).contains(revisionDeadline.getId()).containsAll(queued);
    int firstMail = next.indexOf(next.stream().filter(mailJobs::contains).findFirst().orElseThrow());
    assertThat(next.subList(firstMail, next.size())).as("after the first mail, only mails").allMatch(mailJobs::contains);
  }

  @Test
  void aDeliveryQueuedByAnEarlierVersionFindsItsMailByTheVariable() {
    String code = "CU-" + System.nanoTime();
    OutgoingMail mail = new OutgoingMail("earlier-" + System.nanoTime(), Notice.REGISTRATION_RECEIVED, PRODUCER,
        "OCOP " + code + ": queued before the upgrade", "text", "<p>html</p>", code);
    outbox.add(mail, Instant.now());
    engine.getRuntimeService().startProcessInstanceByKey(MailDeliveryProcess.KEY, code,
        Map.of(MailDeliveryProcess.MAIL_ID.name(), mail.id()));

    mails.deliver();

    assertThat(mails.to(PRODUCER, code)).singleElement().satisfies(sent -> assertThat(messageId(sent)).isEqualTo(mail.messageId()));
    assertThat(outbox.unsent(mail.id())).as("marked sent").isEmpty();
  }

  private ProcessInstance registered(String product) {
    return dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, product + " " + System.nanoTime()));
  }

  /** The one mail of this notice that the address received about the dossier. */
  private MimeMessage only(ProcessInstance dossier, Notice notice, String address) {
    List<MimeMessage> found = mails.to(address, dossier.getBusinessKey()).stream()
        .filter(mail -> subjectOf(mail).contains(notice.headline())).toList();
    assertThat(found).as(notice + " to " + address).hasSize(1);
    return found.get(0);
  }

  private long mailsAbout(ProcessInstance dossier) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.KEY)
        .processInstanceBusinessKey(dossier.getBusinessKey()).count();
  }

  private List<Job> deliveriesOf(ProcessInstance dossier) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.KEY)
        .processInstanceBusinessKey(dossier.getBusinessKey()).list().stream()
        .flatMap(delivery -> engine.getManagementService().createJobQuery().processInstanceId(delivery.getId()).list().stream())
        .toList();
  }

  private List<Job> executableDeliveries(List<ProcessInstance> dossiers) {
    return dossiers.stream().flatMap(d -> deliveriesOf(d).stream())
        .filter(job -> job.getRetries() > 0
            && (job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))).toList();
  }

  private List<Incident> incidentsOf(List<ProcessInstance> dossiers) {
    return dossiers.stream().flatMap(d -> deliveriesOf(d).stream())
        .flatMap(job -> engine.getRuntimeService().createIncidentQuery().configuration(job.getId()).list().stream())
        .toList();
  }
}
