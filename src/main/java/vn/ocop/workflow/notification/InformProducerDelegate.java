package vn.ocop.workflow.notification;

import static vn.ocop.workflow.vocabulary.EvaluationProcess.*;

import java.text.SimpleDateFormat;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.CertificateVariables;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.DisqualificationReason;
import vn.ocop.workflow.vocabulary.EvaluationProcess.Elements;

/**
 * Tells the producer how the dossier ended, from the end event that was reached. Plain-text mail:
 * whatever a dossier holds is shown as text.
 */
@Component("informProducer")
public class InformProducerDelegate implements JavaDelegate {

  private final MailSender mailSender;
  private final String from;

  public InformProducerDelegate(MailSender mailSender, @Value("${ocop.mail.from}") String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = DOSSIER_CODE.require(execution);
    String product = PRODUCT_NAME.require(execution);
    String outcome = switch (execution.getCurrentActivityId()) {
      case Elements.DOSSIER_REJECTED -> "bị từ chối / was rejected by the commune.\nLý do / Reasons: "
          + DECISION_REASON.require(execution);
      case Elements.DOSSIER_LAPSED -> "đã hết hạn vì không được bổ sung đúng hạn / has lapsed: it was not revised in time.\n"
          + "Lý do trả lại / Reasons for return: " + DECISION_REASON.require(execution);
      case Elements.PRODUCT_NOT_RECOGNISED -> notRecognised(execution);
      case Elements.PRODUCT_CERTIFIED -> certified(execution);
      default -> throw new IllegalStateException("No producer message for element " + execution.getCurrentActivityId());
    };
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(PRODUCER_EMAIL.require(execution));
    mail.setSubject("OCOP " + code + ": " + product);
    mail.setText("Kính gửi / Dear " + PRODUCER_NAME.require(execution) + ",\n\n"
        + "Hồ sơ OCOP / OCOP dossier " + code + " (" + product + ", " + COMMUNE_NAME.require(execution) + ") "
        + outcome + "\n");
    mailSender.send(mail);
  }

  private static String notRecognised(DelegateExecution execution) {
    String reason = CouncilEvaluationProcess.DISQUALIFICATION_REASON.get(execution);
    if (reason != null) {
      return "không được công nhận sản phẩm OCOP: hội đồng không chấm điểm sản phẩm / was not recognised as an OCOP"
          + " product: the council did not score it.\nLý do / Reason: " + DisqualificationReason.fromId(reason).label();
    }
    return "không được công nhận sản phẩm OCOP (dưới 3 sao) / was not recognised as an OCOP product (below 3★).\n"
        + lastCouncilResult(execution);
  }

  private static String lastCouncilResult(DelegateExecution execution) {
    for (String level : CouncilEvaluationProcess.LEVELS_FROM_TOP) {
      Double score = scoreAt(level).get(execution);
      if (score != null) {
        String unmet = unmetMinimumsAt(level).get(execution);
        return "Kết quả hội đồng / Council result: " + score + " điểm / points, " + starsAt(level).require(execution) + "★"
            + (unmet == null ? "" : "\nMức tối thiểu chưa đạt / Minimum levels not met:\n" + unmet);
      }
    }
    throw new IllegalStateException("No council result recorded");
  }

  private static String certified(DelegateExecution execution) {
    SimpleDateFormat day = new SimpleDateFormat("dd/MM/yyyy");
    day.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    int stars = CertificateVariables.CERTIFICATE_STARS.require(execution);
    return "được công nhận sản phẩm OCOP " + stars + " sao / is certified as a " + stars + "★ OCOP product.\n"
        + "Giấy chứng nhận / Certificate: " + CertificateVariables.CERTIFICATE_CODE.require(execution)
        + ", cấp bởi / issued by " + CertificateVariables.CERTIFYING_UNIT_NAME.require(execution)
        + ", hiệu lực đến / valid until " + day.format(CertificateVariables.EXPIRES_ON.require(execution));
  }
}
