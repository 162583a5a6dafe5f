package vn.ocop.workflow.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;
import static vn.ocop.workflow.testing.Dossiers.same;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/** What a finished dossier leaves in the authorization table: its units' grants on its history, nothing per task. */
class FinishedDossierGrantsTest extends ProcessTestBase {

  @Test
  void aCertifiedDossierLeavesOnlyEachUnitsGrantOnItsHistory() {
    Set<String> before = authorizationIds();
    ProcessInstance dossier = certifiedFiveStars("Hết quyền");

    List<Authorization> left = engine.getAuthorizationService().createAuthorizationQuery().list().stream()
        .filter(grant -> !before.contains(grant.getId())).toList();

    assertThat(left).extracting(Authorization::getResourceType).containsOnly(Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
    assertThat(left).extracting(Authorization::getGroupId).containsOnly("commune-18547-officers", "district-444-council",
        "province-42-council", "central-council");
    assertThat(left.stream().filter(grant -> grant.getResourceId().equals(dossier.getId())).map(Authorization::getGroupId))
        .as("each unit the dossier reached reads it").containsExactlyInAnyOrder("commune-18547-officers",
            "district-444-council", "province-42-council", "central-council");
    assertThat(left).as("history cleanup removes them with the dossier's history").allSatisfy(grant -> {
      assertThat(grant.getRootProcessInstanceId()).isEqualTo(dossier.getId());
      assertThat(grant.getRemovalTime()).isNotNull();
    });
  }

  @Test
  void aTasksHistoryGrantsStayWhileItIsOpenAndGoWhenItIsDone() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Việc mở " + System.nanoTime()));
    Task check = dossiers.openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);
    engine.getTaskService().claim(check.getId(), PHUC_TRACH_OFFICER);

    assertThat(historyGrantsOf(check)).as("the candidate group and the assignee").hasSize(2);
    dossiers.forward(dossier);
    assertThat(historyGrantsOf(check)).isEmpty();
  }

  @Test
  void unitsStillReadTheFinishedDossiersStepsThroughTheirGrantOnTheDossier() {
    ProcessInstance dossier = certifiedFiveStars("Đọc lại");

    assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(dossier.getId()).taskDefinitionKey(EvaluationProcess.Elements.CHECK_DOSSIER).count())).isOne();
    assertThat(dossiers.as("council-444-2", () -> engine.getHistoryService().createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(dossier.getId()).taskDefinitionKey(CouncilEvaluationProcess.Elements.SCORE_PRODUCT).count()))
        .as("the district council's three sheets, not the province's or the central council's").isEqualTo(3);
    assertThat(dossiers.as("officer-17464", () -> engine.getHistoryService().createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(dossier.getId()).count())).as("another commune").isZero();
  }

  private ProcessInstance certifiedFiveStars(String product) {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, product + " " + System.nanoTime()));
    dossiers.forward(dossier);
    dossiers.scores(dossier, same(92, 3));
    dossiers.scores(dossier, same(95, 3));
    dossiers.scores(dossier, 93, 94, 91);
    mails.deliver();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(dossier.getId()).count())
        .as("the dossier ended").isZero();
    return dossier;
  }

  private List<Authorization> historyGrantsOf(Task task) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
        .resourceId(task.getId()).list();
  }

  private Set<String> authorizationIds() {
    return engine.getAuthorizationService().createAuthorizationQuery().list().stream().map(Authorization::getId)
        .collect(Collectors.toSet());
  }
}
