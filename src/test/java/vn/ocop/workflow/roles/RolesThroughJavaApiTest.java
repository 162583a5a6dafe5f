package vn.ocop.workflow.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;

/** The same rules through the engine's Java API, and the separation of duties on councils. */
class RolesThroughJavaApiTest extends ProcessTestBase {

  private ProcessInstance phucTrach;
  private ProcessInstance dienChau;

  @BeforeEach
  void twoDossiers() {
    String run = Long.toString(System.nanoTime(), 36);
    phucTrach = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Java Phúc Trạch " + run));
    dienChau = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "Java Diễn Châu " + run));
  }

  @AfterEach
  void noAuthenticationLeftBehind() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aCommuneOfficerNeitherSeesNorWorksAnotherCommunesDossier() {
    Task other = dossiers.openTask(dienChau, EvaluationProcess.Elements.CHECK_DOSSIER);

    assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getTaskService().createTaskQuery().taskId(other.getId()).count()))
        .isZero();
    assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(dienChau.getId()).count())).isZero();
    assertThatThrownBy(() -> dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getRuntimeService().getVariables(dienChau.getId())))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> dossiers.as(PHUC_TRACH_OFFICER, () -> {
      engine.getTaskService().complete(other.getId(), Map.of("communeDecision", "reject", "decisionReason", "x"));
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getRuntimeService().getVariable(phucTrach.getId(), "communeCode")))
        .isEqualTo(PHUC_TRACH);
  }

  @Test
  void aNewMemberOfACommuneWorksItsDossiersAtOnceAndLosesThemWhenRemoved() {
    String newcomer = "officer-new-" + Long.toString(System.nanoTime(), 36);
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser(newcomer));
    Task check = dossiers.openTask(phucTrach, EvaluationProcess.Elements.CHECK_DOSSIER);
    engine.getIdentityService().createMembership(newcomer, "commune-18547-officers");

    assertThat(dossiers.as(newcomer, () -> engine.getTaskService().createTaskQuery().taskId(check.getId()).count())).isOne();
    engine.getIdentityService().deleteMembership(newcomer, "commune-18547-officers");
    assertThat(dossiers.as(newcomer, () -> engine.getTaskService().createTaskQuery().taskId(check.getId()).count())).isZero();
  }

  @Test
  void anAuditorCompletesChangesDeletesAndDeploysNothing() {
    Task check = dossiers.openTask(phucTrach, EvaluationProcess.Elements.CHECK_DOSSIER);

    assertThat(dossiers.as("auditor", () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(java.util.Set.of(phucTrach.getId(), dienChau.getId())).count())).isEqualTo(2);
    assertThat(dossiers.as("auditor", () -> engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(phucTrach.getId()).count())).isOne();

    assertThatThrownBy(() -> dossiers.as("auditor", () -> {
      engine.getTaskService().complete(check.getId(), Map.of("communeDecision", "forward"));
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> dossiers.as("auditor", () -> {
      engine.getRuntimeService().setVariable(phucTrach.getId(), "productName", "changed");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> dossiers.as("auditor", () -> {
      engine.getRuntimeService().deleteProcessInstance(phucTrach.getId(), "auditor");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> dossiers.as("auditor", () -> engine.getRepositoryService().createDeployment()
        .addString("probe.bpmn", "<definitions/>").deploy())).isInstanceOf(AuthorizationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {PHUC_TRACH_OFFICER, DIEN_CHAU_OFFICER, "council-444-1", "council-42-2", "auditor"})
  void everyFilterListsOnlyTasksItsUserCanOpen(String user) {
    ProcessInstance atDistrict = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Lọc " + user + System.nanoTime()));
    dossiers.forward(atDistrict);
    dossiers.convene(atDistrict);

    List<Filter> filters = dossiers.as(user, () -> engine.getFilterService().createFilterQuery().list());
    for (Filter filter : filters) {
      List<Task> tasks = dossiers.as(user, () -> engine.getFilterService().list(filter.getId()));
      for (Task task : tasks) {
        assertThat(dossiers.as(user, () -> engine.getTaskService().getVariables(task.getId())))
            .as(user + " opens " + task.getName() + " listed in " + filter.getName()).isNotEmpty();
      }
    }
    if (!user.equals("auditor")) {
      assertThat(filters).as(user + " sees its role's filters").isNotEmpty();
    }
  }

  // --- separation of duties ---

  @Test
  void nobodyScoresTheSameDossierAtTwoLevels() {
    engine.getIdentityService().createMembership("council-444-1", "province-42-council");
    try {
      dossiers.forward(phucTrach);
      dossiers.scores(phucTrach, 75, 75, 75);
      ProcessInstance province = dossiers.convene(phucTrach);

      assertThat(engine.getRuntimeService().getVariable(province.getId(), "councilMembers"))
          .isEqualTo(List.of("council-42-1", "council-42-2", "council-42-3"));
      assertThat(engine.getRuntimeService().getVariable(province.getId(), "excludedMembers")).isEqualTo(Map.of(
          "council-444-1", "council-444-1 đã chấm hồ sơ này ở hội đồng district / already scored this dossier at the district council"));

      // Even handed a province sheet, the district scorer cannot submit it: the server says why.
      Task sheet = dossiers.memberTasks(province).get(0);
      engine.getTaskService().setAssignee(sheet.getId(), "council-444-1");
      assertThatThrownBy(() -> dossiers.as("council-444-1", () -> {
        engine.getTaskService().complete(sheet.getId(), ScoreSheets.totalling(catalogue.require("fresh-produce"), 99, true));
        return null;
      })).hasMessageContaining("this score sheet belongs to council-42-1; council-444-1 may not submit it");
    } finally {
      engine.getIdentityService().deleteMembership("council-444-1", "province-42-council");
    }
  }

  @Test
  void theRegisteringOfficerDoesNotScoreTheirDossier() {
    engine.getIdentityService().createMembership(PHUC_TRACH_OFFICER, "district-444-council");
    try {
      dossiers.forward(phucTrach);
      ProcessInstance district = dossiers.convene(phucTrach);

      assertThat(engine.getRuntimeService().getVariable(district.getId(), "councilMembers"))
          .isEqualTo(List.of("council-444-1", "council-444-2", "council-444-3"));
      assertThat(engine.getRuntimeService().getVariable(district.getId(), "excludedMembers"))
          .isEqualTo(Map.of(PHUC_TRACH_OFFICER, "officer-18547 đã đăng ký hồ sơ này / registered this dossier"));
    } finally {
      engine.getIdentityService().deleteMembership(PHUC_TRACH_OFFICER, "district-444-council");
    }
  }

  @Test
  void aMemberSubmitsOnlyTheirOwnSheet() {
    dossiers.forward(phucTrach);
    List<Task> sheets = dossiers.memberTasks(dossiers.convene(phucTrach));
    Map<String, Object> scores = ScoreSheets.totalling(catalogue.require("fresh-produce"), 70, true);

    assertThatThrownBy(() -> dossiers.as("council-444-2", () -> {
      engine.getTaskService().complete(sheets.get(0).getId(), scores);
      return null;
    })).isInstanceOf(AuthorizationException.class).hasMessageContaining("council-444-2")
        .hasMessageContaining(sheets.get(0).getId());
    dossiers.as("council-444-1", () -> {
      engine.getTaskService().complete(sheets.get(0).getId(), scores);
      return null;
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId(sheets.get(0).getId()).count()).isZero();
  }
}
