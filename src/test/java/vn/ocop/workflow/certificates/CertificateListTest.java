package vn.ocop.workflow.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU;
import static vn.ocop.workflow.testing.Dossiers.DIEN_CHAU_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.testing.ProcessTestBase;

/** Officials list the certificates of their units, filtered and paged; auditors see all. */
class CertificateListTest extends ProcessTestBase {

  private static final String LIST = "/api/certificates";

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;
  private String haTinh;
  private String ngheAn;

  @BeforeEach
  void twoCertificatesInTwoProvinces() {
    ProcessInstance inHaTinh = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Danh sách HT " + System.nanoTime()));
    dossiers.forward(inHaTinh);
    dossiers.scores(inHaTinh, 60, 62, 64);
    ProcessInstance inNgheAn = dossiers.register(DIEN_CHAU_OFFICER, registration(DIEN_CHAU, "Danh sách NA " + System.nanoTime()));
    dossiers.forward(inNgheAn);
    dossiers.scores(inNgheAn, 72, 74, 76);
    haTinh = "OCOP-" + inHaTinh.getBusinessKey();
    ngheAn = "OCOP-" + inNgheAn.getBusinessKey();
  }

  @Test
  void eachOfficialSeesTheCertificatesOfTheirUnitAndAuditorsSeeAll() throws Exception {
    assertThat(codes("officer-18547", "")).contains(haTinh).doesNotContain(ngheAn);
    assertThat(codes("council-444-1", "")).contains(haTinh).doesNotContain(ngheAn);
    assertThat(codes("council-42-1", "")).contains(haTinh).doesNotContain(ngheAn);
    assertThat(codes("council-40-1", "")).contains(ngheAn).doesNotContain(haTinh);
    assertThat(codes("officer-17416", "")).as("another commune of Nghe An").doesNotContain(ngheAn, haTinh);
    assertThat(codes("agency-42", "")).as("Ha Tinh's OCOP agency").contains(haTinh).doesNotContain(ngheAn);
    assertThat(codes("agency-40", "")).as("Nghe An's OCOP agency").contains(ngheAn).doesNotContain(haTinh);
    assertThat(codes("agency-central", "")).contains(haTinh, ngheAn);
    assertThat(codes("auditor", "")).contains(haTinh, ngheAn);
    assertThat(codes("central-1", "")).contains(haTinh, ngheAn);
    assertThat(http.getForEntity(LIST, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theListIsFilteredAndPaged() throws Exception {
    assertThat(codes("auditor", "?province=40&stars=4&status=active")).contains(ngheAn).doesNotContain(haTinh);
    assertThat(codes("auditor", "?commune=18547&productGroup=1&stars=3")).contains(haTinh).doesNotContain(ngheAn);
    LocalDate expiry = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(36);
    assertThat(codes("auditor", "?expiringBefore=" + expiry)).doesNotContain(haTinh, ngheAn);
    assertThat(codes("auditor", "?expiringBefore=" + expiry.plusDays(1))).contains(haTinh, ngheAn);
    assertThat(codes("auditor", "?status=expired")).doesNotContain(haTinh, ngheAn);

    JsonNode first = page("auditor", "?size=1&page=0");
    JsonNode second = page("auditor", "?size=1&page=1");
    assertThat(first.path("total").asInt()).isGreaterThanOrEqualTo(2).isEqualTo(second.path("total").asInt());
    assertThat(first.path("certificates")).hasSize(1);
    assertThat(first.path("certificates").get(0).path("code").asText())
        .isNotEqualTo(second.path("certificates").get(0).path("code").asText());
    JsonNode one = page("auditor", "?commune=17464&stars=4").path("certificates").get(0);
    assertThat(one.path("issuedOn").asText()).isEqualTo(expiry.minusMonths(36).toString());
    assertThat(one.path("expiresOn").asText()).isEqualTo(expiry.toString());
  }

  @Test
  void aBadFilterIsRefusedNamingIt() {
    ResponseEntity<String> refused = http.withBasicAuth("auditor", "demo")
        .getForEntity(LIST + "?stars=six&size=1000&expiringBefore=2026-13-01&colour=red", String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("stars: 'six' phải là số nguyên từ 3 đến 5",
        "size: '1000' phải là số nguyên từ 1 đến 100", "expiringBefore: '2026-13-01' không phải ngày",
        "colour: không phải bộ lọc / is not a filter");
  }

  private List<String> codes(String user, String query) throws Exception {
    return page(user, query + (query.isEmpty() ? "?" : "&") + "size=100").path("certificates").findValuesAsText("code");
  }

  private JsonNode page(String user, String query) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(LIST + query, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }
}
