package vn.ocop.workflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.testing.ScoreSheets;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.ScoreSheet;
import vn.ocop.workflow.criteria.CriteriaSet;

/** ocop-council-evaluation: parallel members, server-side checks of every score, councils without members. */
class CouncilScoringTest extends ProcessTestBase {

  @Test
  void everyMemberGetsTheirOwnScoreTaskWithTheSetsForm() {
    ProcessInstance council = convenedDistrictCouncil("Bưởi hội đồng");

    assertThat(council).hasPassed(CouncilEvaluationProcess.Elements.CONVENE_COUNCIL)
        .isWaitingAt(CouncilEvaluationProcess.Elements.SCORE_PRODUCT);
    assertThat(council).variables().containsEntry("councilMembers", List.of("council-444-1", "council-444-2", "council-444-3"));
    List<Task> tasks = dossiers.memberTasks(council);
    assertThat(tasks).extracting(Task::getAssignee).containsExactly("council-444-1", "council-444-2", "council-444-3");
    for (Task task : tasks) {
      // a sheet is its member's alone: no candidate group, so colleagues neither see nor submit it
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
          .noneMatch(link -> "candidate".equals(link.getType()));
      assertThat(task.getName()).contains("Bưởi hội đồng").contains("Xã Phúc Trạch");
      assertThat(task.getDueDate()).isNotNull();
      assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey())
          .isEqualTo("score-product-fresh-produce");
    }
  }

  @Test
  void parallelMembersScoresStayApartAndAreRecordedPerMember() {
    ProcessInstance council = convenedDistrictCouncil("Cam song song");
    List<Task> tasks = dossiers.memberTasks(council);
    CriteriaSet set = catalogue.require("fresh-produce");

    engine.getFormService().submitTaskForm(tasks.get(0).getId(), ScoreSheets.totalling(set, 60, true));
    assertThat(engine.getTaskService().getVariable(tasks.get(1).getId(), "a1_origin"))
        .as("the second member's form is not prefilled by the first member's scores").isNull();
    engine.getTaskService().complete(tasks.get(1).getId(), ScoreSheets.totalling(set, 80, false));

    ScoreSheet first = (ScoreSheet) engine.getRuntimeService().getVariable(council.getId(), "scoreSheet_council-444-1");
    ScoreSheet second = (ScoreSheet) engine.getRuntimeService().getVariable(council.getId(), "scoreSheet_council-444-2");
    assertThat(first.total()).isEqualTo(60);
    assertThat(first.scores()).containsEntry("a1_origin", 5).hasSize(set.criteria().size());
    assertThat(first.requirementsMet()).containsEntry("m3_story", true);
    assertThat(second.total()).isEqualTo(80);
    assertThat(second.requirementsMet()).containsEntry("m3_story", false);
    assertThat(engine.getRuntimeService().getVariable(council.getId(), "a1_origin"))
        .as("no loose score variable on the council").isNull();
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
  void aCouncilWithoutMembersStopsWithAnIncidentUntilMembersAreAdded() {
    List<String> members = engine.getIdentityService().createUserQuery().memberOfGroup("district-447-council").list()
        .stream().map(u -> u.getId()).toList();
    members.forEach(m -> engine.getIdentityService().deleteMembership(m, "district-447-council"));
    try {
      ProcessInstance dossier = dossiers.register("officer-18757", registration("18757", "Ớt Kỳ Anh"));
      dossiers.forward(dossier);
      ProcessInstance council = dossiers.council(dossier);
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
    ProcessInstance council = convenedDistrictCouncil("Sản phẩm " + channel + " " + String.join("", messages).hashCode());
    Task task = dossiers.memberTasks(council).get(0);
    Map<String, Object> sheet = new HashMap<>(ScoreSheets.totalling(catalogue.require("fresh-produce"), 70, true));
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

  private ProcessInstance convenedDistrictCouncil(String product) {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, product));
    dossiers.forward(dossier);
    return dossiers.convene(dossier);
  }
}
