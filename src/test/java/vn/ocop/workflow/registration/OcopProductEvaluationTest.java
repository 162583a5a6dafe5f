package vn.ocop.workflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.vocabulary.EvaluationProcess.Elements.*;
import static vn.ocop.workflow.vocabulary.LevelEvaluationProcess.Elements.*;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;
import static vn.ocop.workflow.testing.Dossiers.same;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import jakarta.mail.internet.MimeMessage;
import vn.ocop.workflow.notification.Notice;
import vn.ocop.workflow.testing.TestMailServer;
import vn.ocop.workflow.vocabulary.WorkDigestProcess;
import vn.ocop.workflow.certificates.Certificate;
import vn.ocop.workflow.certificates.CertificateRegister;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;
import vn.ocop.workflow.vocabulary.CertificateLifecycleProcess;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.workflow.vocabulary.WorkRemindersProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.rounds.EvaluationRounds;
import vn.ocop.workflow.testing.FullProcessCoverage;
import vn.ocop.workflow.testing.ScoreSheets;

/** Every path of ocop-product-evaluation, on both procedures; the class must cover every node and flow. */
class OcopProductEvaluationTest extends FullProcessCoverage {

  @Autowired
  private CertificateRegister certificates;
  @Autowired
  private EvaluationRounds rounds;

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  // --- registration and commune check ---

  @Test
  void aRegistrationWaitsInItsCommunesInboxUnderAReadableDossierCode() {
    Map<String, Object> vars = registration(null, "Bưởi Phúc Trạch");
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, vars);

    assertThat(dossier).isWaitingAt(CHECK_DOSSIER).hasPassed(PRODUCT_REGISTERED);
    assertThat(dossier.getBusinessKey()).matches("42-444-18547-1-\\d{4}-\\d{3}");
    Task check = dossiers.openTask(dossier, CHECK_DOSSIER);
    assertThat(check).hasCandidateGroup("commune-18547-officers").isNotAssigned();
    assertThat(check.getName()).contains("Bưởi Phúc Trạch").contains("Xã Phúc Trạch");
    assertThat(check.getDueDate()).isAfter(new Date());
    assertThat(dossier).variables()
        .containsEntry("dossierCode", dossier.getBusinessKey())
        .containsEntry("communeCode", PHUC_TRACH)
        .containsEntry("communeName", "Xã Phúc Trạch")
        .containsEntry("districtCode", "444")
        .containsEntry("provinceCode", "42")
        .containsEntry("procedure", "three-level")
        .containsEntry("registeringOfficer", PHUC_TRACH_OFFICER)
        .containsEntry("districtCouncilGroup", "district-444-council")
        .containsEntry("provinceCouncilGroup", "province-42-council")
        .containsEntry("centralCouncilGroup", "central-council");
  }

  @Test
  void theCommuneRejectsAndTheProducerIsToldWhy() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Nước mắm rejected"));
    dossiers.check(dossier, Map.of("communeDecision", "reject", "decisionReason", "Không phải sản phẩm của xã"));

    assertThat(dossier).isEnded().hasPassed(DOSSIER_REJECTED);
    assertThat(mails.received()).as("nothing is sent in the officer's transaction").isEmpty();
    mails.deliver();

    assertThat(dossier).isEnded().hasPassed(DOSSIER_REJECTED).hasNotPassed(WHICH_PROCEDURE);
    String mail = producerMail(dossier, Notice.DOSSIER_REJECTED);
    assertThat(mail).contains("rejected").contains("Không phải sản phẩm của xã");
  }

  @Test
  void aReturnedDossierIsRevisedAndCheckedAgain() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Mật ong revised"));
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu phiếu kiểm nghiệm"));

    assertThat(dossier).isWaitingAt(REVISE_DOSSIER);
    Task revise = dossiers.openTask(dossier, REVISE_DOSSIER);
    assertThat(revise).hasCandidateGroup("commune-18547-officers").hasCandidateUser("producer-0912345678");
    engine.getTaskService().complete(revise.getId(), Map.of(
        "revisionNote", "Bổ sung phiếu kiểm nghiệm", "description", "Mật ong rừng",
        "businessPlan", "Kế hoạch mới", "evidenceLinks", "https://example.vn/kiem-nghiem"));

    assertThat(dossier).isWaitingAt(CHECK_DOSSIER);
    assertThat(dossier).variables()
        .containsEntry("revisionCount", 1)
        .containsEntry("revisionNote", "Bổ sung phiếu kiểm nghiệm")
        .containsEntry("evidenceLinks", "https://example.vn/kiem-nghiem")
        .containsEntry("communeDecision", null);
    dossiers.forward(dossier);
    assertThat(dossier).isWaitingAt(EVALUATE_AT_DISTRICT);
  }

  @Test
  void aDossierNotRevisedBeforeTheDeadlineLapses() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Kẹo lapsed"));
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu kế hoạch"));

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(dossier.getId()).timers().singleResult();
    assertThat(Duration.between(new Date().toInstant(), timer.getDuedate().toInstant()).toDays()).isBetween(29L, 30L);
    engine.getManagementService().executeJob(timer.getId());
    assertThat(dossier).hasPassed(REVISION_DEADLINE_PASSED).isEnded().hasPassed(DOSSIER_LAPSED);
    mails.deliver();

    assertThat(dossier).isEnded().hasPassed(DOSSIER_LAPSED);
    assertThat(producerMail(dossier, Notice.DOSSIER_LAPSED)).contains("lapsed").contains("Thiếu kế hoạch");
  }

  @Test
  void aClosedDossierFreesTheProductForANewRegistration() {
    Map<String, Object> vars = registration(PHUC_TRACH, "Trà closed");
    ProcessInstance first = dossiers.register(PHUC_TRACH_OFFICER, vars);
    assertThatThrownBy(() -> dossiers.register(PHUC_TRACH_OFFICER, vars))
        .hasMessageContaining("already has an open dossier").hasMessageContaining(first.getBusinessKey());

    engine.getRuntimeService().deleteProcessInstance(first.getId(), "withdrawn by the producer");
    ProcessInstance second = dossiers.register(PHUC_TRACH_OFFICER, vars);
    assertThat(second.getBusinessKey()).isNotEqualTo(first.getBusinessKey());
  }

  // --- three-level procedure (Ha Tinh) ---

  @Test
  void theDistrictCertifiesThreeStars() {
    ProcessInstance dossier = forwardedInHaTinh("Bưởi district 3 sao");
    ProcessInstance council = dossiers.council(dossier);
    assertThat(council).isWaitingAt("convene-council");
    assertThat(council).variables().containsEntry("councilLevel", "district")
        .containsEntry("councilGroup", "district-444-council");
    assertThat(council.getBusinessKey()).isEqualTo(dossier.getBusinessKey());

    dossiers.scores(dossier, 60, 61, 62);

    assertThat(council).isEnded().hasPassed(CouncilEvaluationProcess.Elements.CALCULATE_COUNCIL_RESULT,
        CouncilEvaluationProcess.Elements.RATE_STARS, CouncilEvaluationProcess.Elements.DECIDE_COUNCIL_OUTCOME,
        CouncilEvaluationProcess.Elements.COUNCIL_CONCLUDED);
    assertThat(dossier).hasPassed(EVALUATE_AT_DISTRICT, DISTRICT_OUTCOME, RECORD_CERTIFICATE)
        .hasNotPassed(EVALUATE_AT_PROVINCE).isEnded().hasPassed(PRODUCT_CERTIFIED);
    assertThat(dossier).variables()
        .containsEntry("districtScore", 61.0)
        .containsEntry("districtStars", 3)
        .containsEntry("certifiedStars", 3)
        .containsEntry("certifyingLevel", "district")
        .containsEntry("certificateStars", 3)
        .containsEntry("certifyingUnitCode", "444")
        .containsEntry("certifyingUnitName", "Huyện Hương Khê")
        .containsEntry("certificateCode", "OCOP-" + dossier.getBusinessKey());
    LocalDate issued = LocalDate.now(VIETNAM);
    assertThat(dossiers.variable(dossier, "certificateIssuedOn")).as("the day itself").isEqualTo(issued.toString());
    assertThat(dossiers.variable(dossier, "certificateExpiresOn")).isEqualTo(issued.plusMonths(36).toString());

    mails.deliver();
    assertThat(dossier).isEnded().hasPassed(PRODUCT_CERTIFIED);
    assertThat(producerMail(dossier, Notice.CERTIFICATE_ISSUED)).contains("3★").contains("Huyện Hương Khê").contains("OCOP-" + dossier.getBusinessKey());
  }

  @Test
  void belowFiftyPointsAtTheDistrictIsNotRecognised() {
    ProcessInstance dossier = forwardedInHaTinh("Bánh district 2 sao");
    dossiers.scores(dossier, 40, 45, 41);

    assertThat(dossier).hasNotPassed(RECORD_CERTIFICATE)
        .isEnded().hasPassed(PRODUCT_NOT_RECOGNISED);
    assertThat(dossier).variables().containsEntry("districtScore", 42.0).containsEntry("districtStars", 2)
        .containsEntry("councilOutcome", "not-recognised");
    mails.deliver();
    assertThat(dossier).isEnded().hasPassed(PRODUCT_NOT_RECOGNISED);
    assertThat(producerMail(dossier, Notice.NOT_RECOGNISED)).contains("not recognised").contains("42.0").contains("2★");
  }

  @Test
  void aMissingMandatoryCriterionKeepsAHighScoreBelowThreeStars() {
    ProcessInstance dossier = forwardedInHaTinh("Cam mandatory missing");
    dossiers.scores(dossier, false, 80, 80, 80);

    assertThat(dossier).isEnded().hasPassed(PRODUCT_NOT_RECOGNISED);
    assertThat(dossier).variables().containsEntry("districtScore", 80.0)
        .containsEntry("districtRankAllowed", 2).containsEntry("districtStars", 2);
  }

  @Test
  void seventyPointsAtTheDistrictGoToTheProvinceWhichCertifiesFourStars() {
    ProcessInstance dossier = forwardedInHaTinh("Bưởi province 4 sao");
    dossiers.scores(dossier, 75, 75, 76);
    assertThat(dossier).isWaitingAt(EVALUATE_AT_PROVINCE);
    assertThat(dossiers.council(dossier)).variables().containsEntry("councilGroup", "province-42-council");

    dossiers.scores(dossier, 80, 82, 84);

    assertThat(dossier).hasPassed(PROVINCE_OUTCOME, RECORD_CERTIFICATE).isEnded().hasPassed(PRODUCT_CERTIFIED);
    assertThat(dossier).variables().containsEntry("districtScore", 75.33).containsEntry("provinceScore", 82.0)
        .containsEntry("certificateStars", 4).containsEntry("certifyingLevel", "province")
        .containsEntry("certifyingUnitName", "Tỉnh Hà Tĩnh");
  }

  @Test
  void belowFourStarsAtTheProvinceTheDistrictsThreeStarsStand() {
    ProcessInstance dossier = forwardedInHaTinh("Mực province 3 sao");
    dossiers.scores(dossier, same(72, 3));
    dossiers.scores(dossier, same(65, 3));

    assertThat(dossier).isEnded().hasPassed(PRODUCT_CERTIFIED);
    assertThat(dossier).variables().containsEntry("provinceStars", 3)
        .containsEntry("certificateStars", 3).containsEntry("certifyingLevel", "district")
        .containsEntry("certifyingUnitCode", "444");
  }

  @Test
  void ninetyPointsGoToTheCentralCouncilWhichCertifiesFiveStars() {
    ProcessInstance dossier = forwardedInHaTinh("Bưởi central 5 sao");
    dossiers.scores(dossier, same(92, 3));
    dossiers.scores(dossier, same(95, 3));
    assertThat(dossier).isWaitingAt(EVALUATE_AT_CENTRAL);
    assertThat(dossiers.council(dossier)).variables().containsEntry("councilGroup", "central-council");

    dossiers.scores(dossier, 93, 94, 91);

    assertThat(dossier).hasPassed(RECORD_CERTIFICATE).isEnded().hasPassed(PRODUCT_CERTIFIED);
    assertThat(dossier).variables().containsEntry("centralScore", 92.66).containsEntry("centralStars", 5)
        .containsEntry("certificateStars", 5).containsEntry("certifyingLevel", "central")
        .containsEntry("certifyingUnitCode", "central");
    mails.deliver();
    assertThat(producerMail(dossier, Notice.CERTIFICATE_ISSUED)).contains("5★").contains("Ministry of Agriculture and Environment");
  }

  @Test
  void belowNinetyAtTheCentralCouncilTheProvincesFourStarsStand() {
    ProcessInstance dossier = forwardedInHaTinh("Chè central 4 sao");
    dossiers.scores(dossier, same(90, 3));
    dossiers.scores(dossier, same(91, 3));
    dossiers.scores(dossier, 85, 89, 90);

    assertThat(dossier).isEnded().hasPassed(PRODUCT_CERTIFIED);
    assertThat(dossier).variables().containsEntry("centralScore", 88.0).containsEntry("centralStars", 4)
        .containsEntry("certificateStars", 4).containsEntry("certifyingLevel", "province");
  }

  @Test
  void aProductTheCentralCouncilDoesNotScoreIsNotRecognisedWithTheReason() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Nước mắm central forged"));
    dossiers.moveTo(dossier, EVALUATE_AT_CENTRAL);
    CriteriaSet set = catalogue.require("fresh-produce");

    dossiers.sheets(dossier, ScoreSheets.disqualifying("forged-dossier"), ScoreSheets.totalling(set, 95, true),
        ScoreSheets.disqualifying("forged-dossier"));

    assertThat(dossier).hasPassed(EVALUATE_AT_CENTRAL, CENTRAL_OUTCOME).hasNotPassed(RECORD_CERTIFICATE)
        .isEnded().hasPassed(PRODUCT_NOT_RECOGNISED);
    assertThat(dossier).variables().containsEntry("councilOutcome", "not-recognised")
        .containsEntry("disqualificationReason", "forged-dossier")
        .containsEntry("centralScore", null).containsEntry("centralStars", null);
    mails.deliver();
    assertThat(producerMail(dossier, Notice.NOT_RECOGNISED)).contains("The council did not score it").contains("Forged dossier");
  }

  /** The daily digest beside the procedure: officials who chose it get their new work in one mail. */
  @Test
  void theDailyDigestSendsTheWorkWaitingForIt() {
    engine.getIdentityService().setUserInfo("officer-18547", "ocop.mail.new-work", "digest");
    try {
      ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Bưởi digest"));
      Job digestTime = engine.getManagementService().createJobQuery().timers()
          .processDefinitionKey(WorkDigestProcess.KEY).singleResult();
      ClockUtil.setCurrentTime(digestTime.getDuedate());
      engine.getManagementService().executeJob(digestTime.getId());
      mails.deliver();

      assertThat(mails.to("officer-18547@demo.ocop.local", "OCOP: ")).singleElement()
          .satisfies(mail -> assertThat(TestMailServer.text(mail)).contains(dossier.getBusinessKey()));
      assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey(WorkDigestProcess.KEY)
          .singleResult().getDuedate()).as("the next digest is due a day later")
          .isEqualTo(new Date(digestTime.getDuedate().getTime() + Duration.ofDays(1).toMillis()));
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().setUserInfo("officer-18547", "ocop.mail.new-work", "immediate");
    }
  }

  /** The hourly look for overdue work beside the procedure (its mails are tested in OfficialMailsTest). */
  @Test
  void theLookForOverdueWorkRunsEveryHour() {
    Job reminderTime = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(WorkRemindersProcess.KEY).singleResult();
    ClockUtil.setCurrentTime(reminderTime.getDuedate());
    try {
      engine.getManagementService().executeJob(reminderTime.getId());
      mails.deliver();

      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(WorkRemindersProcess.KEY)
          .finished().count()).isPositive();
      assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey(WorkRemindersProcess.KEY)
          .singleResult().getDuedate()).as("the next look is due an hour later")
          .isEqualTo(new Date(reminderTime.getDuedate().getTime() + Duration.ofHours(1).toMillis()));
    } finally {
      ClockUtil.reset();
    }
  }

  // --- the certificate's lifecycle, started when it is recorded ---

  @Test
  void aCertificateIsAnnouncedForReevaluationAndExpiresAtTheEndOfItsLastDay() {
    ProcessInstance dossier = forwardedInNgheAn("Nước mắm vòng đời");
    dossiers.scores(dossier, 72, 74, 76);
    String code = "OCOP-" + dossier.getBusinessKey();
    LocalDate expires = LocalDate.now(VIETNAM).plusMonths(36);
    ProcessInstance lifecycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CertificateLifecycleProcess.KEY).processInstanceBusinessKey(code).singleResult();
    assertThat(lifecycle).isWaitingAt(CertificateLifecycleProcess.Elements.WINDOW_OPENS);
    try {
      Job windowOpens = timerOf(lifecycle);
      assertThat(windowOpens.getDuedate().toInstant()).isEqualTo(expires.minusDays(180).atStartOfDay(VIETNAM).toInstant());
      ClockUtil.setCurrentTime(windowOpens.getDuedate());
      engine.getManagementService().executeJob(windowOpens.getId());
      mails.deliver();

      assertThat(lifecycle).hasPassed(CertificateLifecycleProcess.Elements.ANNOUNCE_REEVALUATION_WINDOW)
          .isWaitingAt(CertificateLifecycleProcess.Elements.CERTIFICATE_EXPIRES);
      DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
      assertThat(producerMail(dossier, Notice.REEVALUATION_WINDOW_OPEN)).contains(code,
          "từ ngày " + expires.minusDays(180).format(day), "đến hết ngày " + expires.minusDays(120).format(day),
          "from " + expires.minusDays(180).format(day), "until the end of " + expires.minusDays(120).format(day));

      Job expiry = timerOf(lifecycle);
      assertThat(expiry.getDuedate().toInstant()).isEqualTo(expires.plusDays(1).atStartOfDay(VIETNAM).toInstant());
      ClockUtil.setCurrentTime(expiry.getDuedate());
      engine.getManagementService().executeJob(expiry.getId());

      assertThat(lifecycle).isEnded().hasPassed(CertificateLifecycleProcess.Elements.RECORD_EXPIRY,
          CertificateLifecycleProcess.Elements.CERTIFICATE_EXPIRED);
      assertThat(certificates.find(code).orElseThrow().status()).isEqualTo(Certificate.Status.EXPIRED);
      mails.deliver();
      assertThat(producerMail(dossier, Notice.CERTIFICATE_EXPIRED)).contains(code,
          "đã hết hiệu lực sau ngày " + expires.format(day), "may not use the OCOP mark");
      assertThat(certificates.history(code)).extracting(CertificateRegister.Change::status, CertificateRegister.Change::effectiveOn)
          .containsExactly(tuple(Certificate.Status.ACTIVE, LocalDate.now(VIETNAM)),
              tuple(Certificate.Status.EXPIRED, expires.plusDays(1)));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aCertifiedProductIsRegisteredAgainAsExistingAndItsNewCertificateSupersedesTheOld() {
    Map<String, Object> vars = registration(DIEN_CHAU, "Nước mắm nâng hạng");
    String oldCode = certifyThreeStars(vars).code();

    Map<String, Object> asNew = new HashMap<>(vars);
    asNew.put("productStatus", "new");
    assertThatThrownBy(() -> dossiers.register(DIEN_CHAU_OFFICER, asNew))
        .hasMessageContaining("productStatus (Tình trạng sản phẩm / Product status): sản phẩm đã có giấy chứng nhận OCOP " + oldCode)
        .hasMessageContaining("register it as an existing product to apply for an upgrade or re-evaluation");

    assertThatThrownBy(() -> dossiers.register(DIEN_CHAU_OFFICER, vars))
        .hasMessageContaining("applicationKind (Đăng ký để / Apply for): bắt buộc: sản phẩm có giấy chứng nhận OCOP " + oldCode);

    vars.put("applicationKind", "upgrade");
    assertThatThrownBy(() -> dossiers.register(DIEN_CHAU_OFFICER, vars))
        .hasMessageContaining("upgradeChanges (Những gì đã thay đổi từ khi được công nhận / What changed since the"
            + " certificate): bắt buộc / is required");
    vars.put("upgradeChanges", "Bao bì mới, đạt chứng nhận HACCP / new packaging, HACCP certified");
    ProcessInstance upgrade = dossiers.register(DIEN_CHAU_OFFICER, vars);
    assertThat(upgrade).variables().containsEntry("previousCertificate", oldCode)
        .containsEntry("applicationKind", "upgrade");
    dossiers.forward(upgrade);
    dossiers.scores(upgrade, 76, 78, 80);

    String newCode = "OCOP-" + upgrade.getBusinessKey();
    assertThat(certificates.find(newCode).orElseThrow()).extracting(Certificate::stars, Certificate::status)
        .containsExactly(4, Certificate.Status.ACTIVE);
    assertThat(certificates.find(oldCode).orElseThrow().status()).isEqualTo(Certificate.Status.SUPERSEDED);
    assertThat(certificates.history(oldCode)).extracting(CertificateRegister.Change::status)
        .containsExactly(Certificate.Status.ACTIVE, Certificate.Status.SUPERSEDED);
    ProcessInstance oldLifecycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(oldCode).processDefinitionKey(CertificateLifecycleProcess.KEY).singleResult();
    assertThat(oldLifecycle).as("the old lifecycle ended").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(CertificateLifecycleProcess.Elements.CERTIFICATE_SUPERSEDED).list())
        .anyMatch(end -> engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(end.getProcessInstanceId()).singleResult().getBusinessKey().equals(oldCode));
  }

  @Test
  void aReEvaluationIsFiledOnlyBetween180And120DaysBeforeExpiry() {
    Map<String, Object> vars = registration(DIEN_CHAU, "Nước mắm đánh giá lại");
    Certificate certificate = certifyThreeStars(vars);
    LocalDate opens = certificate.expiresOn().minusDays(180);
    LocalDate closes = certificate.expiresOn().minusDays(120);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    vars.put("applicationKind", "re-evaluation");
    try {
      for (LocalDate outside : List.of(LocalDate.now(VIETNAM), opens.minusDays(1), closes.plusDays(1))) {
        ClockUtil.setCurrentTime(Date.from(outside.atTime(12, 0).atZone(VIETNAM).toInstant()));
        assertThatThrownBy(() -> dossiers.register(DIEN_CHAU_OFFICER, vars)).as("filed on %s", outside)
            .hasMessageContaining("applicationKind (Đăng ký để / Apply for): hồ sơ đánh giá lại giấy chứng nhận " + certificate.code()
                + " nộp từ ngày " + opens.format(day) + " đến hết ngày " + closes.format(day));
      }

      ClockUtil.setCurrentTime(Date.from(closes.atTime(23, 59).atZone(VIETNAM).toInstant()));
      ProcessInstance reEvaluation = dossiers.register(DIEN_CHAU_OFFICER, vars);

      assertThat(reEvaluation).isWaitingAt(CHECK_DOSSIER).variables()
          .containsEntry("applicationKind", "re-evaluation").containsEntry("previousCertificate", certificate.code());
    } finally {
      ClockUtil.reset();
    }
  }

  // --- re-evaluation at expiry: the council decides by written opinions ---

  @Test
  void twoThirdsOfTheWrittenOpinionsReRecogniseTheProductWithANewCertificate() {
    Map<String, Object> vars = registration(DIEN_CHAU, "Nước mắm tái công nhận");
    Certificate old = certifyThreeStars(vars);
    LocalDate filedOn = old.expiresOn().minusDays(150);
    try {
      ProcessInstance dossier = fileReEvaluation(vars, filedOn);
      assertThat(dossier).isWaitingAt(REEVALUATE_IN_WRITING).hasNotPassed(WHICH_PROCEDURE).variables()
          .containsEntry("reevaluationDueOn", filedOn.plusDays(45).toString()).containsEntry("previousStars", 3)
          .containsEntry("reevaluationCouncil", "province-40-council");
      ProcessInstance opinions = dossiers.council(dossier);
      assertThat(opinions).variables().containsEntry("councilGroup", "province-40-council")
          .containsEntry("councilLevel", "province").containsEntry("previousCertificate", old.code());
      dossiers.convene(dossier);
      List<Task> members = dossiers.memberTasks(opinions);
      assertThat(members).extracting(Task::getAssignee).containsExactly("council-40-1", "council-40-2", "council-40-3");
      assertThat(members.get(0).getDueDate().toInstant())
          .isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10)));

      engine.getTaskService().complete(members.get(0).getId(), opinion(WrittenOpinionsProcess.KEEP, null, null));
      engine.getTaskService().complete(members.get(1).getId(),
          opinion(WrittenOpinionsProcess.REFUSE, null, "Bao bì chưa đổi mới / packaging unchanged"));
      engine.getTaskService().complete(members.get(2).getId(), opinion(WrittenOpinionsProcess.KEEP, null, null));
      mails.deliver();

      assertThat(opinions).isEnded().hasPassed(WrittenOpinionsProcess.Elements.WEIGH_OPINIONS,
          WrittenOpinionsProcess.Elements.DECIDED_IN_WRITING).hasNotPassed(WrittenOpinionsProcess.Elements.HOLD_COUNCIL_MEETING);
      assertThat(dossier).isEnded().hasPassed(REEVALUATION_OUTCOME, RECORD_CERTIFICATE, PRODUCT_CERTIFIED).variables()
          .containsEntry("reevaluatedStars", 3).containsEntry("reevaluationDecidedBy", WrittenOpinionsProcess.IN_WRITING);
      Certificate renewed = certificates.find("OCOP-" + dossier.getBusinessKey()).orElseThrow();
      assertThat(renewed).extracting(Certificate::stars, Certificate::issuedOn, Certificate::expiresOn, Certificate::status)
          .containsExactly(3, filedOn, filedOn.plusMonths(36), Certificate.Status.ACTIVE);
      assertThat(certificates.find(old.code()).orElseThrow().status()).isEqualTo(Certificate.Status.SUPERSEDED);
      assertThat(lifecycleOf(old)).isNull();
      assertThat(lifecycleOf(renewed)).isNotNull();
      assertThat(producerMail(dossier, Notice.CERTIFICATE_ISSUED)).contains(renewed.code());
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void divergingOpinionsMeetAndANotReRecognisedCertificateExpires() {
    Map<String, Object> vars = registration(DIEN_CHAU, "Nước mắm họp hội đồng");
    Certificate old = certifyFourStars(vars);
    LocalDate filedOn = old.expiresOn().minusDays(121);
    try {
      ProcessInstance dossier = fileReEvaluation(vars, filedOn);
      ProcessInstance opinions = dossiers.council(dossier);
      dossiers.convene(dossier);
      Task first = dossiers.memberTasks(opinions).get(0);
      assertThatThrownBy(() -> dossiers.as("council-40-1", () -> {
        engine.getTaskService().complete(first.getId(), Map.of("opinion", WrittenOpinionsProcess.LOWER, "opinionStars", "4"));
        return null;
      })).hasMessageContaining("opinionStars: '4' không thuộc / is not one of [3]").hasMessageContaining("opinionReason");
      assertThatThrownBy(() -> dossiers.as("council-40-2", () -> {
        engine.getTaskService().complete(first.getId(), opinion(WrittenOpinionsProcess.KEEP, null, null));
        return null;
      })).as("another member's opinion").isInstanceOf(AuthorizationException.class).hasMessageContaining("council-40-2");

      for (Task task : dossiers.memberTasks(opinions)) {
        engine.getTaskService().complete(task.getId(), switch (task.getAssignee()) {
          case "council-40-1" -> opinion(WrittenOpinionsProcess.KEEP, null, null);
          case "council-40-2" -> opinion(WrittenOpinionsProcess.LOWER, "3", "Doanh thu giảm / revenue fell");
          default -> opinion(WrittenOpinionsProcess.REFUSE, null, "Ngừng sản xuất một phần / production partly stopped");
        });
      }

      assertThat(opinions).isWaitingAt(WrittenOpinionsProcess.Elements.HOLD_COUNCIL_MEETING).variables()
          .containsEntry("opinionsAgree", false);
      assertThat((String) dossiers.variable(opinions, "opinionsSummary"))
          .contains("council-40-1: 4★", "council-40-2: 3★ — Doanh thu giảm", "council-40-3: không tái công nhận");
      Task meeting = dossiers.openTask(opinions, WrittenOpinionsProcess.Elements.HOLD_COUNCIL_MEETING);
      assertThat(meeting).hasCandidateGroup("province-40-council");
      assertThat(meeting.getDueDate().toInstant()).as("the end of the 45th day after the complete dossier")
          .isEqualTo(filedOn.plusDays(46).atStartOfDay(VIETNAM).toInstant());
      assertThatThrownBy(() -> engine.getTaskService().complete(meeting.getId(),
          opinion(WrittenOpinionsProcess.REFUSE, null, "Đa số / majority"))).hasMessageContaining("meetingMinutes");

      Map<String, Object> concluded = new HashMap<>(opinion(WrittenOpinionsProcess.REFUSE, null, "Đa số / majority"));
      concluded.put("meetingMinutes", "Họp ngày / met on " + SHOWN.format(filedOn.plusDays(20)));
      engine.getTaskService().complete(meeting.getId(), concluded);
      mails.deliver();

      assertThat(opinions).isEnded().hasPassed(WrittenOpinionsProcess.Elements.DECIDED_AT_MEETING);
      assertThat(dossier).isEnded().hasPassed(PRODUCT_NOT_RE_RECOGNISED).hasNotPassed(RECORD_CERTIFICATE).variables()
          .containsEntry("reevaluatedStars", 0).containsEntry("reevaluationDecidedBy", WrittenOpinionsProcess.AT_MEETING);
      assertThat(producerMail(dossier, Notice.NOT_RE_RECOGNISED)).contains(old.code(), "theo kết luận cuộc họp hội đồng",
          "expires after " + SHOWN.format(old.expiresOn()));

      ProcessInstance lifecycle = lifecycleOf(old);
      engine.getManagementService().executeJob(timerOf(lifecycle).getId()); // the window's notice, long due
      Job expiry = timerOf(lifecycle);
      assertThat(lifecycle).isWaitingAt(CertificateLifecycleProcess.Elements.CERTIFICATE_EXPIRES);
      ClockUtil.setCurrentTime(expiry.getDuedate());
      engine.getManagementService().executeJob(expiry.getId());
      assertThat(certificates.find(old.code()).orElseThrow().status()).as("failure lets the old certificate expire")
          .isEqualTo(Certificate.Status.EXPIRED);
    } finally {
      ClockUtil.reset();
    }
  }

  // --- inspections (hậu kiểm), downgrade and revocation ---

  @Test
  void theProvinceAgencyInspectsEveryTwelveMonthsFromTheIssueDayUntilExpiry() {
    Certificate certificate = certifyThreeStars(registration(DIEN_CHAU, "Nước mắm hậu kiểm"));
    ProcessInstance lifecycle = lifecycleOf(certificate);
    try {
      for (int year = 1; year <= 2; year++) {
        Job due = engine.getManagementService().createJobQuery().processInstanceId(lifecycle.getId())
            .activityId(CertificateLifecycleProcess.Elements.INSPECTION_DUE).singleResult();
        assertThat(due.getDuedate().toInstant()).as("inspection %d", year)
            .isEqualTo(certificate.issuedOn().plusYears(year).atStartOfDay(VIETNAM).toInstant());
        // The job executor picks a due job up after its due time: the engine counts the cycle's
        // repetitions from that moment, and after the last one creates no further job.
        ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
        engine.getManagementService().executeJob(due.getId());

        ProcessInstance inspection = openInspection(certificate, year - 1);
        assertThat(inspection).hasPassed(CertificateInspectionProcess.Elements.INSPECTION_OPENED)
            .isWaitingAt(CertificateInspectionProcess.Elements.INSPECT_PRODUCT)
            .variables().containsEntry("inspectionReason", "Kiểm tra định kỳ hằng năm / Annual inspection")
            .containsEntry("dossierCode", certificate.code() + "-HK" + (year - 1)).containsEntry("certificateStars", 3)
            .containsEntry("producerEmail", "htx@example.vn").containsEntry("communeGroup", "commune-17464-officers");
        Task task = dossiers.openTask(inspection, CertificateInspectionProcess.Elements.INSPECT_PRODUCT);
        assertThat(task).hasCandidateGroup("province-40-agency");
        assertThat(task.getDueDate().toInstant())
            .isEqualTo(due.getDuedate().toInstant().plus(Duration.ofDays(30)).plus(Duration.ofMinutes(1)));
        concludeInspection(inspection, CertificateInspectionProcess.STILL_MEETS);
        assertThat(inspection).isEnded().hasPassed(CertificateInspectionProcess.Elements.RECORD_INSPECTION,
            CertificateInspectionProcess.Elements.CRITERIA_STILL_MET);
      }
      assertThat(lifecycle).hasPassed(CertificateLifecycleProcess.Elements.START_INSPECTION,
          CertificateLifecycleProcess.Elements.INSPECTION_STARTED).isWaitingAt(CertificateLifecycleProcess.Elements.WINDOW_OPENS);
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(lifecycle.getId())
          .activityId(CertificateLifecycleProcess.Elements.INSPECTION_DUE).count())
          .as("no inspection in the certificate's last year, whose end is its expiry").isZero();
      assertThat(certificates.history(certificate.code())).extracting(CertificateRegister.Change::effectiveOn,
              CertificateRegister.Change::status)
          .containsExactly(tuple(certificate.issuedOn(), Certificate.Status.ACTIVE),
              tuple(certificate.issuedOn().plusYears(1), Certificate.Status.ACTIVE),
              tuple(certificate.issuedOn().plusYears(2), Certificate.Status.ACTIVE));
      assertThat(certificates.history(certificate.code()).get(1).reason())
          .contains(certificate.code() + "-HK0: still meets the criteria", "Kho và nhãn đúng quy định");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void theCouncilReScoresAnInspectedProductAndStarsOnlyGoDown() {
    Certificate certificate = certifyFourStars(registration(DIEN_CHAU, "Nước mắm chấm lại"));

    ProcessInstance firstInspection = inspectAdHoc("agency-40", certificate);
    concludeInspection(firstInspection, CertificateInspectionProcess.DOWNGRADE);
    assertThat(firstInspection).isWaitingAt(CertificateInspectionProcess.Elements.RESCORE_AT_COUNCIL);
    assertThat(dossiers.council(firstInspection)).variables().containsEntry("councilGroup", "province-40-council")
        .containsEntry("councilLevel", "province").containsEntry("criteriaSet", "fresh-produce")
        .containsEntry("dossierCode", certificate.code() + "-HK0").containsEntry("productName", "Nước mắm chấm lại");
    dossiers.scores(firstInspection, 92, 94, 96);
    assertThat(firstInspection).isEnded().hasPassed(CertificateInspectionProcess.Elements.RECORD_RESCORING,
        CertificateInspectionProcess.Elements.RESCORING_RECORDED).variables()
        .containsEntry("rescoringOutcome", CertificateInspectionProcess.STARS_KEPT);
    assertThat(certificates.find(certificate.code()).orElseThrow()).extracting(Certificate::stars, Certificate::status)
        .as("an inspection never raises the stars").containsExactly(4, Certificate.Status.ACTIVE);

    ProcessInstance secondInspection = inspectAdHoc("agency-40", certificate);
    concludeInspection(secondInspection, CertificateInspectionProcess.DOWNGRADE);
    dossiers.scores(secondInspection, 60, 62, 64);
    mails.deliver();

    assertThat(secondInspection).isEnded().hasPassed(CertificateInspectionProcess.Elements.RESCORING_RECORDED)
        .variables().containsEntry("rescoringOutcome", CertificateInspectionProcess.DOWNGRADED);
    assertThat(certificates.find(certificate.code()).orElseThrow()).extracting(Certificate::stars, Certificate::status,
        Certificate::expiresOn).containsExactly(3, Certificate.Status.DOWNGRADED, certificate.expiresOn());
    assertThat(certificates.history(certificate.code())).extracting(CertificateRegister.Change::status,
            CertificateRegister.Change::stars)
        .containsExactly(tuple(Certificate.Status.ACTIVE, 4), tuple(Certificate.Status.ACTIVE, 4),
            tuple(Certificate.Status.DOWNGRADED, 3));
    assertThat(lifecycleOf(certificate)).as("a downgraded certificate lives on").isNotNull();
    String mail = mailTo("htx@example.vn", certificate, Notice.CERTIFICATE_DOWNGRADED);
    assertThat(mail).contains(certificate.code(), "62.0", "hạ từ 4 sao xuống 3 sao", "from 4★ to 3★",
        "until the end of " + SHOWN.format(certificate.expiresOn()));
    assertThat(mailTo("officer-17464@demo.ocop.local", certificate, Notice.CERTIFICATE_DOWNGRADED)).isEqualTo(mail);
    Map<String, Object> asNew = registration(DIEN_CHAU, "Nước mắm chấm lại");
    asNew.put("productStatus", "new");
    assertThatThrownBy(() -> dossiers.register(DIEN_CHAU_OFFICER, asNew)).as("a downgraded certificate is in force")
        .hasMessageContaining("productStatus (Tình trạng sản phẩm / Product status): sản phẩm đã có giấy chứng nhận OCOP "
            + certificate.code());
  }

  @Test
  void belowThreeStarsAtReScoringTheAgencyRevokesWithin15DaysAndTheLifecycleEnds() {
    Certificate certificate = certifyThreeStars(registration(DIEN_CHAU, "Nước mắm thu hồi"));
    ProcessInstance inspection = inspectAdHoc("agency-40", certificate);
    concludeInspection(inspection, CertificateInspectionProcess.DOWNGRADE);
    dossiers.scores(inspection, 40, 42, 44);

    assertThat(inspection).isWaitingAt(CertificateInspectionProcess.Elements.DECIDE_REVOCATION).variables()
        .containsEntry("rescoringOutcome", CertificateInspectionProcess.BELOW_THREE_STARS)
        .containsEntry("revocationReason", "no-longer-meets-criteria");
    Task decision = dossiers.openTask(inspection, CertificateInspectionProcess.Elements.DECIDE_REVOCATION);
    assertThat(decision).hasCandidateGroup("province-40-agency");
    assertThat(decision.getDueDate().toInstant()).as("the end of the 15th day after the conclusion, in Vietnam")
        .isEqualTo(LocalDate.now(VIETNAM).plusDays(16).atStartOfDay(VIETNAM).toInstant());

    assertThatThrownBy(() -> dossiers.as("agency-40", () -> {
      engine.getTaskService().complete(decision.getId(), Map.of("revocationDecision", "revoked",
          "revocationReason", "other-conclusion"));
      return null;
    })).hasMessageContaining("revocationReasonText").hasMessageContaining("decisionReference");
    assertThat(inspection).isWaitingAt(CertificateInspectionProcess.Elements.DECIDE_REVOCATION);
    assertThat(certificates.find(certificate.code()).orElseThrow().status()).isEqualTo(Certificate.Status.ACTIVE);

    dossiers.as("agency-40", () -> {
      engine.getTaskService().complete(decision.getId(), Map.of("revocationDecision", "revoked",
          "revocationReason", "no-longer-meets-criteria", "decisionReference", "123/QĐ-UBND"));
      return null;
    });
    mails.deliver();

    assertThat(inspection).isEnded().hasPassed(CertificateInspectionProcess.Elements.RECORD_REVOCATION,
        CertificateInspectionProcess.Elements.CERTIFICATE_REVOKED);
    assertThat(certificates.find(certificate.code()).orElseThrow().status()).isEqualTo(Certificate.Status.REVOKED);
    CertificateRegister.Change revoked = certificates.history(certificate.code()).get(1);
    assertThat(revoked).extracting(CertificateRegister.Change::status, CertificateRegister.Change::effectiveOn,
            CertificateRegister.Change::decisionReference)
        .containsExactly(Certificate.Status.REVOKED, LocalDate.now(VIETNAM), "123/QĐ-UBND");
    assertThat(revoked.reason()).contains("no longer meets the criteria");
    assertThat(lifecycleOf(certificate)).as("the revoked certificate's timers ended").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(CertificateLifecycleProcess.Elements.CERTIFICATE_REVOKED).list())
        .anyMatch(end -> certificate.code().equals(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(end.getProcessInstanceId()).singleResult().getBusinessKey()));
    assertThat(mailTo("htx@example.vn", certificate, Notice.CERTIFICATE_REVOKED)).contains("123/QĐ-UBND",
        "bị thu hồi từ ngày " + SHOWN.format(LocalDate.now(VIETNAM)), "no longer meets the criteria");
    assertThat(mailTo("officer-17464@demo.ocop.local", certificate, Notice.CERTIFICATE_REVOKED)).contains("123/QĐ-UBND");

    Map<String, Object> again = registration(DIEN_CHAU, "Nước mắm thu hồi");
    again.put("productStatus", "new");
    assertThat(dossiers.register(DIEN_CHAU_OFFICER, again)).as("a revoked product may be registered anew")
        .isNotNull();
  }

  @Test
  void aProposedRevocationMayBeDecidedAgainst() {
    Certificate certificate = certifyThreeStars(registration(DIEN_CHAU, "Nước mắm giữ lại"));
    ProcessInstance inspection = inspectAdHoc("agency-40", certificate);
    concludeInspection(inspection, CertificateInspectionProcess.REVOKE);
    assertThat(inspection).isWaitingAt(CertificateInspectionProcess.Elements.DECIDE_REVOCATION);

    dossiers.as("agency-40", () -> {
      engine.getTaskService().complete(dossiers.openTask(inspection, CertificateInspectionProcess.Elements.DECIDE_REVOCATION)
          .getId(), Map.of("revocationDecision", "kept", "revocationReasonText", "Đã khắc phục nhãn / label corrected"));
      return null;
    });

    assertThat(inspection).isEnded().hasPassed(CertificateInspectionProcess.Elements.CERTIFICATE_KEPT)
        .hasNotPassed(CertificateInspectionProcess.Elements.RECORD_REVOCATION);
    assertThat(certificates.find(certificate.code()).orElseThrow().status()).isEqualTo(Certificate.Status.ACTIVE);
    assertThat(lifecycleOf(certificate)).isNotNull();
  }

  @Test
  void anAdHocInspectionIsOpenedOnlyByTheAgencyOfTheCertificateAndOnlyWhileItIsInForce() {
    Certificate certificate = certifyThreeStars(registration(DIEN_CHAU, "Nước mắm đột xuất"));

    assertThatThrownBy(() -> inspectAdHoc("agency-42", certificate))
        .hasMessageContaining("certificateCode: chỉ province-40-agency hoặc central-agency kiểm tra sản phẩm này");
    assertThatThrownBy(() -> dossiers.as("agency-40", () -> engine.getRuntimeService().startProcessInstanceByKey(
        CertificateInspectionProcess.KEY, Map.of("certificateCode", "OCOP-40-17464-1-2026-999"))))
        .hasMessageContaining("certificateCode: không có giấy chứng nhận OCOP-40-17464-1-2026-999")
        .hasMessageContaining("inspectionReason");
    assertThatThrownBy(() -> dossiers.as("agency-40", () -> engine.getRuntimeService().startProcessInstanceByKey(
        CertificateInspectionProcess.KEY, Map.of("certificateCode", "40-17464", "inspectionReason", "x"))))
        .hasMessageContaining("certificateCode");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CertificateInspectionProcess.KEY).processInstanceBusinessKey(certificate.code()).count())
        .as("nothing was opened").isZero();

    ProcessInstance byTheMinistry = inspectAdHoc("agency-central", certificate);
    assertThat(byTheMinistry).isWaitingAt(CertificateInspectionProcess.Elements.INSPECT_PRODUCT);
    assertThat(dossiers.openTask(byTheMinistry, CertificateInspectionProcess.Elements.INSPECT_PRODUCT))
        .as("a 3★ product is inspected by its province's agency").hasCandidateGroup("province-40-agency");

    certificates.changeStatus(certificate.code(), Certificate.Status.EXPIRED, LocalDate.now(VIETNAM),
        java.time.Instant.now(), "test");
    assertThatThrownBy(() -> inspectAdHoc("agency-40", certificate))
        .hasMessageContaining("certificateCode: giấy chứng nhận " + certificate.code() + " không còn hiệu lực");
  }

  @Test
  void anOverdueInspectionIsRemindedAndThenEscalatedToTheMinistrysAgency() {
    Certificate certificate = certifyThreeStars(registration(DIEN_CHAU, "Nước mắm quá hạn"));
    ProcessInstance inspection = inspectAdHoc("agency-40", certificate);
    Task task = dossiers.openTask(inspection, CertificateInspectionProcess.Elements.INSPECT_PRODUCT);
    Job reminders = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(WorkRemindersProcess.KEY).singleResult();
    try {
      ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + Duration.ofDays(4).toMillis()));
      engine.getManagementService().executeJob(reminders.getId());
      mails.deliver();

      assertThat(mails.to("agency-40@demo.ocop.local", certificate.code() + "-HK0")).extracting(TestMailServer::subjectOf)
          .anyMatch(subject -> subject.contains(Notice.WORK_OVERDUE.headline()));
      assertThat(mails.to("agency-central@demo.ocop.local", certificate.code() + "-HK0")).extracting(TestMailServer::subjectOf)
          .anyMatch(subject -> subject.contains(Notice.WORK_ESCALATED.headline()));
      assertThat(engine.getTaskService().getProcessInstanceComments(inspection.getId()))
          .extracting(Comment::getFullMessage).containsExactly("Quá hạn từ "
              + SHOWN.format(task.getDueDate().toInstant().atZone(VIETNAM)) + ", đã báo central-agency / overdue since "
              + SHOWN.format(task.getDueDate().toInstant().atZone(VIETNAM)) + ", escalated to central-agency");
    } finally {
      ClockUtil.reset();
    }
  }

  /** Registers in Dien Chau and takes the dossier through the province council to a 3★ certificate. */
  private Certificate certifyThreeStars(Map<String, Object> registration) {
    return certify(registration, 60, 62, 64);
  }

  /** Registers in Dien Chau and has the province council score it with these totals, to a certificate. */
  private Certificate certify(Map<String, Object> registration, int... totals) {
    ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, registration);
    dossiers.forward(dossier);
    dossiers.scores(dossier, totals);
    return certificates.find("OCOP-" + dossier.getBusinessKey()).orElseThrow();
  }

  /** Files the product's re-evaluation on that day, at noon in Vietnam, and the commune forwards it. */
  private ProcessInstance fileReEvaluation(Map<String, Object> registration, LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(VIETNAM).toInstant()));
    Map<String, Object> vars = new HashMap<>(registration);
    vars.put("applicationKind", "re-evaluation");
    ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, vars);
    dossiers.forward(dossier);
    return dossier;
  }

  private static Map<String, Object> opinion(String opinion, String stars, String reason) {
    Map<String, Object> form = new HashMap<>(Map.of("opinion", opinion));
    if (stars != null) {
      form.put("opinionStars", stars);
    }
    if (reason != null) {
      form.put("opinionReason", reason);
    }
    return form;
  }

  private ProcessInstance lifecycleOf(Certificate certificate) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CertificateLifecycleProcess.KEY)
        .processInstanceBusinessKey(certificate.code()).singleResult();
  }

  /** The certificate's inspection numbered {@code number} (its dossier code ends in -HK and the number). */
  private ProcessInstance openInspection(Certificate certificate, int number) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CertificateInspectionProcess.KEY)
        .processInstanceBusinessKey(certificate.code()).variableValueEquals("dossierCode", certificate.code() + "-HK" + number)
        .singleResult();
  }

  /** An agency official opens an inspection in Tasklist, with the start form's two fields. */
  private ProcessInstance inspectAdHoc(String official, Certificate certificate) {
    return dossiers.as(official, () -> engine.getRuntimeService().startProcessInstanceByKey(CertificateInspectionProcess.KEY,
        Map.of("certificateCode", certificate.code(), "inspectionReason", "Phản ánh của người tiêu dùng / consumer report")));
  }

  private void concludeInspection(ProcessInstance inspection, String conclusion) {
    Task task = dossiers.openTask(inspection, CertificateInspectionProcess.Elements.INSPECT_PRODUCT);
    engine.getTaskService().complete(task.getId(), Map.of("inspectionConclusion", conclusion,
        "inspectionFindings", "Kho và nhãn đúng quy định / storage and label as required"));
  }

  /** Registers in Dien Chau and takes the dossier through the province council to a 4★ certificate. */
  private Certificate certifyFourStars(Map<String, Object> registration) {
    return certify(registration, 76, 78, 80);
  }

  /** The plain text of the one mail of this notice about the certificate's dossier to this address. */
  private String mailTo(String address, Certificate certificate, Notice notice) {
    return mailTo(address, certificate.dossierCode(), notice);
  }

  /** The plain text of the one mail of this notice about this dossier code to this address. */
  private String mailTo(String address, String dossierCode, Notice notice) {
    List<MimeMessage> received = mails.to(address, dossierCode).stream()
        .filter(mail -> TestMailServer.subjectOf(mail).contains(notice.headline())).toList();
    assertThat(received).as(notice + " to " + address).hasSize(1);
    return TestMailServer.text(received.get(0));
  }

  /** The lifecycle's next timer on its main path (the window's opening, then expiry), not its inspections. */
  private Job timerOf(ProcessInstance instance) {
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list()
        .stream().filter(job -> !CertificateLifecycleProcess.Elements.INSPECTION_DUE.equals(
            engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId())).toList();
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  // --- two-level procedure (Nghe An, Decision 26/2026) ---

    @Test
    void theCommuneMustRecordItsAssessmentBeforeForwarding() {
      ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, registration(null, "Nước mắm Diễn Châu"));
      assertThat(dossier.getBusinessKey()).matches("40-17464-1-\\d{4}-\\d{3}");
      assertThat(dossier).variables().containsEntry("procedure", "two-level").containsEntry("districtCode", null);

      assertThatThrownBy(() -> dossiers.check(dossier, Map.of("communeDecision", "forward")))
          .hasMessageContaining("localOriginAssessment").hasMessageContaining("localLabourAssessment")
          .hasMessageContaining("ideaOriginAssessment").hasMessageContaining("localIdentityAssessment");
      assertThat(dossier).isWaitingAt(CHECK_DOSSIER);

      dossiers.forward(dossier);
      assertThat(dossier).hasNotPassed(EVALUATE_AT_DISTRICT).isWaitingAt(EVALUATE_AT_PROVINCE);
      assertThat(dossier).variables().containsEntry("localLabourAssessment", "12 lao động địa phương / local workers");
      assertThat(dossiers.council(dossier)).variables().containsEntry("councilGroup", "province-40-council");
    }

    @Test
    void theProvinceCertifiesThreeStars() {
      ProcessInstance dossier = forwardedInNgheAn("Tương Nam Đàn");
      dossiers.scores(dossier, 55, 60, 65);

      assertThat(dossier).isEnded().hasPassed(PRODUCT_CERTIFIED);
      assertThat(dossier).variables().containsEntry("provinceScore", 60.0).containsEntry("certificateStars", 3)
          .containsEntry("certifyingLevel", "province").containsEntry("certifyingUnitName", "Tỉnh Nghệ An");
    }

    @Test
    void belowFiftyAtTheProvinceIsNotRecognised() {
      ProcessInstance dossier = forwardedInNgheAn("Kẹo Cu Đơ hai cấp");
      dossiers.scores(dossier, 49, 49, 50);

      assertThat(dossier).isEnded().hasPassed(PRODUCT_NOT_RECOGNISED);
      assertThat(dossier).variables().containsEntry("provinceScore", 49.33).containsEntry("provinceStars", 2);
      mails.deliver();
      assertThat(dossier).isEnded();
      assertThat(producerMail(dossier, Notice.NOT_RECOGNISED)).contains("49.33");
    }

    @Test
    void ninetyPointsAtTheProvinceReachTheCentralCouncil() {
      ProcessInstance dossier = forwardedInNgheAn("Chè vàng Thông Thụ");
      dossiers.scores(dossier, same(90, 3));
      dossiers.scores(dossier, same(96, 3));

      assertThat(dossier).isEnded().hasPassed(PRODUCT_CERTIFIED);
      assertThat(dossier).variables().containsEntry("certificateStars", 5).containsEntry("certifyingLevel", "central");
      Certificate certificate = certificates.find("OCOP-" + dossier.getBusinessKey()).orElseThrow();
      assertThatThrownBy(() -> inspectAdHoc("agency-40", certificate)).as("5★ products are the ministry's")
          .hasMessageContaining("certificateCode: chỉ central-agency kiểm tra sản phẩm này");
      ProcessInstance inspection = inspectAdHoc("agency-central", certificate);
      assertThat(dossiers.openTask(inspection, CertificateInspectionProcess.Elements.INSPECT_PRODUCT))
          .hasCandidateGroup("central-agency");
      assertThat(inspection).variables().containsEntry("rescoringCouncil", "central-council");
    }

    @Test
    void belowNinetyAtTheCentralCouncilNgheAnRecognisesTheCentralCouncilsThreeStars() {
      ProcessInstance dossier = forwardedInNgheAn("Chè vàng trung ương 3 sao");
      dossiers.scores(dossier, same(92, 3));
      dossiers.scores(dossier, 60, 62, 64);

      assertThat(dossier).isEnded().hasPassed(PRODUCT_CERTIFIED);
      assertThat(dossier).variables().containsEntry("provinceStars", 5).containsEntry("centralScore", 62.0)
          .containsEntry("centralStars", 3).containsEntry("certificateStars", 3)
          .containsEntry("certifyingLevel", "province").containsEntry("certifyingUnitName", "Tỉnh Nghệ An");
    }

    private ProcessInstance forwardedInNgheAn(String product) {
      ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, product));
      dossiers.forward(dossier);
      return dossier;
    }

  // --- Decision 26/2026 (Nghe An from 1 January 2030 in the tests, see application-test.yaml) ---

  /** A Monday of Nghe An's Decision 26/2026 years, before round 1's last day for proposals (30 April). */
  private static final LocalDate IN_2030 = LocalDate.of(2030, 3, 4);

  @Test
  void underDecision26TheAgencyReturnsTheAdvisoryGroupVisitsTheRoundOpensAndTheChairmanRecognises() {
    try {
      ProcessInstance dossier = forwardedUnderDecision26(IN_2030, "Mật ong Con Cuông");
      assertThat(dossier).variables().containsEntry("procedure", "two-level-2026");
      ProcessInstance level = levelOf(dossier);
      assertThat(dossiers.openTask(level, CHECK_COMPLETENESS)).hasCandidateGroup("province-40-agency");
      assertThatThrownBy(() -> complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "return")))
          .hasMessageContaining("returnReasons: bắt buộc / is required");
      complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "return",
          "returnReasons", "Thiếu phiếu kiểm nghiệm / the test report is missing"));
      assertThat(dossiers.openTask(level, COMPLETE_DOSSIER)).hasCandidateGroup("commune-17464-officers")
          .hasCandidateUser("producer-0912345678");
      mails.deliver();
      assertThat(producerMail(dossier, Notice.RETURNED_FOR_REVISION)).contains("Thiếu phiếu kiểm nghiệm");

      at(IN_2030.plusDays(10));
      complete(level, COMPLETE_DOSSIER, Map.of("completionNote", "Đã bổ sung phiếu kiểm nghiệm / report added"));
      assertThat(level).variables().containsEntry("proposedOn", "2030-03-14");
      complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
      assertThat(level).variables().containsEntry("evaluationRound", "40-2030-04-30");
      assertThat(dossiers.openTask(level, VISIT_PRODUCTION_SITE)).hasCandidateGroup("province-40-advisory");
      assertThatThrownBy(() -> complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-03-14", "none", null)))
          .hasMessageContaining("advisoryReport: bắt buộc / is required");
      assertThatThrownBy(() -> complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-12-01", "none", "Đạt")))
          .hasMessageContaining("siteVisitOn: 2030-12-01 là ngày trong tương lai / is a day in the future");
      complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-03-14", "none", "Đạt yêu cầu / meets the requirements"));

      assertThat(level).isWaitingAt(ROUND_OPENS);
      openRound(level, LocalDate.of(2030, 5, 1));
      assertThat(dossiers.council(level)).variables().containsEntry("councilGroup", "province-40-council")
          .containsEntry("evaluationRound", "40-2030-04-30")
          .containsEntry("advisoryReport", "Đạt yêu cầu / meets the requirements");
      dossiers.scores(level, 55, 60, 65);

      assertThat(dossiers.openTask(level, DECIDE_RECOGNITION)).hasCandidateGroup("province-40-agency");
      assertThatThrownBy(() -> complete(level, DECIDE_RECOGNITION, Map.of("decisionDate", "1/5/2030")))
          .hasMessageContaining("decisionNumber: bắt buộc / is required")
          .hasMessageContaining("decisionDate: '1/5/2030' không phải một ngày như 2026-11-26");
      recordDecision(level, DECIDE_RECOGNITION, "1234/QĐ-UBND");

      assertThat(dossier).isEnded().hasPassed(EVALUATE_IN_PROVINCE, PROVINCE_DECISION, PRODUCT_CERTIFIED);
      Certificate certificate = certificates.find("OCOP-" + dossier.getBusinessKey()).orElseThrow();
      assertThat(certificate).extracting(Certificate::stars, Certificate::certifyingLevel).containsExactly(3, "province");
      assertThat(certificates.history(certificate.code())).extracting(CertificateRegister.Change::decisionReference)
          .containsExactly("1234/QĐ-UBND (01/05/2030)");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aRoundTheAgencyAddsTakesTheWaitingDossiersAndTheCouncilScoresItsBatchFromTheRoundsFilter() {
    try {
      List<ProcessInstance> batch = new ArrayList<>();
      for (String product : List.of("Gạo Hạnh Lâm", "Cam Đại Đồng")) {
        ProcessInstance level = levelOf(forwardedUnderDecision26(LocalDate.of(2030, 5, 2), product));
        complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
        complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-05-02", "none", "Đạt / meets"));
        assertThat(level).variables().containsEntry("evaluationRound", "40-2030-10-30");
        batch.add(level);
      }

      rounds.add("40", LocalDate.of(2030, 5, 31), LocalDate.of(2030, 7, 15), "agency-40");

      for (ProcessInstance level : batch) {
        assertThat(level).variables().containsEntry("evaluationRound", "40-2030-05-31")
            .containsEntry("evaluationRoundName", "Đợt 2/2030 – Tỉnh Nghệ An / Round 2/2030 – Nghe An");
        openRound(level, LocalDate.of(2030, 6, 1));
        dossiers.convene(level);
      }
      Filter round = engine.getFilterService().createFilterQuery()
          .filterName("Đợt 2/2030 – Tỉnh Nghệ An / Round 2/2030 – Nghe An").singleResult();
      List<Task> inTheFilter = dossiers.as("council-40-1", () -> engine.getFilterService().list(round.getId()));
      assertThat(inTheFilter).extracting(Task::getTaskDefinitionKey).containsOnly(CouncilEvaluationProcess.Elements.SCORE_PRODUCT);
      assertThat(inTheFilter).extracting(task -> engine.getHistoryService().createHistoricProcessInstanceQuery()
              .processInstanceId(task.getProcessInstanceId()).singleResult().getSuperProcessInstanceId())
          .containsExactlyInAnyOrderElementsOf(batch.stream().map(ProcessInstance::getId).toList());
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aProposalTheCommuneDoesNotCompleteInTimeLapses() {
    try {
      ProcessInstance dossier = forwardedUnderDecision26(IN_2030, "Nhút Thanh Chương");
      ProcessInstance level = levelOf(dossier);
      complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "return",
          "returnReasons", "Thiếu nhãn sản phẩm / the label is missing"));
      Job deadline = engine.getManagementService().createJobQuery().processInstanceId(level.getId()).timers().singleResult();
      assertThat(deadline.getDuedate()).isEqualTo(Date.from(IN_2030.plusDays(30).atTime(9, 0).atZone(VIETNAM).toInstant()));
      ClockUtil.setCurrentTime(deadline.getDuedate());
      engine.getManagementService().executeJob(deadline.getId());

      assertThat(dossier).isEnded().hasPassed(DOSSIER_LAPSES, DOSSIER_LAPSED);
      assertThat(dossier).variables().containsEntry("councilOutcome", "lapsed");
      mails.deliver();
      assertThat(producerMail(dossier, Notice.DOSSIER_LAPSED)).contains("Thiếu nhãn sản phẩm");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void extraTestsAreAwaitedAndNinetyPointsGoThroughTheChairmanToTheMinisterForFiveStars() {
    try {
      ProcessInstance dossier = forwardedUnderDecision26(IN_2030, "Cam Vinh 5 sao");
      ProcessInstance level = levelOf(dossier);
      complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
      assertThatThrownBy(() -> complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-03-04", "requested", null)))
          .hasMessageContaining("requestedTests: bắt buộc / is required");
      Map<String, Object> visit = siteVisit("2030-03-04", "requested", null);
      visit.put("requestedTests", "Dư lượng thuốc bảo vệ thực vật / pesticide residues");
      complete(level, VISIT_PRODUCTION_SITE, visit);
      assertThat(dossiers.openTask(level, RECORD_TEST_RESULTS)).hasCandidateGroup("province-40-advisory");
      complete(level, RECORD_TEST_RESULTS, Map.of("testResults", "Không phát hiện / none found",
          "testEvidence", "https://example.vn/phieu-kiem-nghiem.pdf", "advisoryReport", "Đạt, đề nghị 5 sao / meets 5★"));
      openRound(level, LocalDate.of(2030, 5, 1));
      assertThat(dossiers.council(level)).variables().containsEntry("testResults", "Không phát hiện / none found");
      dossiers.scores(level, same(92, 3));
      assertThat(dossiers.openTask(level, APPROVE_REFERRAL)).hasCandidateGroup("province-40-agency");
      recordDecision(level, APPROVE_REFERRAL, "88/QĐ-UBND");

      assertThat(dossier).isWaitingAt(EVALUATE_AT_MINISTRY);
      ProcessInstance ministry = levelOf(dossier);
      assertThat(dossiers.openTask(ministry, CHECK_COMPLETENESS)).hasCandidateGroup("central-agency");
      complete(ministry, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
      assertThat(ministry).variables().containsEntry("evaluationRound", "central-2030-07-30");
      assertThat(dossiers.openTask(ministry, VISIT_PRODUCTION_SITE)).hasCandidateGroup("central-advisory");
      complete(ministry, VISIT_PRODUCTION_SITE, siteVisit("2030-05-01", "none", "Đạt 5 sao / meets 5★"));
      openRound(ministry, LocalDate.of(2030, 7, 31));
      assertThat(dossiers.council(ministry)).variables().containsEntry("councilGroup", "central-council");
      dossiers.scores(ministry, same(96, 3));
      assertThat(dossiers.openTask(ministry, DECIDE_RECOGNITION)).hasCandidateGroup("central-agency");
      recordDecision(ministry, DECIDE_RECOGNITION, "2468/QĐ-BNNMT");

      assertThat(dossier).isEnded().hasPassed(EVALUATE_AT_MINISTRY, MINISTRY_DECISION, PRODUCT_CERTIFIED);
      assertThat(dossier).variables().containsEntry("provinceScore", 92.0).containsEntry("centralScore", 96.0)
          .containsEntry("certificateStars", 5).containsEntry("certifyingLevel", "central");
      assertThat(certificates.history("OCOP-" + dossier.getBusinessKey()))
          .extracting(CertificateRegister.Change::decisionReference).containsExactly("2468/QĐ-BNNMT (31/07/2030)");
      mails.deliver();
      assertThat(mailTo("agency-40@demo.ocop.local", dossier.getBusinessKey(), Notice.CERTIFICATE_ISSUED))
          .as("the province's agency hears of the minister's 5★").contains("OCOP-" + dossier.getBusinessKey());
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void belowNinetyAtTheCentralCouncilTheProvincesChairmanRecognisesItsThreeOrFourStars() {
    try {
      ProcessInstance dossier = forwardedUnderDecision26(IN_2030, "Chè Thanh Chương trung ương");
      ProcessInstance ministry = referredToTheMinistry(dossier);
      dossiers.scores(ministry, 76, 78, 80);

      assertThat(dossiers.openTask(ministry, DECIDE_RECOGNITION)).hasCandidateGroup("province-40-agency");
      recordDecision(ministry, DECIDE_RECOGNITION, "99/QĐ-UBND");
      assertThat(dossier).isEnded().hasPassed(PRODUCT_CERTIFIED);
      assertThat(dossier).variables().containsEntry("certificateStars", 4).containsEntry("certifyingLevel", "province");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void belowThreeStarsAtEitherLevelUnderDecision26IsNotRecognised() {
    try {
      ProcessInstance inProvince = forwardedUnderDecision26(IN_2030, "Bánh mướt Diễn Châu");
      scoredInProvince(inProvince, 40, 45, 48);
      assertThat(inProvince).isEnded().hasPassed(PROVINCE_DECISION, PRODUCT_NOT_RECOGNISED);

      ProcessInstance atMinistry = forwardedUnderDecision26(IN_2030, "Rượu Diễn Châu");
      dossiers.scores(referredToTheMinistry(atMinistry), 40, 42, 44);
      assertThat(atMinistry).isEnded().hasPassed(MINISTRY_DECISION, PRODUCT_NOT_RECOGNISED);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void testResultsThatNeverComeLapseTheProposalAtTheMinistry() {
    try {
      ProcessInstance dossier = forwardedUnderDecision26(IN_2030, "Nước mắm Vạn Phần");
      ProcessInstance level = levelOf(dossier);
      complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
      complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-03-04", "none", "Đạt / meets"));
      openRound(level, LocalDate.of(2030, 5, 1));
      dossiers.scores(level, same(91, 3));
      recordDecision(level, APPROVE_REFERRAL, "77/QĐ-UBND");
      ProcessInstance ministry = levelOf(dossier);
      complete(ministry, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
      Map<String, Object> visit = siteVisit("2030-05-01", "requested", null);
      visit.put("requestedTests", "Histamin / histamine");
      complete(ministry, VISIT_PRODUCTION_SITE, visit);
      Job overdue = engine.getManagementService().createJobQuery().processInstanceId(ministry.getId()).timers().singleResult();
      ClockUtil.setCurrentTime(overdue.getDuedate());
      engine.getManagementService().executeJob(overdue.getId());

      assertThat(dossier).isEnded().hasPassed(MINISTRY_DECISION, DOSSIER_LAPSED);
      assertThat(dossier).variables().containsEntry("decisionReason",
          "Không có kết quả kiểm nghiệm bổ sung trong thời hạn / the extra test results did not come in time: Histamin / histamine");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void anUpgradeUnderDecision26ShowsWhatChangedAndSupersedesTheCertificate() {
    try {
      Map<String, Object> vars = registration(DIEN_CHAU, "Tương Nam Đàn nâng hạng");
      ProcessInstance first = forwardedUnderDecision26(IN_2030, vars);
      scoredInProvince(first, 55, 60, 65);
      recordDecision(levelOf(first), DECIDE_RECOGNITION, "10/QĐ-UBND");
      String oldCode = "OCOP-" + first.getBusinessKey();

      vars.put("productStatus", "existing");
      vars.put("applicationKind", "upgrade");
      vars.put("upgradeChanges", "Dây chuyền mới, đạt ISO 22000 / new line, ISO 22000");
      ProcessInstance upgrade = forwardedUnderDecision26(LocalDate.of(2030, 6, 3), vars);
      ProcessInstance level = levelOf(upgrade);
      complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
      assertThat(level).variables().containsEntry("evaluationRound", "40-2030-10-30");
      complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-06-03", "none", "Đạt 4 sao / meets 4★"));
      openRound(level, LocalDate.of(2030, 10, 31));
      assertThat(dossiers.council(level)).variables()
          .containsEntry("upgradeChanges", "Dây chuyền mới, đạt ISO 22000 / new line, ISO 22000");
      dossiers.scores(level, 76, 78, 80);
      recordDecision(level, DECIDE_RECOGNITION, "20/QĐ-UBND");

      assertThat(certificates.find("OCOP-" + upgrade.getBusinessKey()).orElseThrow().stars()).isEqualTo(4);
      assertThat(certificates.find(oldCode).orElseThrow().status()).isEqualTo(Certificate.Status.SUPERSEDED);
    } finally {
      ClockUtil.reset();
    }
  }

  /** Registers in Dien Chau on that day (Nghe An runs Decision 26/2026 then) and the commune forwards it. */
  private ProcessInstance forwardedUnderDecision26(LocalDate day, String product) {
    return forwardedUnderDecision26(day, registration(DIEN_CHAU, product));
  }

  private ProcessInstance forwardedUnderDecision26(LocalDate day, Map<String, Object> registration) {
    at(day);
    ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, registration);
    dossiers.forward(dossier);
    assertThat(dossier).isWaitingAt(EVALUATE_IN_PROVINCE);
    return dossier;
  }

  /** The province accepts the proposal, visits without tests, opens round 1 of 2030 and scores it. */
  private ProcessInstance scoredInProvince(ProcessInstance dossier, int... totals) {
    ProcessInstance level = levelOf(dossier);
    complete(level, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
    complete(level, VISIT_PRODUCTION_SITE, siteVisit("2030-03-04", "none", "Đã khảo sát / visited"));
    openRound(level, LocalDate.of(2030, 5, 1));
    dossiers.scores(level, totals);
    return level;
  }

  /** 92 points in the province, the referral approved, and the ministry's level up to its council. */
  private ProcessInstance referredToTheMinistry(ProcessInstance dossier) {
    ProcessInstance level = scoredInProvince(dossier, same(92, 3));
    recordDecision(level, APPROVE_REFERRAL, "55/QĐ-UBND");
    ProcessInstance ministry = levelOf(dossier);
    complete(ministry, CHECK_COMPLETENESS, Map.of("completenessDecision", "complete"));
    complete(ministry, VISIT_PRODUCTION_SITE, siteVisit("2030-05-01", "none", "Đã khảo sát / visited"));
    openRound(ministry, LocalDate.of(2030, 7, 31));
    return ministry;
  }

  /** The running level (province or ministry) of a dossier under Decision 26/2026. */
  private ProcessInstance levelOf(ProcessInstance dossier) {
    ProcessInstance level = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(dossier.getId()).processDefinitionKey(LevelEvaluationProcess.KEY).singleResult();
    assertThat(level).as("a level of Decision 26/2026 is running for " + dossier.getBusinessKey()).isNotNull();
    return level;
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> form) {
    Task task = dossiers.openTask(instance, taskKey);
    assertThat(task).as(taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), form);
  }

  /** The agency records the decision, dated the day it is recorded. */
  private void recordDecision(ProcessInstance level, String taskKey, String number) {
    complete(level, taskKey, Map.of("decisionNumber", number,
        "decisionDate", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), VIETNAM).toString()));
  }

  private static Map<String, Object> siteVisit(String day, String extraTests, String report) {
    Map<String, Object> form = new HashMap<>(Map.of("siteVisitOn", day,
        "siteVisitFindings", "Cơ sở sạch, quy trình rõ / clean site, clear process",
        "siteVisitEvidence", "https://example.vn/anh-khao-sat.jpg", "extraTests", extraTests));
    if (report != null) {
      form.put("advisoryReport", report);
    }
    return form;
  }

  /** The round's timer is due at the start of its first day in Vietnam; the clock moves there and it fires. */
  private void openRound(ProcessInstance level, LocalDate opens) {
    assertThat(level).isWaitingAt(ROUND_OPENS);
    Job round = engine.getManagementService().createJobQuery().processInstanceId(level.getId()).timers().singleResult();
    assertThat(round.getDuedate()).isEqualTo(Date.from(opens.atStartOfDay(VIETNAM).toInstant()));
    ClockUtil.setCurrentTime(round.getDuedate());
    engine.getManagementService().executeJob(round.getId());
  }

  private static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant()));
  }

  private ProcessInstance forwardedInHaTinh(String product) {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, product));
    dossiers.forward(dossier);
    assertThat(dossier).isWaitingAt(EVALUATE_AT_DISTRICT);
    return dossier;
  }

  /** The plain text of the one mail of this notice the producer received about this dossier. */
  private String producerMail(ProcessInstance dossier, Notice notice) {
    return mailTo("htx@example.vn", dossier.getBusinessKey(), notice);
  }

}
