package vn.ocop.workflow.notification;

/** A rendered mail in the outbox; its id is its Message-ID, the same on every attempt to send it. */
public record OutgoingMail(String id, Notice notice, String recipient, String subject, String text, String html,
                           String dossierCode) {

  /** The Message-ID header: a receiving system that sees it twice has the same mail twice. */
  public String messageId() {
    return "<" + id + "@ocop-workflow>";
  }
}
