package vn.ocop.workflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/** Server-side checks of the registration and the commune check: what a form or REST client can send. */
class RegistrationChecksTest extends ProcessTestBase {

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void anEmptyRegistrationNamesEveryMissingFieldAndLeavesNothingBehind() {
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long dossierRows = dossierRows();

    assertThatThrownBy(() -> dossiers.register("admin", new HashMap<>()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(m -> m.split("[ :]")[0]).containsExactly(
            "producerName", "producerKind", "producerEmail", "producerPhone", "productName", "productGroup",
            "criteriaSet", "productStatus", "description", "businessPlan", "communeCode"))
        // Each field is named as the registration form shows it, in both languages.
        .satisfies(e -> assertThat(((InvalidInputException) e).errors())
            .allMatch(m -> m.matches("\\w+ \\([^()]+ / [^()]+\\): .+"), "names its field by its form label"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(dossierRows()).isEqualTo(dossierRows);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "producerEmail | htx.example.vn | producerEmail (Thư điện tử / Email): không phải địa chỉ email / is not an email address",
      "producerPhone | 12345 | producerPhone (Số điện thoại / Phone number): phải bắt đầu bằng 0 hoặc +84, tiếp theo 9–10 chữ số",
      "producerKind | farmer | producerKind (Loại hình chủ thể / Producer type): 'farmer' không thuộc / is not one of [cooperative, enterprise, household-business]",
      "communeCode | 99999 | communeCode (Mã xã / Commune code): '99999' không phải mã xã đã biết / is not a known commune code",
      "communeCode | 444 | communeCode (Mã xã / Commune code): phải gồm 5 chữ số / must be 5 digits",
      "communeCode | 18547x | communeCode (Mã xã / Commune code): phải gồm 5 chữ số / must be 5 digits",
      "productGroup | 7 | productGroup (Nhóm sản phẩm / Product group): '7' không thuộc",
      "criteriaSet | handicrafts | criteriaSet (Bộ tiêu chí chấm điểm / Scoring criteria set): bộ tiêu chí 'handicrafts' không dùng cho nhóm sản phẩm 1",
      "criteriaSet | wine | criteriaSet (Bộ tiêu chí chấm điểm / Scoring criteria set): 'wine' không thuộc",
      "productStatus | old | productStatus (Tình trạng sản phẩm / Product status): 'old' không thuộc",
      "applicationKind | renewal | applicationKind (Đăng ký để / Apply for): 'renewal' không thuộc / is not one of [re-evaluation, upgrade]",
      "applicationKind | upgrade | applicationKind (Đăng ký để / Apply for): chỉ dùng cho sản phẩm có giấy chứng nhận OCOP còn hiệu lực",
      "upgradeChanges | Bao bì mới | upgradeChanges (Những gì đã thay đổi từ khi được công nhận / What changed since the certificate): chỉ dùng khi đăng ký nâng hạng / applies only to an upgrade",
      "evidenceLinks | ftp://example.vn/a | evidenceLinks (Liên kết hồ sơ minh chứng / Evidence links): 'ftp://example.vn/a' không phải liên kết http(s) / is not an http(s) link",
      "evidenceLinks | javascript:alert(1) | evidenceLinks (Liên kết hồ sơ minh chứng / Evidence links): 'javascript:alert(1)' không phải liên kết http(s)",
      "description | '   ' | description (Mô tả sản phẩm / Product description): bắt buộc / is required"})
  void aBadValueIsRefusedNamingItsField(String field, String value, String message) {
    Map<String, Object> vars = registration(PHUC_TRACH, "Sản phẩm " + field + value);
    vars.put(field, value);

    assertThatThrownBy(() -> dossiers.register(PHUC_TRACH_OFFICER, vars)).hasMessageContaining(message);
  }

  @Test
  void overlongAndNonTextValuesAreRefused() {
    Map<String, Object> vars = registration(PHUC_TRACH, "x".repeat(201));
    vars.put("producerName", 42L);

    assertThatThrownBy(() -> dossiers.register(PHUC_TRACH_OFFICER, vars))
        .hasMessageContaining("productName (Tên sản phẩm / Product name): tối đa 200 ký tự / at most 200 characters")
        .hasMessageContaining("producerName (Tên chủ thể / Producer name): phải là văn bản / must be text");
  }

  @Test
  void valuesAreStoredTrimmedAndLinksOnePerLine() {
    Map<String, Object> vars = registration(PHUC_TRACH, "  Nhãn   trimmed  ");
    vars.put("evidenceLinks", " https://example.vn/a \r\n\r\n  https://example.vn/b  ");
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, vars);

    assertThat(dossier).variables().containsEntry("productName", "Nhãn   trimmed")
        .containsEntry("evidenceLinks", "https://example.vn/a\nhttps://example.vn/b");
  }

  @Test
  void theSameProductIsTheSameWhateverItsSpacingOrCase() {
    dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Bưởi Đặc Sản"));
    Map<String, Object> again = registration(PHUC_TRACH, "  bưởi   đặc sản ");

    assertThatThrownBy(() -> dossiers.register(PHUC_TRACH_OFFICER, again))
        .hasMessageContaining("this producer already has an open dossier for this product");
  }

  @Test
  void dossierCodesCountUpWithinTheirCommuneGroupAndYear() {
    String first = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Mã 1")).getBusinessKey();
    String second = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Mã 2")).getBusinessKey();

    int firstNo = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
    assertThat(second).isEqualTo(first.substring(0, first.lastIndexOf('-') + 1) + String.format("%03d", firstNo + 1));
  }

  @Test
  void withoutACommuneCodeAnOfficialOfNoCommuneIsRefused() {
    assertThatThrownBy(() -> dossiers.register("admin", registration(null, "Không xã")))
        .hasMessageContaining("communeCode (Mã xã / Commune code): bắt buộc khi người đăng ký không phải cán bộ của đúng một xã");
  }

  // --- commune check ---

  @Test
  void returningOrRejectingNeedsReasons() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Lý do"));

    assertThatThrownBy(() -> dossiers.check(dossier, Map.of("communeDecision", "return")))
        .hasMessageContaining("decisionReason: bắt buộc / is required");
    assertThatThrownBy(() -> dossiers.check(dossier, Map.of("communeDecision", "reject", "decisionReason", " ")))
        .hasMessageContaining("decisionReason: bắt buộc / is required");
    assertThatThrownBy(() -> dossiers.check(dossier, Map.of("communeDecision", "maybe")))
        .hasMessageContaining("communeDecision: 'maybe' không thuộc / is not one of [forward, reject, return]");
    assertThat(dossier).isWaitingAt(EvaluationProcess.Elements.CHECK_DOSSIER);
  }

  @Test
  void aRevisionNeedsANoteAndValidLinks() {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Bổ sung"));
    dossiers.check(dossier, Map.of("communeDecision", "return", "decisionReason", "Thiếu"));
    Task revise = dossiers.openTask(dossier, EvaluationProcess.Elements.REVISE_DOSSIER);

    assertThatThrownBy(() -> engine.getTaskService().complete(revise.getId(), Map.of("evidenceLinks", "not a link")))
        .hasMessageContaining("revisionNote: bắt buộc / is required")
        .hasMessageContaining("evidenceLinks: 'not a link' không phải liên kết http(s)");
    assertThat(dossier).isWaitingAt(EvaluationProcess.Elements.REVISE_DOSSIER);
  }

  private long dossierRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ocop_dossier", Long.class);
  }
}
