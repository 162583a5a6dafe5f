package vn.ocop.workflow.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.Tika;

/**
 * What a file is, by its bytes: its type as Apache Tika detects it from the content (the name and the type
 * the browser declares are not trusted), its SHA-256, and a file name safe to show.
 */
final class FileCheck {

  static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/webp");
  private static final Tika TIKA = new Tika();
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");
  private static final int NAME_LENGTH = 200;

  private FileCheck() {
  }

  /** The detected type, if it is one of the allowed; refused otherwise, naming what was detected. */
  static String allowedType(byte[] content, String shownName) {
    String detected = TIKA.detect(content);
    if (!ALLOWED_TYPES.contains(detected)) {
      throw new DocumentRefused(DocumentRefused.BAD_REQUEST, "Tệp '" + shownName + "' có nội dung " + detected
          + ", không phải PDF, JPEG, PNG hay WebP / file '" + shownName + "' holds " + detected
          + ", not PDF, JPEG, PNG or WebP (the type is read from the content, not the name)");
    }
    return detected;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * The last part of the name a browser or client sent, without control characters, shortened; kept only to
   * show and to offer when the document is opened, never used as a path.
   */
  static String shownName(String sent) {
    String name = sent == null ? "" : sent;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = CONTROL.matcher(name).replaceAll("").strip();
    if (name.equals(".") || name.equals("..")) {
      name = "";
    }
    if (name.length() > NAME_LENGTH) {
      name = name.substring(name.length() - NAME_LENGTH);
    }
    return name.isEmpty() ? "tai-lieu" : name;
  }
}
