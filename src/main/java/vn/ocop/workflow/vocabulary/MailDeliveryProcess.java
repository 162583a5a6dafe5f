package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

/** The process {@code ocop-mail-delivery}: one queued mail, sent by a job that retries and then raises an incident. */
public final class MailDeliveryProcess {

  public static final String KEY = "ocop-mail-delivery";

  /** Element ids of bpmn/ocop-mail-delivery.bpmn. */
  public static final class Elements {
    public static final String MAIL_QUEUED = "mail-queued";
    public static final String SEND_MAIL = "send-mail";
    public static final String MAIL_SENT = "mail-sent";

    private Elements() {
    }
  }

  /**
   * The outbox row to send, in deliveries queued by earlier versions; a delivery's own id is now its outbox
   * row's id (and the mail's Message-ID).
   */
  public static final ProcessVariable<String> MAIL_ID = string("mailId");

  private MailDeliveryProcess() {
  }
}
