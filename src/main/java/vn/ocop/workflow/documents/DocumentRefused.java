package vn.ocop.workflow.documents;

/**
 * An expected refusal of a document call, with the HTTP status it is answered with (400, 403, 404, 413) and a
 * message naming what is wrong in both languages. Each door turns it into its API's answer.
 */
public class DocumentRefused extends RuntimeException {

  static final int BAD_REQUEST = 400;
  static final int FORBIDDEN = 403;
  static final int NOT_FOUND = 404;
  static final int TOO_LARGE = 413;

  private final int status;

  DocumentRefused(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
