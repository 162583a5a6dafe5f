package vn.ocop.workflow.certificates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.notification.MailQueue;
import vn.ocop.workflow.notification.Notice;
import vn.ocop.workflow.notification.TaskRecipients;

/** Tells a certificate's producer and the officers of its commune what happened to it. */
@Component
class CertificateNotices {

  private final MailQueue queue;
  private final TaskRecipients recipients;

  CertificateNotices(MailQueue queue, TaskRecipients recipients) {
    this.queue = queue;
    this.recipients = recipients;
  }

  /** Queues the notice, about the certificate's dossier, with the certificate's facts and {@code details}. */
  void tell(Notice notice, Certificate certificate, String producerEmail, String communeGroup,
      Map<String, Object> details) {
    List<String> to = new ArrayList<>(List.of(producerEmail));
    to.addAll(recipients.emailsOf(communeGroup));
    Map<String, Object> model = new HashMap<>(Map.of("dossierCode", certificate.dossierCode(),
        "producerName", certificate.producerName(), "productName", certificate.productName(),
        "communeName", certificate.communeName(), "provinceName", certificate.provinceName(),
        "certificateCode", certificate.code(), "stars", certificate.stars()));
    model.putAll(details);
    queue.queue(notice, certificate.dossierCode(), certificate.productName(), model, to);
  }
}
