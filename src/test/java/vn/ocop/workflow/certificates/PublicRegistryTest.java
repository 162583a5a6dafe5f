package vn.ocop.workflow.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.workflow.testing.ProcessTestBase;

/** A certificate as a record of its own, and what anyone may see of it without logging in. */
class PublicRegistryTest extends ProcessTestBase {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private CertificateRegister register;
  @Autowired
  private ObjectMapper json;
  private ProcessInstance dossier;
  private String code;

  @BeforeEach
  void aCertifiedProduct() {
    Map<String, Object> vars = registration(PHUC_TRACH, "<b>Bưởi</b> công khai " + System.nanoTime());
    vars.put("producerEmail", "bi-mat@example.vn");
    vars.put("description", "Mô tả nội bộ không công khai");
    dossier = dossiers.register(PHUC_TRACH_OFFICER, vars);
    dossiers.forward(dossier);
    dossiers.scores(dossier, 60, 62, 64);
    code = "OCOP-" + dossier.getBusinessKey();
  }

  @Test
  void theCertificateIsRecordedWithItsHistoryInTheStepsTransaction() {
    Certificate certificate = register.find(code).orElseThrow();

    assertThat(certificate.dossierCode()).isEqualTo(dossier.getBusinessKey());
    assertThat(certificate.processInstanceId()).isEqualTo(dossier.getId());
    assertThat(certificate.productName()).startsWith("<b>Bưởi</b> công khai");
    assertThat(certificate).extracting(Certificate::communeCode, Certificate::provinceCode, Certificate::productGroup,
            Certificate::stars, Certificate::certifyingLevel, Certificate::certifyingUnitCode, Certificate::status)
        .containsExactly("18547", "42", "1", 3, "district", "444", Certificate.Status.ACTIVE);
    assertThat(certificate.issuedOn()).isEqualTo(TODAY);
    assertThat(certificate.expiresOn()).isEqualTo(TODAY.plusMonths(36));
    assertThat(register.history(code)).singleElement().satisfies(change -> {
      assertThat(change.status()).isEqualTo(Certificate.Status.ACTIVE);
      assertThat(change.effectiveOn()).isEqualTo(TODAY);
      assertThat(change.reason()).contains("Huyện Hương Khê");
    });
  }

  @Test
  void theIssueDayReadsBackOverRestAsTheSameDay() throws Exception {
    ResponseEntity<String> variable = http.withBasicAuth("auditor", "demo").getForEntity(
        "/engine-rest/history/variable-instance?processInstanceId=" + dossier.getId() + "&variableName=certificateIssuedOn",
        String.class);

    assertThat(json.readTree(variable.getBody()).get(0).path("value").asText()).isEqualTo(TODAY.toString());
  }

  @Test
  void anyoneChecksACertificateAndSeesOnlyItsPublicFacts() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/api/certificates/" + code, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode facts = json.readTree(response.getBody());
    assertThat(iterable(facts.fieldNames())).containsExactly("code", "productName", "producerName",
        "communeName", "provinceName", "stars", "status", "issuedOn", "expiresOn");
    assertThat(facts.path("stars").asInt()).isEqualTo(3);
    assertThat(facts.path("status").asText()).isEqualTo("active");
    assertThat(facts.path("issuedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(facts.path("expiresOn").asText()).isEqualTo(TODAY.plusMonths(36).toString());
    assertThat(response.getBody()).doesNotContain("bi-mat@example.vn", "0912345678", "Mô tả nội bộ");
  }

  @Test
  void thePublicPageShowsTheCertificateAsText() {
    ResponseEntity<String> page = http.getForEntity("/certificates/" + code, String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    assertThat(page.getBody()).contains("Còn hiệu lực / Valid", "★★★", "Xã Phúc Trạch, Tỉnh Hà Tĩnh",
        TODAY.format(day), TODAY.plusMonths(36).format(day), "&lt;b&gt;Bưởi&lt;/b&gt; công khai",
        "/api/certificates/" + code + "/qr.png");
    assertThat(page.getBody()).doesNotContain("<b>Bưởi</b>", "bi-mat@example.vn", "0912345678", "Mô tả nội bộ");
  }

  @Test
  void aConsumerSeesADowngradeAsStillValidAndARevocationAsRevoked() throws Exception {
    register.changeStatus(code, Certificate.Status.DOWNGRADED, TODAY, java.time.Instant.now(), "test");
    assertThat(http.getForEntity("/certificates/" + code, String.class).getBody())
        .contains("Còn hiệu lực, đã hạ hạng / Valid, downgraded").doesNotContain("status inactive");

    register.changeStatus(code, Certificate.Status.REVOKED, TODAY, java.time.Instant.now(), "test", "1/QĐ-UBND");
    assertThat(http.getForEntity("/certificates/" + code, String.class).getBody())
        .contains("Đã bị thu hồi / Revoked", "status inactive");
    assertThat(json.readTree(http.getForEntity("/api/certificates/" + code, String.class).getBody()).path("status")
        .asText()).isEqualTo("revoked");
  }

  @Test
  void theQrCodeOpensTheCertificatesPublicPage() throws Exception {
    ResponseEntity<byte[]> png = http.getForEntity("/api/certificates/" + code + "/qr.png", byte[].class);

    assertThat(png.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(decode(ImageIO.read(new ByteArrayInputStream(png.getBody()))))
        .isEqualTo("http://localhost:8080/certificates/" + code);
  }

  @Test
  void theVectorQrCodeOpensTheSamePage() throws Exception {
    ResponseEntity<String> svg = http.getForEntity("/api/certificates/" + code + "/qr.svg", String.class);

    assertThat(svg.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("image/svg+xml"))).isTrue();
    Matcher viewBox = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg.getBody());
    assertThat(viewBox.find()).as("the SVG has a viewBox").isTrue();
    // Paint each unit square the path draws, eight pixels to a module, and scan the picture.
    int scale = 8;
    BufferedImage picture = new BufferedImage(Integer.parseInt(viewBox.group(1)) * scale,
        Integer.parseInt(viewBox.group(2)) * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D pen = picture.createGraphics();
    pen.setColor(Color.WHITE);
    pen.fillRect(0, 0, picture.getWidth(), picture.getHeight());
    pen.setColor(Color.BLACK);
    Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg.getBody());
    while (module.find()) {
      pen.fillRect(Integer.parseInt(module.group(1)) * scale, Integer.parseInt(module.group(2)) * scale, scale, scale);
    }
    pen.dispose();

    assertThat(decode(picture)).isEqualTo("http://localhost:8080/certificates/" + code);
    assertThat(http.getForEntity("/api/certificates/OCOP-42-444-18547-1-2026-999/qr.svg", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static String decode(BufferedImage picture) throws Exception {
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))))
        .getText();
  }

  @Test
  void anUnknownCodeIsNotFoundAndAMalformedOneIsRefused() {
    ResponseEntity<String> unknown = http.getForEntity("/api/certificates/OCOP-42-444-18547-1-2026-999", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("no OCOP certificate has the code OCOP-42-444-18547-1-2026-999");

    ResponseEntity<String> malformed = http.getForEntity("/api/certificates/42-444';DROP", String.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("is not an OCOP certificate code");

    ResponseEntity<String> page = http.getForEntity("/certificates/OCOP-42-444-18547-1-2026-999", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).contains("Certificate not found");
  }

  @Test
  void theRegistryIsReadOnly() {
    assertThat(http.postForEntity("/api/certificates/" + code, Map.of("stars", 5), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(register.find(code).orElseThrow().stars()).isEqualTo(3);
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }
}
