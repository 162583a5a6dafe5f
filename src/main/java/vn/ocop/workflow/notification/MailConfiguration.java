package vn.ocop.workflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/**
 * Without an SMTP server (spring.mail.host unset, as on a developer's machine) mail goes to the log,
 * so the procedure still runs end to end; with one, Spring Boot's JavaMailSender sends it.
 */
@Configuration
class MailConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger("vn.ocop.workflow.mail");

  @Bean
  @ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
  MailSender loggingMailSender() {
    return new MailSender() {
      @Override
      public void send(SimpleMailMessage message) {
        LOG.info("Mail (spring.mail.host not set, not sent) to {}: {}\n{}",
            String.join(", ", message.getTo()), message.getSubject(), message.getText());
      }

      @Override
      public void send(SimpleMailMessage... messages) {
        for (SimpleMailMessage message : messages) {
          send(message);
        }
      }
    };
  }
}
