package vn.ocop.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH;
import static vn.ocop.workflow.testing.Dossiers.PHUC_TRACH_OFFICER;
import static vn.ocop.workflow.testing.Dossiers.registration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import vn.ocop.workflow.testing.EmbeddedPostgres;
import vn.ocop.workflow.testing.ProcessTestBase;

/**
 * How long a 10 MB PDF takes to upload and to download over the REST API, on this machine. Not part of
 * {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B test -Dtest=DocumentTimingsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Method: embedded PostgreSQL (or OCOP_TEST_POSTGRES_URL), the tests' application context with the
 * production limits (20 MB a file, 200 MB a dossier), over HTTP on the loopback with HTTP Basic as a commune
 * officer. A {@value #SIZE_MB} MB PDF is uploaded {@value #WARM_UP} times to warm up and then {@value #RUNS}
 * times, each a new version of one type of one dossier, and each version is downloaded once; each call is timed
 * from the request to the last byte of the answer. It writes target/document-timings.md with the median,
 * minimum and maximum in milliseconds. It asserts only that each answer is right, never a time.
 */
@Import(EmbeddedPostgres.class)
@TestPropertySource(properties = {"ocop.documents.max-file-size=20MB", "ocop.documents.max-dossier-size=200MB"})
class DocumentTimingsBenchmark extends ProcessTestBase {

  static final int SIZE_MB = 10;
  static final int WARM_UP = 3;
  static final int RUNS = 10;

  @Autowired
  private TestRestTemplate http;

  @Test
  void uploadAndDownloadATenMegabytePdf() throws IOException {
    ProcessInstance dossier = dossiers.register(PHUC_TRACH_OFFICER, registration(PHUC_TRACH, "Đo tài liệu"));
    String documents = "/engine-rest/ocop/dossiers/" + dossier.getBusinessKey() + "/documents";
    byte[] pdf = TestFiles.pdf(SIZE_MB * 1024 * 1024 - TestFiles.pdf(0).length);
    TestRestTemplate officer = http.withBasicAuth(PHUC_TRACH_OFFICER, "demo");
    List<Double> uploads = new ArrayList<>();
    List<Double> downloads = new ArrayList<>();

    for (int i = 0; i < WARM_UP + RUNS; i++) {
      long start = System.nanoTime();
      ResponseEntity<String> added = officer.exchange(documents, HttpMethod.POST,
          TestFiles.multipart("other", "ho-so-" + i + ".pdf", pdf, new HttpHeaders()), String.class);
      double uploaded = (System.nanoTime() - start) / 1e6;
      assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
      start = System.nanoTime();
      ResponseEntity<byte[]> read = officer.getForEntity(added.getHeaders().getLocation(), byte[].class);
      double downloaded = (System.nanoTime() - start) / 1e6;
      assertThat(read.getBody()).isEqualTo(pdf);
      if (i >= WARM_UP) {
        uploads.add(uploaded);
        downloads.add(downloaded);
      }
    }

    String report = "| call (" + SIZE_MB + " MB PDF, " + RUNS + " runs) | median | min | max |\n|---|---|---|---|\n"
        + row("upload (POST, multipart)", uploads) + row("download (GET …/content)", downloads);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "document-timings.md"), report);
    System.out.println(report);
  }

  private static String row(String call, List<Double> millis) {
    List<Double> sorted = millis.stream().sorted().toList();
    double median = (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
    return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", call, median, sorted.get(0),
        sorted.get(sorted.size() - 1));
  }
}
