package vn.ocop.workflow.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/** Keeps the mails a test caused, so it can assert them. */
public class RecordingMailSender implements MailSender {

  private final List<SimpleMailMessage> sent = new ArrayList<>();

  @Override
  public synchronized void send(SimpleMailMessage message) {
    sent.add(new SimpleMailMessage(message));
  }

  @Override
  public void send(SimpleMailMessage... messages) {
    Arrays.stream(messages).forEach(this::send);
  }

  public synchronized List<SimpleMailMessage> sent() {
    return List.copyOf(sent);
  }

  public synchronized void clear() {
    sent.clear();
  }

  @TestConfiguration
  public static class Config {
    @Bean
    @Primary
    public RecordingMailSender recordingMailSender() {
      return new RecordingMailSender();
    }
  }
}
