package vn.ocop.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * With an SMTP server (spring.mail.host set, so Spring Boot provides a JavaMailSender) mail is sent as
 * HTML with a plain-text alternative; without one, as on a developer's machine, it is written to the
 * log, so the procedure still runs end to end and every mail can be read there.
 */
@Configuration
class MailConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger("vn.ocop.workflow.mail");

  @Bean
  MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, @Value("${ocop.mail.from}") String from) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      LOG.info("spring.mail.host is not set: mails are written to this log, not sent");
      return mail -> LOG.info("Mail {} (not sent: spring.mail.host is not set) to {}: {}\n{}", mail.messageId(),
          mail.recipient(), mail.subject(), mail.text());
    }
    return mail -> sender.send(message(sender, from, mail));
  }

  private static MimeMessage message(JavaMailSender sender, String from, OutgoingMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(mail.recipient());
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      // Kept by Spring's sender: a resend carries the same id, so the mail can be recognised as one.
      message.setHeader("Message-ID", mail.messageId());
    } catch (MessagingException e) {
      throw new MailPreparationException("Mail " + mail.messageId() + " to " + mail.recipient() + " cannot be built", e);
    }
    return message;
  }
}
