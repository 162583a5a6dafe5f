package vn.ocop.workflow.certificates;

import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ocop.workflow.input.RefusalLog;

/**
 * What anyone may know of a certificate, without logging in: a consumer who scans the QR code on a
 * package sees the product, its producer, commune, province, stars, status and dates — nothing else of
 * the dossier. JSON at /api/certificates/{code}, a page at /certificates/{code}, and the QR code that
 * points to the page at /api/certificates/{code}/qr.png (or qr.svg). Opened in security/ClosedByDefault,
 * GET only.
 */
@Controller
public class PublicRegistry {

  public static final String API = "/api/certificates";
  public static final String PAGE = "/certificates";
  private static final int QR_SIZE = 300;
  private static final String SVG = "image/svg+xml";

  private final CertificateRegister register;
  private final String publicUrl;

  public PublicRegistry(CertificateRegister register, @Value("${ocop.registry.public-url}") String publicUrl) {
    this.register = register;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  @GetMapping(value = API + "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public Map<String, Object> certificate(@PathVariable String code) {
    return publicFacts(lookUp(code));
  }

  @GetMapping(value = API + "/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  @ResponseBody
  public byte[] qrCode(@PathVariable String code) {
    return png(qr(pageOf(lookUp(code).code()), QR_SIZE));
  }

  /** The same QR code as a vector, for printing on a label at any size. */
  @GetMapping(value = API + "/{code}/qr.svg", produces = SVG)
  @ResponseBody
  public String qrCodeSvg(@PathVariable String code) {
    return svg(qr(pageOf(lookUp(code).code()), 0));
  }

  @GetMapping(PAGE + "/{code}")
  public String page(@PathVariable String code, Model model) {
    Certificate certificate = lookUp(code);
    model.addAllAttributes(publicFacts(certificate));
    model.addAttribute("issuedOnText", SHOWN_DAY.format(certificate.issuedOn()));
    model.addAttribute("expiresOnText", SHOWN_DAY.format(certificate.expiresOn()));
    model.addAttribute("qr", API + "/" + certificate.code() + "/qr.png");
    return "certificate";
  }

  /** A malformed or unknown code: JSON for the API, a page for people. */
  @ExceptionHandler(Refused.class)
  public Object refused(Refused refusal, HttpServletRequest request) {
    RefusalLog.log(refusal.getMessage());
    Map<String, Object> body = Map.of("status", refusal.status.value(), "message", refusal.getMessage());
    if (request.getRequestURI().startsWith(request.getContextPath() + PAGE + "/")) {
      return new ModelAndView("certificate-unknown", body, refusal.status);
    }
    return ResponseEntity.status(refusal.status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** The public address of a certificate's page: what its QR code holds. */
  public String pageOf(String code) {
    return publicUrl + PAGE + "/" + code;
  }

  private Certificate lookUp(String code) {
    if (!code.matches(Certificate.CODE_PATTERN)) {
      throw new Refused(HttpStatus.BAD_REQUEST, "'" + code + "' không phải mã giấy chứng nhận OCOP (như"
          + " OCOP-42-444-18547-1-2026-001) / is not an OCOP certificate code (such as OCOP-42-444-18547-1-2026-001)");
    }
    return register.find(code).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND,
        "Không có giấy chứng nhận OCOP mã " + code + " / no OCOP certificate has the code " + code));
  }

  /** Why a look-up has no certificate to show. */
  static final class Refused extends RuntimeException {
    private final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Exactly the facts a consumer may see. */
  static Map<String, Object> publicFacts(Certificate certificate) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("code", certificate.code());
    facts.put("productName", certificate.productName());
    facts.put("producerName", certificate.producerName());
    facts.put("communeName", certificate.communeName());
    facts.put("provinceName", certificate.provinceName());
    facts.put("stars", certificate.stars());
    facts.put("status", certificate.status().name().toLowerCase(java.util.Locale.ROOT));
    facts.put("issuedOn", certificate.issuedOn().toString());
    facts.put("expiresOn", certificate.expiresOn().toString());
    return facts;
  }

  /** The QR code's modules; size 0 gives one unit per module, with the quiet zone. */
  private static BitMatrix qr(String url, int size) {
    try {
      return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 2));
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot encode " + url + " as a QR code", e);
    }
  }

  private static byte[] png(BitMatrix matrix) {
    BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int x = 0; x < matrix.getWidth(); x++) {
      for (int y = 0; y < matrix.getHeight(); y++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** One unit square per dark module on a white ground; crisp edges keep it scannable when scaled. */
  private static String svg(BitMatrix matrix) {
    StringBuilder dark = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          dark.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
        + matrix.getHeight() + "\" width=\"" + QR_SIZE + "\" height=\"" + QR_SIZE
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\"" + dark + "\"/></svg>\n";
  }
}
