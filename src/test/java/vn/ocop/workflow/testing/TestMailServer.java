package vn.ocop.workflow.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;

/**
 * A real SMTP server (GreenMail) for the tests, on a port of its own that survives a stop and a start,
 * so a test can take the mail server down and bring it back. Tests run the delivery jobs themselves.
 */
public class TestMailServer {

  private final int port = freePort();
  private GreenMail server;
  private final ManagementService management;

  TestMailServer(ManagementService management) {
    this.management = management;
    start();
  }

  /** Starts the server, unless it runs already. */
  public final void start() {
    if (server == null || !server.isRunning()) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  public void stop() {
    server.stop();
  }

  public int port() {
    return port;
  }

  /** Runs every delivery job that is due and has retries left; returns how many failed. */
  public int deliver() {
    int failed = 0;
    for (Job job : management.createJobQuery().processDefinitionKey(MailDeliveryProcess.KEY).executable().list()) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException sendFailed) {
        failed++;
      }
    }
    return failed;
  }

  public List<MimeMessage> received() {
    return Arrays.asList(server.getReceivedMessages());
  }

  /** The mails received by one address whose subject contains {@code subject}. */
  public List<MimeMessage> to(String address, String subject) {
    return received().stream().filter(mail -> recipient(mail).equals(address) && subjectOf(mail).contains(subject)).toList();
  }

  public void clear() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot empty the test mailboxes", e);
    }
  }

  public static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part of a message, decoded, with the line ends it was written with (SMTP sends CRLF). */
  public static String text(MimeMessage mail) {
    return part(mail, "text/plain").replace("\r\n", "\n");
  }

  /** The HTML part of a message, decoded. */
  public static String html(MimeMessage mail) {
    return part(mail, "text/html");
  }

  public static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String found = part(multipart.getBodyPart(i), type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestConfiguration
  public static class Config {

    @Bean(destroyMethod = "stop")
    public TestMailServer testMailServer(ManagementService management) {
      return new TestMailServer(management);
    }

    @Bean
    public JavaMailSender javaMailSender(TestMailServer server) {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(server.port());
      sender.setDefaultEncoding("UTF-8");
      return sender;
    }
  }
}
