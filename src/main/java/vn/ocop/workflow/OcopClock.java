package vn.ocop.workflow;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates of record (dossier year, certificate issue) are Vietnamese calendar dates. */
@Configuration
class OcopClock {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
