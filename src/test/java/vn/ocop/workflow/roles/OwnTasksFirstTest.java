package vn.ocop.workflow.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/** An official's task query names the tasks granted to them, and answers exactly what the engine's check allows. */
class OwnTasksFirstTest extends ProcessTestBase {

  private Task phucTrach;
  private Task dienChau;

  @BeforeEach
  void twoChecks() {
    String run = Long.toString(System.nanoTime(), 36);
    phucTrach = dossiers.openTask(dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Riêng " + run)),
        EvaluationProcess.Elements.CHECK_DOSSIER);
    ProcessInstance other = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "Riêng " + run));
    dienChau = dossiers.openTask(other, EvaluationProcess.Elements.CHECK_DOSSIER);
  }

  @Test
  void anOfficersQueryNamesTheTasksGrantedToTheirCommune() {
    TaskQuery query = engine.getTaskService().createTaskQuery();

    List<String> listed = dossiers.as(PHUC_TRACH_OFFICER, query::list).stream().map(Task::getId).toList();

    assertThat(listed).contains(phucTrach.getId()).doesNotContain(dienChau.getId());
    assertThat(((TaskQueryImpl) query).getTaskIdIn()).as("the query the database ran").contains(phucTrach.getId())
        .doesNotContain(dienChau.getId()).containsAll(listed);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(engine.getAuthorizationService().createAuthorizationQuery()
        .groupIdIn("commune-18547-officers").resourceType(Resources.TASK).list().stream()
        .map(Authorization::getResourceId).toList());
  }

  @Test
  void anAuditorKeepsTheEnginesPlainCheckAndSeesEveryTask() {
    TaskQuery query = engine.getTaskService().createTaskQuery().taskIdIn(phucTrach.getId(), dienChau.getId());

    assertThat(dossiers.as("auditor", query::list)).extracting(Task::getId)
        .containsExactlyInAnyOrder(phucTrach.getId(), dienChau.getId());
    assertThat(((TaskQueryImpl) query).getTaskIdIn()).containsExactlyInAnyOrder(phucTrach.getId(), dienChau.getId());
    assertThat(dossiers.as("auditor", () -> engine.getTaskService().createTaskQuery().count()))
        .isEqualTo(engine.getTaskService().createTaskQuery().count());
  }

  @Test
  void askingForAnotherCommunesTaskFindsNothing() {
    assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getTaskService().createTaskQuery()
        .taskIdIn(dienChau.getId()).count())).isZero();
    assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getTaskService().createTaskQuery()
        .taskIdIn(dienChau.getId(), phucTrach.getId()).list())).extracting(Task::getId).containsExactly(phucTrach.getId());
  }

  @Test
  void aRevokedTaskStaysHiddenEvenThoughItsGroupIsGranted() {
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(PHUC_TRACH_OFFICER);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(phucTrach.getId());
    revoke.removePermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(revoke);
    try {
      assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getTaskService().createTaskQuery().list()))
          .extracting(Task::getId).doesNotContain(phucTrach.getId());
    } finally {
      engine.getAuthorizationService().deleteAuthorization(revoke.getId());
    }
    assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getTaskService().createTaskQuery().list()))
        .extracting(Task::getId).contains(phucTrach.getId());
  }

  @Test
  void aUserWithoutTaskGrantsFindsNone() {
    String nobody = "nobody-" + Long.toString(System.nanoTime(), 36);
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser(nobody));

    assertThat(dossiers.as(nobody, () -> engine.getTaskService().createTaskQuery().list())).isEmpty();
    assertThat(dossiers.as(nobody, () -> engine.getTaskService().createTaskQuery().count())).isZero();
  }

  @Test
  void theFilterCountsAgreeWithTheirLists() {
    dossiers.as(PHUC_TRACH_OFFICER, () -> {
      engine.getFilterService().createTaskFilterQuery().list().forEach(filter ->
          assertThat(engine.getFilterService().count(filter.getId())).as(filter.getName())
              .isEqualTo(engine.getFilterService().list(filter.getId()).size()));
      return null;
    });
  }

  @Test
  void aUsersFewGroupsArePassedOnWithoutReadingTheAuthorizationTable() {
    // Outside any command: the engine's narrowing would need the database and fail here.
    assertThat(new OwnTasksFirst.OwnTasksAuthorizationManager().filterAuthenticatedGroupIds(
        Arrays.asList("commune-18547-officers", "no-grant-group", null, "commune-18547-officers")))
        .containsExactly("commune-18547-officers", "no-grant-group");
  }

  @Test
  void aUserInManyGroupsKeepsTheEnginesNarrowingToGroupsWithGrants() {
    List<String> many = new ArrayList<>(IntStream.rangeClosed(1, OwnTasksFirst.FEW_GROUPS).mapToObj(i -> "no-grant-" + i).toList());
    many.add("commune-18547-officers");

    List<String> narrowed = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(many));

    assertThat(narrowed).containsExactly("commune-18547-officers");
  }

  @Test
  void aGroupWithoutGrantsChangesNothingAnOfficialSees() {
    List<String> alone = dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getTaskService().createTaskQuery().list())
        .stream().map(Task::getId).toList();
    String extra = "no-grant-" + Long.toString(System.nanoTime(), 36);
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(extra));
    engine.getIdentityService().createMembership(PHUC_TRACH_OFFICER, extra);
    try {
      assertThat(dossiers.as(PHUC_TRACH_OFFICER, () -> engine.getTaskService().createTaskQuery().list()))
          .extracting(Task::getId).containsExactlyInAnyOrderElementsOf(alone).contains(phucTrach.getId());
    } finally {
      engine.getIdentityService().deleteGroup(extra);
    }
  }
}
