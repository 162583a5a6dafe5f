package vn.ocop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.criteria.Level;
import vn.ocop.workflow.criteria.Requirement;
import vn.ocop.workflow.vocabulary.ScoreSheet;
import vn.ocop.workflow.documents.TestFiles;
import vn.ocop.workflow.testing.Dossiers;

/**
 * A commune officer registers a product and forwards its dossier through the real Camunda Tasklist in
 * headless Chromium, and the engine shows the dossier waiting for the district council.
 *
 * <p>Uses Debian's chromium and chromedriver; never downloads a browser or driver (Selenium Manager is
 * bypassed). Without them the test is skipped. On failure the screenshot and page source are saved in
 * {@code target/browser/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path ARTIFACTS = Path.of("target", "browser");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final String OFFICER = "officer-18547";
  /** The demo producer of Phuc Trach (producers/DemoProducer). */
  private static final String PRODUCER = "producer-0912345678";
  private static final String PASSWORD = "demo";
  private static final String COMMUNE_CODE = "18547";
  private static final String COMMUNE_NAME = "Xã Phúc Trạch";
  private static final String PROCESS_NAME = "OCOP product evaluation";
  private static final String COMMUNE_DOSSIERS_FILTER = "Hồ sơ của xã / Commune dossiers";
  private static final String DOSSIER_CODE = "42-444-18547-1-\\d{4}-\\d{3}";
  private static final By USERNAME = By.cssSelector("input[ng-model='username']");

  @LocalServerPort
  private int port;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private CriteriaCatalogues catalogues;
  @Autowired
  private JdbcTemplate jdbc;

  private Path profileDir;
  private WebDriver driver;
  private WebDriverWait wait;

  /**
   * The browser check comes first, so a machine without Debian's chromium/chromedriver reports the test as
   * skipped (not passed, and never downloads a browser).
   */
  @BeforeEach
  void startBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "Chromium not found at " + CHROMIUM + " (apt-get install chromium): browser test skipped");
    assumeTrue(Files.isExecutable(CHROMEDRIVER),
        "chromedriver not found at " + CHROMEDRIVER + " (apt-get install chromium-driver): browser test skipped");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profileDir = Files.createTempDirectory("tasklist-browser-it");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profileDir);
    driver = new ChromeDriver(options);
    wait = new WebDriverWait(driver, TIMEOUT);
    // Angular and form-js re-render elements while the test looks at them.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void quitBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profileDir != null) {
      try (Stream<Path> files = Files.walk(profileDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void officerRegistersProductAndForwardsDossierInTasklist() {
    String product = "Bưởi Phúc Trạch IT " + UUID.randomUUID().toString().substring(0, 8);
    String producer = "Hợp tác xã " + product;

    step("log-in", this::logIn);
    step("start-registration", () -> startRegistration(producer, product));
    step("complete-commune-check", () -> completeCommuneCheck(product));
    step("check-engine", () -> assertDossierWaitsForDistrict(producer, product));
  }

  @Test
  void officerUploadsALabelPhotoInTheDocumentsTabAndOpensItInANewTab() throws IOException {
    ProcessInstance dossier = new Dossiers(engine, catalogues).register(OFFICER, Dossiers.registration(COMMUNE_CODE,
        "Bưởi tài liệu IT " + UUID.randomUUID().toString().substring(0, 8)));
    String taskId = taskService.createTaskQuery().processInstanceId(dossier.getId()).singleResult().getId();
    Path photo = Files.createTempDirectory("ocop-upload").resolve("nhãn bưởi.png");
    Files.write(photo, TestFiles.png());

    step("log-in", this::logIn);
    step("documents-tab", () -> {
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId
          + "&detailsTab=ocop-documents");
      wait.until(visibilityOfElementLocated(By.cssSelector("#ocop-documents li.ocop-missing[data-type='label-photos']")));
      new Select(driver.findElement(By.cssSelector("#ocop-documents select[name=type]"))).selectByValue("label-photos");
      driver.findElement(By.cssSelector("#ocop-documents input[type=file]")).sendKeys(photo.toString());
      click(By.cssSelector("#ocop-documents button.ocop-upload"));
      wait.until(visibilityOfElementLocated(By.cssSelector("#ocop-documents li.ocop-present[data-type='label-photos']")));
      assertThat(driver.findElement(By.cssSelector("#ocop-documents a.ocop-document-open")).getText())
          .isEqualTo("nhãn bưởi.png");
      keep("documents-tab");
    });
    step("open-document", () -> {
      String tasklist = driver.getWindowHandle();
      click(By.cssSelector("#ocop-documents a.ocop-document-open"));
      wait.until(d -> d.getWindowHandles().size() == 2);
      driver.switchTo().window(driver.getWindowHandles().stream().filter(handle -> !handle.equals(tasklist))
          .findFirst().orElseThrow());
      wait.until(d -> d.getCurrentUrl().endsWith("/content"));
      wait.until(presenceOfElementLocated(By.tagName("img")));
      driver.close();
      driver.switchTo().window(tasklist);
    });
    assertThat(jdbc.queryForList("SELECT action FROM ocop_document_event WHERE dossier_code = ? ORDER BY occurred_at",
        String.class, dossier.getBusinessKey())).containsExactly("upload", "download");
  }

  /**
   * A producer registers and documents their product in Vietnamese Tasklist; the commune officer sees the
   * documents and forwards the dossier; a council member opens one from the score task.
   */
  @Test
  void aProducerRegistersAndDocumentsAProductAndACouncilMemberOpensItsDocumentWhileScoring() throws IOException {
    String product = "Bưởi chủ thể IT " + UUID.randomUUID().toString().substring(0, 8);
    Path files = Files.createTempDirectory("ocop-producer-upload");
    Path photo = Files.write(files.resolve("nhãn.png"), TestFiles.png());
    Path report = Files.write(files.resolve("phiếu kiểm nghiệm.pdf"), TestFiles.pdf(2048));

    step("producer-registers", () -> {
      logIn(PRODUCER, "/camunda/app/tasklist/");
      inVietnamese();
      wait.until(visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
      startRegistration("Hợp tác xã " + product, product);
    });
    ProcessInstance dossier = runtimeService.createProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY)
        .variableValueEquals("productName", product).singleResult();
    assertThat(runtimeService.getVariable(dossier.getId(), "producerAccount")).isEqualTo(PRODUCER);
    step("producer-uploads", () -> {
      click(By.cssSelector("a.ocop-producer-link"));
      click(By.cssSelector("#ocop-producer-dossiers a.ocop-producer-open-documents[data-code='" + dossier.getBusinessKey() + "']"));
      upload("label-photos", photo);
      upload("test-results", report);
      keep("producer-documents");
    });
    step("officer-sees-and-forwards", () -> {
      driver.manage().deleteAllCookies();
      logIn();
      String check = taskService.createTaskQuery().processInstanceId(dossier.getId()).singleResult().getId();
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + check + "&detailsTab=ocop-documents");
      wait.until(d -> d.findElements(By.cssSelector("#ocop-documents a.ocop-document-open")).size() == 2);
      keep("officer-documents");
      // Back to the form tab, which Tasklist otherwise keeps on Documents for the next task opened.
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + check
          + "&detailsTab=task-detail-form");
      completeCommuneCheck(product);
    });
    Dossiers dossiers = new Dossiers(engine, catalogues);
    org.camunda.bpm.engine.task.Task sheet = dossiers.memberTasks(dossiers.convene(dossier)).get(0);
    step("council-member-opens-a-document", () -> {
      driver.manage().deleteAllCookies();
      logIn(sheet.getAssignee(), "/camunda/app/tasklist/");
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + sheet.getId()
          + "&detailsTab=ocop-documents");
      String tasklist = driver.getWindowHandle();
      click(By.cssSelector("#ocop-documents a.ocop-document-open[data-type='test-results']"));
      wait.until(d -> d.getWindowHandles().size() == 2);
      driver.switchTo().window(driver.getWindowHandles().stream().filter(handle -> !handle.equals(tasklist))
          .findFirst().orElseThrow());
      wait.until(d -> d.getCurrentUrl().endsWith("/content"));
      driver.close();
      driver.switchTo().window(tasklist);
    });
    assertThat(jdbc.queryForList("SELECT user_id FROM ocop_document_event WHERE dossier_code = ? AND action = 'download'",
        String.class, dossier.getBusinessKey())).containsExactly(sheet.getAssignee());
  }

  /** Chooses Vietnamese with the footer's switch (kept in the browser) and checks that only vi.json is loaded. */
  private void inVietnamese() {
    ((JavascriptExecutor) driver).executeScript("window.localStorage.setItem('ocop.language', 'vi')");
    driver.navigate().refresh();
    wait.until(d -> !((List<?>) ((JavascriptExecutor) d).executeScript("return performance.getEntriesByType('resource')"
        + ".map(e => e.name).filter(n => n.includes('/locales/'))")).isEmpty());
    assertThat((List<?>) ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
        + ".map(e => e.name).filter(n => n.includes('/locales/'))"))
        .allMatch(name -> name.toString().contains("/locales/vi.json"));
  }

  /** Uploads a file as a type in the open documents view and waits until the type is no longer missing. */
  private void upload(String type, Path file) {
    new Select(wait.until(visibilityOfElementLocated(By.cssSelector("#ocop-documents select[name=type]"))))
        .selectByValue(type);
    driver.findElement(By.cssSelector("#ocop-documents input[type=file]")).sendKeys(file.toString());
    click(By.cssSelector("#ocop-documents button.ocop-upload"));
    wait.until(presenceOfElementLocated(By.cssSelector("#ocop-documents a.ocop-document-open[data-type='" + type + "']")));
  }

  @Test
  void dossierTextIsShownAsTextInTasklistAndCockpit() {
    Map<String, Object> vars = Dossiers.registration(COMMUNE_CODE, "<img src=x onerror=\"window.ocopXss='product'\"> "
        + UUID.randomUUID().toString().substring(0, 8));
    vars.put("producerName", "<script>window.ocopXss='producer'</script>");
    vars.put("description", "**Mô tả** <img src=x onerror=\"window.ocopXss='description'\"> <a href=\"javascript:window.ocopXss='link'\">x</a>");
    ProcessInstance dossier = new Dossiers(engine, catalogues).register(OFFICER, vars);
    String taskId = taskService.createTaskQuery().processInstanceId(dossier.getId()).singleResult().getId();

    step("tasklist-list", () -> {
      logIn(OFFICER, "/camunda/app/tasklist/");
      openCommuneDossiers();
      wait.until(visibilityOfElementLocated(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., 'onerror')]")));
      assertNothingInjected();
    });
    step("tasklist-form", () -> {
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
      wait.until(visibilityOfElementLocated(radioLabel("Chuyển cấp trên / Forward")));
      assertThat(driver.findElement(By.cssSelector("[id$='-Shown_producerName']")).getDomProperty("value"))
          .isEqualTo("<script>window.ocopXss='producer'</script>");
      assertNothingInjected();
    });
    step("cockpit-variables", () -> {
      driver.manage().deleteAllCookies();
      logIn("auditor", "/camunda/app/cockpit/");
      driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + dossier.getId()
          + "/runtime?tab=variables-tab");
      wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), 'window.ocopXss')]")));
      assertNothingInjected();
    });
  }

  /**
   * A Vietnamese page shows its dates in Vietnamese. Camunda also loaded the English fallback file, whose date
   * locale, when it arrived last, turned "vài giây trước" into "a few seconds ago"; now only vi.json is loaded.
   */
  @Test
  void aVietnamesePageShowsItsDatesInVietnamese() {
    String product = "Ngày tháng " + UUID.randomUUID().toString().substring(0, 8);
    new Dossiers(engine, catalogues).register(OFFICER, Dossiers.registration(COMMUNE_CODE, product));

    step("tasklist-dates", () -> {
      logIn(OFFICER, "/camunda/app/tasklist/");
      inVietnamese();
      openCommuneDossiers();
      WebElement created = wait.until(visibilityOfElementLocated(By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4/a["
          + "contains(., " + xpathText(product) + ")]]//span[contains(@class,'creation-date')]/span")));
      assertThat(created.getText()).contains("trước").doesNotContain("ago");
      assertThat(created.getDomAttribute("uib-tooltip")).contains("tháng").contains("năm");
    });
  }

  /** Cockpit has no migration view in the Community Edition: the administrator's page does a dry run in it. */
  @Test
  void administratorDryRunsAMigrationFromCockpitsPage() {
    ProcessInstance dossier = new Dossiers(engine, catalogues).register(OFFICER,
        Dossiers.registration(COMMUNE_CODE, "Chuyển phiên bản " + UUID.randomUUID().toString().substring(0, 8)));
    int version = engine.getRepositoryService().getProcessDefinition(dossier.getProcessDefinitionId()).getVersion();

    step("cockpit-migration", () -> {
      logIn("admin", "/camunda/app/cockpit/");
      click(By.xpath("//a[normalize-space()='Chuyển phiên bản / Migrate']"));
      wait.until(visibilityOfElementLocated(By.cssSelector("#ocop-migration-form select[name='from'] option")));
      new Select(driver.findElement(By.cssSelector("select[name='from']"))).selectByValue(String.valueOf(version));
      new Select(driver.findElement(By.cssSelector("select[name='to']"))).selectByValue(String.valueOf(version));
      click(By.cssSelector("#ocop-migration-form button[type='submit']"));
      // The same version on both sides is refused, and the refusal is shown in words.
      wait.until(visibilityOfElementLocated(By.xpath("//*[@id='ocop-migration-result']"
          + "//*[contains(., 'to: phải khác phiên bản nguồn / must differ from the version migrated from')]")));
      assertThat(driver.findElement(By.id("ocop-migrate")).getDomAttribute("disabled")).isNotNull();
    });
  }

  /**
   * Cockpit shows no history in the Community Edition: the auditor finds a finished dossier by its code on
   * the "Hồ sơ / Dossiers" page, reads each council member's scores and sees the path on the diagram, and
   * the dashboard draws the programme's charts. Screenshots of each are kept in target/browser/ for a
   * person to look at.
   */
  @Test
  void auditorFindsAFinishedDossierByItsCodeAndReadsItsHistoryInCockpit() {
    Dossiers dossiers = new Dossiers(engine, catalogues);
    ProcessInstance dossier = dossiers.register(OFFICER, Dossiers.registration(COMMUNE_CODE,
        "Bưởi kiểm toán " + UUID.randomUUID().toString().substring(0, 8)));
    dossiers.forward(dossier);
    dossiers.scores(dossier, 60, 61, 62);
    String code = dossier.getBusinessKey();

    step("cockpit-audit-search", () -> {
      logIn("auditor", "/camunda/app/cockpit/");
      click(By.xpath("//a[normalize-space()='Hồ sơ / Dossiers']"));
      wait.until(visibilityOfElementLocated(By.cssSelector("#ocop-audit-search input[name='code']"))).sendKeys(code);
      click(By.cssSelector("#ocop-audit-search button[type='submit']"));
      wait.until(visibilityOfElementLocated(By.xpath("//*[@id='ocop-audit-count'][starts-with(normalize-space(), '1 hồ sơ')]")));
      assertThat(driver.findElement(By.id("ocop-audit-dossiers")).getText()).contains(code, "Được công nhận / Certified 3★");
      keep("audit-search");
    });
    step("cockpit-audit-record", () -> {
      click(By.linkText(code));
      // Cockpit's page scrolls inside its own container: what is below the fold is present, not "visible".
      WebElement firstSheet = wait.until(presenceOfElementLocated(By.xpath("//*[@id='ocop-audit-councils']"
          + "//td[normalize-space()='council-444-1']/following-sibling::td[1][normalize-space()='60']")));
      assertThat(driver.findElement(By.id("ocop-audit-steps")).getDomProperty("textContent"))
          .contains("Kiểm tra hồ sơ / Check dossier: Bưởi kiểm toán").doesNotContain("${");
      wait.until(presenceOfElementLocated(By.cssSelector("#ocop-audit-diagrams svg [data-element='check-dossier'].passed")));
      assertThat(driver.findElements(By.cssSelector("#ocop-audit-diagrams svg [data-element='dossier-rejected'].passed")))
          .as("a step the dossier did not pass is not highlighted").isEmpty();
      keep("audit-record");
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", firstSheet);
      keep("audit-record-scores");
    });
    step("cockpit-overview-dashboard", () -> {
      driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
      for (String chart : List.of("stages", "certificates", "outcomes", "durations")) {
        wait.until(presenceOfElementLocated(By.cssSelector("#ocop-overview-" + chart + " svg.frappe-chart")));
      }
      // The certificate just issued stands as a bar; the charts grow their bars in, so the picture waits for one.
      wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return Array.from(document.querySelectorAll("
          + "'#ocop-overview-certificates svg rect.bar')).some(bar => Number(bar.getAttribute('height')) > 20)"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})",
          driver.findElement(By.id("ocop-overview-certificates")));
      keep("audit-dashboard");
    });
  }

  @Test
  void councilMemberPicksEveryLevelFromListsInTheGeneratedScoreForm() {
    Dossiers dossiers = new Dossiers(engine, catalogues);
    String product = "Bưởi chấm điểm IT " + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance dossier = dossiers.register(OFFICER, Dossiers.registration(COMMUNE_CODE, product));
    dossiers.forward(dossier);
    ProcessInstance council = dossiers.convene(dossier);
    org.camunda.bpm.engine.task.Task sheet = dossiers.memberTasks(council).get(0);
    CriteriaSet set = catalogues.ofDefinition(council.getProcessDefinitionId()).require("fresh-produce");

    step("open-score-form", () -> {
      logIn(sheet.getAssignee(), "/camunda/app/tasklist/");
      // The member opens the link of the new-work mail (written for port 8080; this server runs elsewhere).
      driver.get(newWorkLink(sheet.getAssignee(), dossier.getBusinessKey()).replace("localhost:8080", "localhost:" + port));
      wait.until(visibilityOfElementLocated(By.xpath("//*[contains(@class,'task-details')]//*[contains(normalize-space(), "
          + xpathText(product) + ")]")));
      wait.until(visibilityOfElementLocated(radioLabel("Chấm điểm / Score")));
      assertThat(driver.findElement(By.cssSelector("[id$='-Shown_productName']")).getDomProperty("value"))
          .isEqualTo(product);
      assertNoNumberField();
    });
    step("choose-levels", () -> {
      chooseRadio("Chấm điểm / Score");
      for (Criterion criterion : set.criteria()) {
        click(By.cssSelector("[id$='-Field_" + criterion.code() + "-display']"));
        List<String> offered = wait.until(d -> {
          List<String> items = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
              .map(WebElement::getText).map(String::trim).toList();
          return items.isEmpty() ? null : items;
        });
        assertThat(offered).as(criterion.code()).containsExactlyElementsOf(
            criterion.levels().stream().map(Level::label).toList());
        Level highest = criterion.levels().get(criterion.levels().size() - 1);
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + xpathText(highest.label()) + "]"));
      }
      set.requirements().forEach(r -> click(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
          + "[normalize-space()=" + xpathText(r.label()) + "]")));
      // The running totals add up what was chosen: every criterion at its highest level.
      wait.until(visibilityOfElementLocated(By.xpath("//*[normalize-space()='Tổng phần A / Part A total: 40 / 40']")));
      wait.until(visibilityOfElementLocated(By.xpath("//*[normalize-space()='Tổng điểm / Total: 100 / 100']")));
      saveArtifacts("score-form-filled");
      click(By.cssSelector("button[ng-click='complete()']"));
      wait.until(d -> historyService.createHistoricTaskInstanceQuery().taskId(sheet.getId()).finished().count() == 1);
    });
    step("check-sheet", () -> {
      ScoreSheet recorded = (ScoreSheet) runtimeService.getVariable(council.getId(), "scoreSheet_" + sheet.getAssignee());
      assertThat(recorded.total()).isEqualTo(100);
      assertThat(recorded.scores()).hasSize(set.criteria().size());
      assertThat(recorded.requirementsMet()).containsOnlyKeys(set.requirements().stream().map(Requirement::code).toList())
          .allSatisfy((code, met) -> assertThat(met).isTrue());
    });
  }

  /**
   * Tasklist's number field turned a typed "0.5" into 5 and "1e1" into 11; no form has one left (scores
   * are chosen from lists), and each form the officials use is checked as rendered.
   */
  private void assertNoNumberField() {
    assertThat(driver.findElements(By.cssSelector("input[type='number'], .fjs-form-field-number"))).as("number fields").isEmpty();
  }

  /** The Tasklist link in the new-work mail queued for an official about a dossier. */
  private String newWorkLink(String official, String dossierCode) {
    String text = jdbc.queryForObject("SELECT text_body FROM ocop_mail WHERE notice = 'NEW_WORK' AND recipient = ?"
        + " AND dossier_code = ?", String.class, official + "@demo.ocop.local", dossierCode);
    Matcher link = Pattern.compile("http://\\S+#/\\?task=\\S+").matcher(text);
    assertThat(link.find()).as("a Tasklist link in " + text).isTrue();
    return link.group();
  }

  /** A string as an XPath literal, whatever quotes it holds. */
  private static String xpathText(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  /** No payload ran (it would set window.ocopXss) and no injected image or script link exists. */
  private void assertNothingInjected() {
    assertThat(((JavascriptExecutor) driver).executeScript("return window.ocopXss === undefined")).isEqualTo(true);
    assertThat(driver.findElements(By.cssSelector("img[src='x'], a[href^='javascript:window.ocopXss']"))).isEmpty();
  }

  private void logIn() {
    logIn(OFFICER, "/camunda/app/tasklist/");
    // The navbar's "Start process" action appears once the login has gone through.
    wait.until(visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
  }

  private void logIn(String user, String app) {
    driver.get("http://localhost:" + port + app);
    wait.until(visibilityOfElementLocated(USERNAME));
    // The webapp can render its login view again while it starts (seen once in CI, on a loaded machine): what was
    // typed is gone and the browser's `required` check keeps the empty form from being sent. So a form found
    // empty is filled and sent again, until it goes away, which is when the webapp has accepted the user.
    wait.until(d -> {
      List<WebElement> names = d.findElements(USERNAME);
      if (names.isEmpty() || !names.get(0).isDisplayed()) {
        return true;
      }
      for (WebElement refusal : d.findElements(By.cssSelector("[notifications-panel] .alert-danger"))) {
        // Read while the alert fades in, when the visible text is only its close button.
        String reason = refusal.getAttribute("textContent").replace("×", " ").replaceAll("\\s+", " ").strip();
        if (!reason.isEmpty()) {
          throw new AssertionError("the login of " + user + " was refused: " + reason);
        }
      }
      WebElement name = names.get(0);
      WebElement password = d.findElement(By.cssSelector("input[ng-model='password']"));
      if (name.getAttribute("value").isEmpty() || password.getAttribute("value").isEmpty()) {
        name.clear();
        name.sendKeys(user);
        password.clear();
        password.sendKeys(PASSWORD);
        d.findElement(By.cssSelector("button[type='submit']")).click();
      }
      return false;
    });
  }

  private void startRegistration(String producer, String product) {
    click(By.cssSelector(".start-process-action a"));
    click(By.xpath("//ul[contains(@class,'processes')]//a[contains(normalize-space(), '" + PROCESS_NAME + "')]"));
    // The start form is rendered by form-js after the dialog has fetched the deployed form.
    wait.until(visibilityOfElementLocated(formField("producerName")));
    assertNoNumberField();

    type("producerName", producer);
    chooseRadio("Hợp tác xã / Cooperative");
    type("producerEmail", "htx.phuctrach@example.vn");
    type("producerPhone", "0912345678");
    // communeCode stays empty: the server takes the officer's own commune.
    type("productName", product);
    choose("productGroup", "Thực phẩm / Food");
    choose("criteriaSet", "Rau, củ, quả, hạt tươi / Fresh vegetables, tubers, fruit and nuts");
    chooseRadio("Sản phẩm đã có / Existing product");
    type("description", "Bưởi đặc sản vùng Hương Khê / pomelo from Huong Khe");
    type("businessPlan", "Mở rộng vùng trồng lên 20 ha / expand the orchards to 20 ha");
    type("evidenceLinks", "https://example.vn/ho-so/buoi-phuc-trach");

    click(By.cssSelector(".modal button[ng-click='startProcessInstance()']"));
    // The dialog closes only after the engine has accepted the start.
    wait.until(invisibilityOfElementLocated(By.cssSelector(".modal")));
  }

  private void completeCommuneCheck(String product) {
    openCommuneDossiers();
    By task = By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[normalize-space()='Kiểm tra hồ sơ / Check dossier: "
        + product + " (" + COMMUNE_NAME + ")']");
    assertCardShowsTheWholeDossierCode(task);
    click(task);

    By claim = By.cssSelector("button.claim");
    // The task form and the Claim button load with the task details.
    wait.until(visibilityOfElementLocated(radioLabel("Chuyển cấp trên / Forward")));
    if (!driver.findElements(claim).isEmpty()) {
      click(claim);
      // Once claimed, Tasklist shows the officer as assignee (with an Unclaim button) and re-renders the form.
      wait.until(visibilityOfElementLocated(By.cssSelector("button.unclaim")));
    }
    chooseRadio("Chuyển cấp trên / Forward");
    assertNoNumberField();
    click(By.cssSelector("button[ng-click='complete()']"));
    // The list can drop the task before the completion is committed: ask the engine instead.
    wait.until(d -> historyService.createHistoricTaskInstanceQuery()
        .taskDefinitionKey(EvaluationProcess.Elements.CHECK_DOSSIER)
        .processVariableValueEquals("productName", product)
        .finished().count() == 1);
  }

  /**
   * The folded card shows the dossier code whole (not "42-444-18547-1-2026-0…"), above the fade-out at its
   * foot, and no priority: every task has the default 50, which tells officials nothing.
   */
  private void assertCardShowsTheWholeDossierCode(By task) {
    WebElement card = wait.until(visibilityOfElementLocated(task)).findElement(By.xpath("./ancestor::li[1]"));
    WebElement code = wait.until(d -> card.findElements(By.cssSelector(".variable-value")).stream().findFirst().orElse(null));
    assertThat(code.getText()).matches(DOSSIER_CODE);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertThat(js.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth", code))
        .as("code not cut").isEqualTo(true);
    assertThat(js.executeScript("const details = arguments[0].closest('.task-card-details').getBoundingClientRect();"
        + " return arguments[0].getBoundingClientRect().bottom <= details.bottom - 30", code))
        .as("code above the card's 30px fade-out").isEqualTo(true);
    assertThat(card.findElements(By.cssSelector(".priority"))).noneMatch(WebElement::isDisplayed);
    keep("task-card");
  }

  private void openCommuneDossiers() {
    click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(), '"
        + COMMUNE_DOSSIERS_FILTER + "')]"));
  }

  private void assertDossierWaitsForDistrict(String producer, String product) {
    ProcessInstance dossier = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(EvaluationProcess.KEY)
        .variableValueEquals("productName", product)
        .singleResult();
    assertThat(dossier).as("running dossier for %s", product).isNotNull();
    assertThat(dossier.getBusinessKey()).as("dossier code").matches(DOSSIER_CODE);

    assertThat(runtimeService.getVariables(dossier.getId()))
        .containsEntry("producerName", producer)
        .containsEntry("productName", product)
        .containsEntry("communeCode", COMMUNE_CODE)
        .containsEntry("communeDecision", "forward");
    assertThat(runtimeService.getActiveActivityIds(dossier.getId()))
        .contains(EvaluationProcess.Elements.EVALUATE_AT_DISTRICT);

    HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(dossier.getId()).singleResult();
    assertThat(started.getStartUserId()).as("registering officer").isEqualTo(OFFICER);
    HistoricTaskInstance check = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(dossier.getId())
        .taskDefinitionKey(EvaluationProcess.Elements.CHECK_DOSSIER)
        .finished()
        .singleResult();
    assertThat(check).as("completed commune check").isNotNull();
    assertThat(check.getAssignee()).as("officer who checked the dossier").isEqualTo(OFFICER);
    assertThat(taskService.createTaskQuery().processInstanceId(dossier.getId()).count())
        .as("open tasks of the dossier itself").isZero();
  }

  // --- form-js and Tasklist helpers ---

  /** form-js ids are "fjs-form-<random>-Field_<key>", so match on the end. */
  private static By formField(String key) {
    return By.cssSelector(".modal [id$='-Field_" + key + "']");
  }

  private static By radioLabel(String label) {
    return By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space()='" + label + "']");
  }

  private void type(String key, String value) {
    WebElement field = driver.findElement(formField(key));
    field.clear();
    field.sendKeys(value);
  }

  private void chooseRadio(String label) {
    click(radioLabel(label));
  }

  /** form-js selects are a display div that opens a list of options. */
  private void choose(String key, String label) {
    click(By.cssSelector(".modal [id$='-Field_" + key + "-display']"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
  }

  /**
   * Clicks once the element is clickable, centred first so Tasklist's fixed footer does not cover it;
   * retries while it is covered (closing dialog, notification) or re-rendered.
   */
  private void click(By locator) {
    wait.until(new ExpectedCondition<Boolean>() {
      @Override
      public Boolean apply(WebDriver d) {
        WebElement element = elementToBeClickable(locator).apply(d);
        if (element == null) {
          return false;
        }
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
          element.click();
          return true;
        } catch (ElementClickInterceptedException coveredForNow) {
          return false;
        }
      }

      @Override
      public String toString() {
        return "a click on " + locator;
      }
    });
  }

  /** Runs one step; on failure saves a screenshot and the page source and names them in the message. */
  private void step(String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      // Selenium appends build and session details to its messages; the cause keeps them.
      String reason = String.valueOf(e.getMessage()).split("\nBuild info:")[0];
      throw new AssertionError("Step '" + name + "' failed: " + reason + "\n" + saveArtifacts(name), e);
    }
  }

  /** Saves a screenshot of what the browser shows now, for a person to look at: target/browser/<name>.png. */
  private void keep(String name) {
    try {
      Files.createDirectories(ARTIFACTS);
      Files.write(ARTIFACTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String saveArtifacts(String name) {
    String base = "TasklistBrowserIT-" + name + "-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path screenshot = ARTIFACTS.resolve(base + ".png").toAbsolutePath();
    Path source = ARTIFACTS.resolve(base + ".html").toAbsolutePath();
    try {
      Files.createDirectories(ARTIFACTS);
      Files.write(screenshot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(source, driver.getPageSource());
      return "Screenshot: " + screenshot + "\nPage source: " + source;
    } catch (IOException | RuntimeException e) {
      return "Could not save screenshot/page source to " + ARTIFACTS.toAbsolutePath() + ": " + e;
    }
  }
}
