package vn.ocop.workflow.documents;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import vn.ocop.workflow.input.RefusalLog;

/** How both doors answer: a refusal as the REST API answers one, a new document, a document's content. */
final class DocumentAnswers {

  private DocumentAnswers() {
  }

  /** Runs the call; an expected refusal is logged in one line and answered with its status and message. */
  static <T> T refusing(Supplier<T> call) {
    try {
      return call.get();
    } catch (DocumentRefused refused) {
      RefusalLog.log(refused.getMessage());
      throw new InvalidRequestException(Status.fromStatusCode(refused.status()), refused.getMessage());
    }
  }

  static Response created(Document document, URI content) {
    return Response.created(content).type(MediaType.APPLICATION_JSON).entity(document).build();
  }

  /**
   * The stored bytes with the stored type, shown in the browser (inline) under the name it was uploaded with,
   * never sniffed as another type, and with its SHA-256 so a reader can check what they got.
   */
  static Response content(DossierDocuments.Content content) {
    Document document = content.document();
    return Response.ok(content.bytes(), document.contentType())
        .header("Content-Disposition", "inline; filename=\"" + asciiName(document.fileName()) + "\"; filename*=UTF-8''"
            + percentEncoded(document.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-cache")
        .header("ETag", "\"" + document.sha256() + "\"")
        .header("X-Checksum-SHA256", document.sha256())
        .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256())))
        .build();
  }

  /** The name for clients that read only the plain filename parameter: ASCII, without quotes or backslashes. */
  private static String asciiName(String name) {
    return name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
  }

  /** RFC 8187: the UTF-8 bytes, letters, digits and a few marks as they are, every other byte as %XX. */
  private static String percentEncoded(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
