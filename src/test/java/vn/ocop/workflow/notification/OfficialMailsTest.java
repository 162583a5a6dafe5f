package vn.ocop.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;
import static vn.ocop.workflow.testing.TestMailServer.html;
import static vn.ocop.workflow.testing.TestMailServer.subjectOf;
import static vn.ocop.workflow.testing.TestMailServer.text;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.TestMailServer;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.WorkDigestProcess;
import vn.ocop.workflow.vocabulary.WorkRemindersProcess;

/** Officials hear of new work by mail, one mail per task or one daily digest, as each chose. */
class OfficialMailsTest extends ProcessTestBase {

  private static final String PREFERENCE = "/engine-rest/ocop/mail-preference";

  @Autowired
  private TestRestTemplate http;

  @AfterEach
  void everyoneBackToImmediateMail() {
    for (String user : List.of("council-444-1", "council-444-2", "council-444-3")) {
      engine.getIdentityService().setUserInfo(user, MailPreferences.KEY, "immediate");
    }
  }

  @Test
  void theCommunesOfficersAreToldOfANewCheckWithALinkThatOpensIt() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Việc mới xã " + System.nanoTime()));
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);

    mails.deliver();

    MimeMessage mail = newWork(dossier, "officer-18547@demo.ocop.local").get(0);
    assertThat(text(mail)).contains("Có việc mới cho quý vị trong Tasklist", "There is new work for you in Tasklist",
        check.getName(), "Xã Phúc Trạch", "Hạn: ", "Due: ",
        "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + check.getId());
    assertThat(html(mail)).contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + check.getId() + "\"");
  }

  @Test
  void aScoreSheetIsAnnouncedToItsMemberAlone() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Việc mới hội đồng " + System.nanoTime()));
    dossiers.forward(dossier);
    List<Task> sheets = dossiers.memberTasks(dossiers.convene(dossier));

    mails.deliver();

    for (Task sheet : sheets) {
      List<MimeMessage> received = newWork(dossier, sheet.getAssignee() + "@demo.ocop.local");
      assertThat(received).as("new work for " + sheet.getAssignee()).hasSize(1);
      assertThat(text(received.get(0))).contains("#/?task=" + sheet.getId());
    }
  }

  @Test
  void anOfficialWhoChoseADigestGetsOneMailForManyTasks() {
    ResponseEntity<String> chosen = http.withBasicAuth("council-444-2", "demo").exchange(PREFERENCE, HttpMethod.PUT,
        new HttpEntity<>(Map.of("newWork", "digest")), String.class);
    assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(http.withBasicAuth("council-444-2", "demo").getForEntity(PREFERENCE, String.class).getBody())
        .isEqualTo("{\"newWork\":\"digest\"}");
    List<ProcessInstance> three = List.of(atDistrict("Tổng hợp 1"), atDistrict("Tổng hợp 2"), atDistrict("Tổng hợp 3"));

    mails.deliver();
    three.forEach(dossier -> {
      assertThat(newWork(dossier, "council-444-2@demo.ocop.local")).as("no mail per task").isEmpty();
      assertThat(newWork(dossier, "council-444-1@demo.ocop.local")).as("the colleague chose mail per task").hasSize(1);
    });

    runDigest();
    List<MimeMessage> digests = mails.received().stream()
        .filter(mail -> TestMailServer.recipient(mail).equals("council-444-2@demo.ocop.local"))
        .filter(mail -> subjectOf(mail).contains(Notice.DAILY_DIGEST.headline())).toList();
    assertThat(digests).hasSize(1);
    String digest = text(digests.get(0));
    three.forEach(dossier -> assertThat(digest).contains(dossier.getBusinessKey()));
    assertThat(digest).contains("Việc mới của quý vị", "Your new work since the last digest");

    runDigest();
    assertThat(mails.received().stream().filter(mail -> subjectOf(mail).contains(Notice.DAILY_DIGEST.headline())))
        .as("nothing new, no second digest").hasSize(1);
  }

  @Test
  void aChoiceThatIsNotOneOfTheTwoIsRefusedNamingTheField() {
    ResponseEntity<String> refused = http.withBasicAuth("council-444-3", "demo").exchange(PREFERENCE, HttpMethod.PUT,
        new HttpEntity<>(Map.of("newWork", "weekly")), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("newWork: 'weekly' không thuộc / is not one of [digest, immediate]");
    assertThat(http.getForEntity(PREFERENCE, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void overdueWorkIsRemindedOnceAndEscalatedOnceToTheUnitAbove() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Quá hạn " + System.nanoTime()));
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);
    Date due = check.getDueDate();
    try {
      lookForOverdueWorkAt(new Date(due.getTime() - 60_000));
      assertThat(notices(dossier, Notice.WORK_OVERDUE, "officer-18547@demo.ocop.local")).as("not due yet").isEmpty();

      lookForOverdueWorkAt(new Date(due.getTime() + Duration.ofDays(1).toMillis()));
      lookForOverdueWorkAt(new Date(due.getTime() + Duration.ofDays(2).toMillis()));
      List<MimeMessage> reminded = notices(dossier, Notice.WORK_OVERDUE, "officer-18547@demo.ocop.local");
      assertThat(reminded).as("reminded once").hasSize(1);
      assertThat(text(reminded.get(0))).contains("Việc sau đã quá hạn", "This task was due on", "#/?task=" + check.getId());
      assertThat(notices(dossier, Notice.WORK_ESCALATED, "council-444-1@demo.ocop.local")).as("within the grace").isEmpty();

      lookForOverdueWorkAt(new Date(due.getTime() + Duration.ofDays(4).toMillis()));
      lookForOverdueWorkAt(new Date(due.getTime() + Duration.ofDays(5).toMillis()));
      for (String supervisor : List.of("council-444-1", "council-444-2", "council-444-3")) {
        List<MimeMessage> escalated = notices(dossier, Notice.WORK_ESCALATED, supervisor + "@demo.ocop.local");
        assertThat(escalated).as("the district council supervises the commune, told once").hasSize(1);
        assertThat(text(escalated.get(0))).contains("Đề nghị đôn đốc", "Please follow it up", check.getName());
      }
      assertThat(notices(dossier, Notice.WORK_OVERDUE, "officer-18547@demo.ocop.local")).hasSize(1);
    } finally {
      ClockUtil.reset();
    }
  }

  /** Moves the engine clock and runs the look for overdue work, as the hourly timer would then. */
  private void lookForOverdueWorkAt(Date now) {
    ClockUtil.setCurrentTime(now);
    Job reminderTime = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(WorkRemindersProcess.KEY).singleResult();
    engine.getManagementService().executeJob(reminderTime.getId());
    mails.deliver();
  }

  private List<MimeMessage> notices(ProcessInstance dossier, Notice notice, String address) {
    return mails.to(address, dossier.getBusinessKey()).stream()
        .filter(mail -> subjectOf(mail).contains(notice.headline())).toList();
  }

  private ProcessInstance atDistrict(String product) {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, product + " " + System.nanoTime()));
    dossiers.forward(dossier);
    dossiers.convene(dossier);
    return dossier;
  }

  /** Moves the engine clock to the digest's time and runs it, as the job executor would then. */
  private void runDigest() {
    Job digestTime = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(WorkDigestProcess.KEY).singleResult();
    ClockUtil.setCurrentTime(digestTime.getDuedate());
    try {
      engine.getManagementService().executeJob(digestTime.getId());
      mails.deliver();
    } finally {
      ClockUtil.reset();
    }
  }

  private List<MimeMessage> newWork(ProcessInstance dossier, String address) {
    return notices(dossier, Notice.NEW_WORK, address);
  }
}
