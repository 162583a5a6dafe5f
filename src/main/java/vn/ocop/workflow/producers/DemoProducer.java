package vn.ocop.workflow.producers;

import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.InsertOnce;
import vn.ocop.workflow.organisation.OfficialGroups;

/**
 * A demo producer of Xã Phúc Trạch beside the demo officials (never in the prod profile, like them):
 * {@code producer-0912345678}, the phone number the README's walkthrough registers with.
 */
@Component
@ConditionalOnProperty(name = "ocop.demo-officials.enabled", havingValue = "true")
public class DemoProducer {

  static final String PHONE = "0912345678";
  static final String COMMUNE = "18547";

  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final InsertOnce inserts;
  private final Clock clock;
  private final String password;

  public DemoProducer(IdentityService identity, JdbcTemplate jdbc, InsertOnce inserts, Clock clock,
      @Value("${ocop.demo-officials.password}") String password) {
    this.identity = identity;
    this.jdbc = jdbc;
    this.inserts = inserts;
    this.clock = clock;
    this.password = password;
  }

  /** After the groups (1) and the demo officials (2). */
  @EventListener(ApplicationStartedEvent.class)
  @Order(3)
  public void create() {
    String id = ProducerAccounts.accountId(PHONE);
    boolean created = inserts.insert(() -> jdbc.update(
        "INSERT INTO ocop_producer (user_id, commune_code, created_by, created_at) VALUES (?, ?, NULL, ?)",
        id, COMMUNE, Timestamp.from(clock.instant())));
    if (created) {
      User user = identity.newUser(id);
      user.setFirstName("Hợp tác xã Bưởi Phúc Trạch");
      user.setLastName("(Xã Phúc Trạch)");
      user.setEmail("htx@example.vn");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(id, OfficialGroups.PRODUCERS);
    }
  }
}
