package vn.ocop.workflow.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Small real files of each kind the tests upload, and the multipart body a browser or client sends. */
public final class TestFiles {

  /** A 1×1 lossless WebP (34 bytes): the RIFF header, WEBP, one VP8L chunk. */
  private static final String WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

  private TestFiles() {
  }

  /** A minimal PDF, padded with a comment of the given length (to reach a size). */
  public static byte[] pdf(int padding) {
    String pdf = "%PDF-1.4\n%" + "x".repeat(padding) + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  public static byte[] webp() {
    return Base64.getDecoder().decode(WEBP);
  }

  /** The start of a Windows executable: the MZ header and the PE signature where it points. */
  public static byte[] executable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    System.arraycopy("PE\0\0".getBytes(StandardCharsets.US_ASCII), 0, exe, 0x80, 4);
    return exe;
  }

  /** A multipart/form-data body with the parts type and file, built byte for byte as a client sends it. */
  public static HttpEntity<byte[]> multipart(String type, String fileName, byte[] content, HttpHeaders headers) {
    String boundary = "ocop-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n");
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    HttpHeaders all = new HttpHeaders();
    all.addAll(headers);
    all.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
    return new HttpEntity<>(body.toByteArray(), all);
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, Color.ORANGE.getRGB());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
