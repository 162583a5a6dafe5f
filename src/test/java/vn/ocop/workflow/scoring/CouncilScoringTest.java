package vn.ocop.workflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.inbox.TasklistFilters;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.Contract;
import vn.ocop.workflow.vocabulary.ScoreSheet;

/**
 * ocop-council-evaluation, called directly with its contract: parallel members, every value of a sheet
 * checked on the server, the minimum levels, disqualification, councils without members.
 */
class CouncilScoringTest extends ProcessTestBase {

  private static final String DISTRICT_COUNCIL = "district-444-council";
  private CriteriaSet fresh;

  @BeforeEach
  void freshProduce() {
    fresh = catalogue.require("fresh-produce");
  }

  @Test
  void theChairSeesWhichMembersHaveNotSubmittedWhileMembersSeeOnlyTheirOwnSheet() {
    ProcessInstance council = convened("Bưởi tiến độ");
    Filter progress = engine.getFilterService().createFilterQuery()
        .filterName(TasklistFilters.SCORING_PROGRESS).singleResult();
    List<Task> tasks = dossiers.memberTasks(council);

    assertThat(chairSees(progress, council)).containsExactly("council-444-1", "council-444-2", "council-444-3");
    assertThat(dossiers.as("council-444-2", () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(council.getId()).list())).extracting(Task::getAssignee).containsExactly("council-444-2");
    assertThatThrownBy(() -> dossiers.as("council-444-2", () -> engine.getFilterService().list(progress.getId())))
        .as("only the chair reads the progress filter").isInstanceOf(AuthorizationException.class);

    engine.getTaskService().complete(tasks.get(1).getId(), ScoreSheets.totalling(fresh, 80, true));

    assertThat(chairSees(progress, council)).containsExactly("council-444-1", "council-444-3");
  }

  /** The members whose sheets of this council the chair of district 444's council sees in the progress filter. */
  private List<String> chairSees(Filter progress, ProcessInstance council) {
    List<Task> listed = dossiers.as("council-444-1", () -> engine.getFilterService().list(progress.getId()));
    return listed.stream().filter(task -> task.getProcessInstanceId().equals(council.getId()))
        .map(Task::getAssignee).sorted().toList();
  }

  @Test
  void everyMemberGetsTheirOwnSheetWithTheSetsFormAndTheDossiersFacts() {
    ProcessInstance council = convened("Bưởi hội đồng");

    assertThat(council).hasPassed(CouncilEvaluationProcess.Elements.CONVENE_COUNCIL)
        .isWaitingAt(CouncilEvaluationProcess.Elements.SCORE_PRODUCT);
    assertThat(council).variables().containsEntry("councilMembers", List.of("council-444-1", "council-444-2", "council-444-3"));
    List<Task> tasks = dossiers.memberTasks(council);
    assertThat(tasks).extracting(Task::getAssignee).containsExactly("council-444-1", "council-444-2", "council-444-3");
    Map<String, Object> registered = registration("18547", "Bưởi hội đồng");
    for (Task task : tasks) {
      // a sheet is its member's alone: no candidate group, so colleagues neither see nor submit it
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
          .noneMatch(link -> "candidate".equals(link.getType()));
      assertThat(task.getName()).contains("Bưởi hội đồng").contains("Xã Phúc Trạch");
      assertThat(task.getDueDate()).isNotNull();
      assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey())
          .isEqualTo("score-product-fresh-produce");
      Map<String, Object> shown = engine.getTaskService().getVariables(task.getId());
      Contract.DOSSIER_FACTS.stream().map(fact -> fact.variable().name()).filter(registered::containsKey)
          .forEach(name -> assertThat(shown).as("fact " + name).containsEntry(name, registered.get(name)));
    }
  }

  @Test
  void parallelMembersSheetsStayApartAndAreRecordedPerMember() {
    ProcessInstance council = convened("Cam song song");
    List<Task> tasks = dossiers.memberTasks(council);

    engine.getFormService().submitTaskForm(tasks.get(0).getId(), ScoreSheets.totalling(fresh, 60, true));
    assertThat(engine.getTaskService().getVariable(tasks.get(1).getId(), "a1_origin"))
        .as("the second member's form is not prefilled by the first member's scores").isNull();
    engine.getTaskService().complete(tasks.get(1).getId(), ScoreSheets.totalling(fresh, 80, false));

    ScoreSheet first = (ScoreSheet) engine.getRuntimeService().getVariable(council.getId(), "scoreSheet_council-444-1");
    ScoreSheet second = (ScoreSheet) engine.getRuntimeService().getVariable(council.getId(), "scoreSheet_council-444-2");
    assertThat(first.total()).isEqualTo(60);
    assertThat(first.scores()).hasSize(fresh.criteria().size());
    assertThat(first.requirementsMet()).containsEntry("m3_story", true);
    assertThat(second.total()).isEqualTo(80);
    assertThat(second.requirementsMet()).containsEntry("m3_story", false);
    assertThat(engine.getRuntimeService().getVariable(council.getId(), "a1_origin"))
        .as("no loose score variable on the council").isNull();
  }

  @ParameterizedTest(name = "through {0}")
  @ValueSource(strings = {"the form", "the complete API"})
  void aScoreThatIsNotOneOfTheLevelsIsRefusedNamingTheCriterion(String channel) {
    assertRefused(channel, sheet -> sheet.put("a1_origin", 2L),
        "a1_origin (Nguồn gốc sản phẩm / Product origin): 2 không phải mức cho phép [1, 3, 5]"
            + " / is not one of the allowed levels [1, 3, 5]");
  }

  @ParameterizedTest(name = "through {0}")
  @ValueSource(strings = {"the form", "the complete API"})
  void aScoreAboveItsMaximumIsRefusedNamingTheCriterionAndNothingIsRecorded(String channel) {
    assertRefused(channel, sheet -> sheet.put("a1_origin", 6L),
        "a1_origin (Nguồn gốc sản phẩm / Product origin): 6 vượt quá điểm tối đa 5 / exceeds its maximum 5");
  }

  @ParameterizedTest(name = "through {0}")
  @ValueSource(strings = {"the form", "the complete API"})
  void aNegativeScoreIsRefused(String channel) {
    assertRefused(channel, sheet -> sheet.put("c_uniqueness", -1L), "c_uniqueness (Tính độc đáo / Uniqueness): -1 nhỏ hơn 0 / is below 0");
  }

  @ParameterizedTest(name = "through {0}")
  @ValueSource(strings = {"the form", "the complete API"})
  void aMissingCriterionIsRefused(String channel) {
    assertRefused(channel, sheet -> sheet.remove("b5_story"), "b5_story (Câu chuyện về sản phẩm / Product story): thiếu điểm / score is missing");
  }

  @Test
  void fractionsTextAndNonBooleanAnswersAreRefusedTogether() {
    assertRefused("the complete API", sheet -> {
      sheet.put("a1_linkage", 1.5);
      sheet.put("a1_capacity", "3");
      sheet.put("m3_story", "yes");
    }, "a1_linkage (Liên kết sản xuất / Production linkage): phải là số nguyên / must be a whole number",
        "a1_capacity (Công suất sản xuất / Production capacity): phải là số / must be a number",
        "m3_story");
  }

  @Test
  void aSheetMustSayWhetherItScores() {
    assertRefused("the complete API", sheet -> sheet.remove("scoringDecision"), "scoringDecision: bắt buộc / is required");
  }

  @Test
  void aMemberWhoDisqualifiesGivesALegalReasonAndNoScores() {
    assertRefused("the complete API", sheet -> sheet.put("scoringDecision", "disqualify"),
        "disqualificationReason: bắt buộc / is required",
        "a1_origin: không chấm điểm khi loại sản phẩm / no score is given for a product found not to be scored");
    assertRefused("the form", sheet -> {
      sheet.clear();
      sheet.putAll(ScoreSheets.disqualifying("rumours"));
    }, "disqualificationReason: 'rumours' không thuộc / is not one of [copy-of-another-product, declaration-or-label,"
        + " dossier-incomplete, food-safety-certificate, forged-dossier]");
  }

  @Test
  void whenMoreThanHalfDisqualifyNothingScoredIsKept() {
    ProcessInstance council = convened("Nem disqualified");
    List<Task> tasks = dossiers.memberTasks(council);
    engine.getTaskService().complete(tasks.get(0).getId(), ScoreSheets.disqualifying("food-safety-certificate"));
    engine.getTaskService().complete(tasks.get(1).getId(), ScoreSheets.totalling(fresh, 90, true));
    engine.getTaskService().complete(tasks.get(2).getId(), ScoreSheets.disqualifying("food-safety-certificate"));

    assertThat(council).isEnded().hasPassed(CouncilEvaluationProcess.Elements.PRODUCT_SCORED,
        CouncilEvaluationProcess.Elements.DECIDE_COUNCIL_OUTCOME).hasNotPassed(CouncilEvaluationProcess.Elements.RATE_STARS);
    assertThat(dossiers.variable(council, "disqualified")).isEqualTo(true);
    assertThat(dossiers.variable(council, "disqualificationReason")).isEqualTo("food-safety-certificate");
    assertThat(dossiers.variable(council, "councilOutcome")).isEqualTo("not-recognised");
    assertThat(dossiers.variable(council, "averageScore")).isNull();
    assertThat(dossiers.variable(council, "stars")).isNull();
  }

  @Test
  void aMinorityThatDisqualifiesIsLeftOutOfTheAverage() {
    ProcessInstance council = convened("Nem minority");
    List<Task> tasks = dossiers.memberTasks(council);
    engine.getTaskService().complete(tasks.get(0).getId(), ScoreSheets.disqualifying("dossier-incomplete"));
    engine.getTaskService().complete(tasks.get(1).getId(), ScoreSheets.totalling(fresh, 60, true));
    engine.getTaskService().complete(tasks.get(2).getId(), ScoreSheets.totalling(fresh, 65, true));

    assertThat(dossiers.variable(council, "disqualified")).isEqualTo(false);
    assertThat(dossiers.variable(council, "averageScore")).isEqualTo(62.5);
    assertThat(dossiers.variable(council, "stars")).isEqualTo(3);
  }

  /** Quality assurance: 3★ needs level 2, 4★ level 3, 5★ level 5 (fresh produce, Decision 148/2023). */
  @ParameterizedTest(name = "92 points, quality assurance {0}, {1}, {2} -> {3}★")
  @CsvSource({"5, 5, 5, 5", "5, 5, 3, 5", "5, 3, 3, 4", "3, 3, 3, 4", "2, 2, 5, 3", "1, 1, 5, 2"})
  void aCriterionBelowARanksMinimumHoldsTheStarsBelowThatRank(int first, int second, int third, int stars) {
    ProcessInstance council = convened("Bưởi minimum " + first + second + third);
    List<Task> tasks = dossiers.memberTasks(council);
    int[] levels = {first, second, third};
    for (int i = 0; i < 3; i++) {
      engine.getTaskService().complete(tasks.get(i).getId(),
          ScoreSheets.totalling(fresh, 92, true, Map.of("c_quality_assurance", levels[i])));
    }

    assertThat(dossiers.variable(council, "averageScore")).isEqualTo(92.0);
    assertThat(dossiers.variable(council, "rankAllowed")).isEqualTo(Math.max(2, stars));
    assertThat(dossiers.variable(council, "stars")).isEqualTo(stars);
    if (stars < 5) {
      assertThat((String) dossiers.variable(council, "unmetMinimums")).contains("c_quality_assurance");
    }
  }

  @Test
  void aCouncilWithoutMembersStopsWithAnIncidentUntilMembersAreAdded() {
    List<String> members = engine.getIdentityService().createUserQuery().memberOfGroup("district-447-council").list()
        .stream().map(u -> u.getId()).toList();
    members.forEach(m -> engine.getIdentityService().deleteMembership(m, "district-447-council"));
    try {
      ProcessInstance council = dossiers.councilFor("Ớt Kỳ Anh", "fresh-produce", "district", "district-447-council");
      Job convene = engine.getManagementService().createJobQuery().processInstanceId(council.getId()).singleResult();

      assertThatThrownBy(() -> engine.getManagementService().executeJob(convene.getId()))
          .hasMessageContaining("Council group 'district-447-council' has no member who may score dossier");
      engine.getManagementService().setJobRetries(convene.getId(), 0);
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(council.getId()).count()).isOne();

      members.forEach(m -> engine.getIdentityService().createMembership(m, "district-447-council"));
      engine.getManagementService().setJobRetries(convene.getId(), 1);
      engine.getManagementService().executeJob(convene.getId());
      assertThat(dossiers.memberTasks(council)).hasSize(3);
    } finally {
      members.forEach(m -> {
        if (engine.getIdentityService().createUserQuery().userId(m).memberOfGroup("district-447-council").count() == 0) {
          engine.getIdentityService().createMembership(m, "district-447-council");
        }
      });
    }
  }

  private void assertRefused(String channel, Consumer<Map<String, Object>> spoil, String... messages) {
    ProcessInstance council = convened("Sản phẩm " + channel + " " + String.join("", messages).hashCode());
    Task task = dossiers.memberTasks(council).get(0);
    Map<String, Object> sheet = new HashMap<>(ScoreSheets.totalling(fresh, 70, true));
    spoil.accept(sheet);
    BiConsumer<String, Map<String, Object>> submit = channel.equals("the form")
        ? engine.getFormService()::submitTaskForm
        : engine.getTaskService()::complete;

    assertThatThrownBy(() -> submit.accept(task.getId(), sheet))
        .satisfies(e -> assertThat(e.getMessage()).contains(messages));

    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    assertThat(engine.getRuntimeService().getVariable(council.getId(), "scoreSheet_" + task.getAssignee())).isNull();
    assertThat(engine.getTaskService().getVariable(task.getId(), "a1_value_added")).as("no score kept").isNull();
  }

  private ProcessInstance convened(String product) {
    return dossiers.convene(dossiers.councilFor(product, "fresh-produce", "district", DISTRICT_COUNCIL));
  }
}
