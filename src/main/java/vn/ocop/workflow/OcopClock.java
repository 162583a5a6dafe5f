package vn.ocop.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates of record (dossier year, certificate issue, due and overdue days) are Vietnamese calendar
 * dates, and the application reads the time the engine reads: its timers, due dates and the
 * application's own dates agree, also when a test moves the engine's clock (an engine class: no public
 * API gives the engine's time).
 */
@Configuration
class OcopClock {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return new EngineClock(VIETNAM);
  }

  private static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
