package vn.ocop.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;

/** The filters an official finds in Tasklist show their own unit's work and nobody else's. */
class TasklistFiltersTest extends ProcessTestBase {

  @Test
  void theCommuneFilterShowsAnOfficerOnlyTheirCommunesDossiers() {
    ProcessInstance phucTrach = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Lọc Phúc Trạch"));
    ProcessInstance dienChau = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "Lọc Diễn Châu"));

    List<String> seenInPhucTrach = dossierCodes(TasklistFilters.COMMUNE_DOSSIERS, PHUC_TRACH_OFFICER);
    List<String> seenInDienChau = dossierCodes(TasklistFilters.COMMUNE_DOSSIERS, DIEN_CHAU_OFFICER);

    assertThat(seenInPhucTrach).contains(phucTrach.getId()).doesNotContain(dienChau.getId());
    assertThat(seenInDienChau).contains(dienChau.getId()).doesNotContain(phucTrach.getId());
  }

  @Test
  void aClaimedDossierStaysInItsCommunesList() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Lọc đã nhận"));
    engine.getTaskService().claim(dossiers.openTask(dossier, "check-dossier").getId(), PHUC_TRACH_OFFICER);

    assertThat(dossierCodes(TasklistFilters.COMMUNE_DOSSIERS, PHUC_TRACH_OFFICER)).contains(dossier.getId());
  }

  @Test
  void theScoreSheetFilterShowsAMemberOnlyTheirOwnSheets() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Lọc hội đồng"));
    dossiers.forward(dossier);
    ProcessInstance council = dossiers.convene(dossier);

    List<Task> member1 = tasks(TasklistFilters.SCORE_SHEETS, "council-444-1");
    assertThat(member1).filteredOn(t -> t.getProcessInstanceId().equals(council.getId()))
        .singleElement().extracting(Task::getAssignee).isEqualTo("council-444-1");
    assertThat(tasks(TasklistFilters.SCORE_SHEETS, "council-42-1"))
        .noneMatch(t -> t.getProcessInstanceId().equals(council.getId()));
    assertThat(tasks(TasklistFilters.ALL_MY_WORK, PHUC_TRACH_OFFICER))
        .noneMatch(t -> t.getProcessInstanceId().equals(council.getId()));
  }

  @Test
  void theInspectionFilterShowsAnAgencyOnlyItsProvincesProducts() {
    ProcessInstance dossier = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "Lọc kiểm tra"));
    dossiers.forward(dossier);
    dossiers.scores(dossier, 60, 62, 64);
    ProcessInstance inspection = dossiers.as("agency-40", () -> engine.getRuntimeService().startProcessInstanceByKey(
        CertificateInspectionProcess.KEY, Map.of("certificateCode", "OCOP-" + dossier.getBusinessKey(),
            "inspectionReason", "Lọc / filter")));

    assertThat(dossierCodes(TasklistFilters.INSPECTIONS, "agency-40")).contains(inspection.getId());
    assertThat(dossierCodes(TasklistFilters.ALL_MY_WORK, "agency-40")).contains(inspection.getId());
    assertThat(dossierCodes(TasklistFilters.INSPECTIONS, "agency-42")).doesNotContain(inspection.getId());
    assertThat(dossierCodes(TasklistFilters.ALL_MY_WORK, DIEN_CHAU_OFFICER)).doesNotContain(inspection.getId());
  }

  private List<String> dossierCodes(String filterName, String user) {
    return tasks(filterName, user).stream().map(Task::getProcessInstanceId).toList();
  }

  private List<Task> tasks(String filterName, String user) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return dossiers.as(user, () -> engine.getFilterService().list(filter.getId()));
  }
}
