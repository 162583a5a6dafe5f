package vn.ocop.workflow.documents;

import java.util.Date;

/**
 * Who uploaded, replaced or downloaded which version of a document, and when.
 *
 * @param action {@code upload} (the first version of a type), {@code replace} (a later version; the earlier
 *     ones are kept) or {@code download}
 */
public record DocumentEvent(Date at, String user, String action, String documentId, String type, int version,
                            String fileName, String sha256) {

  static final String UPLOAD = "upload";
  static final String REPLACE = "replace";
  static final String DOWNLOAD = "download";
}
