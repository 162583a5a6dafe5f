package vn.ocop.workflow.notification;

/** Hands a mail to whatever delivers it: an SMTP server, or the log when none is configured. */
public interface MailTransport {

  void send(OutgoingMail mail);
}
