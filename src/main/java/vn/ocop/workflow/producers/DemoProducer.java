package vn.ocop.workflow.producers;

import java.time.LocalDate;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.organisation.OrganisationUnits;

/**
 * A demo producer of Xã Phúc Trạch beside the demo officials (never in the prod profile, like them):
 * {@code producer-0912345678}, the phone number the README's walkthrough registers with.
 */
@Component
@ConditionalOnProperty(name = "ocop.demo-officials.enabled", havingValue = "true")
public class DemoProducer {

  static final String PHONE = "0912345678";
  static final String COMMUNE = "18547";

  private final ProducerAccounts accounts;
  private final OrganisationUnits units;
  private final Clock clock;
  private final String password;

  public DemoProducer(ProducerAccounts accounts, OrganisationUnits units, Clock clock,
      @Value("${ocop.demo-officials.password}") String password) {
    this.accounts = accounts;
    this.units = units;
    this.clock = clock;
    this.password = password;
  }

  /** After the groups (1) and the demo officials (2). */
  @EventListener(ApplicationStartedEvent.class)
  @Order(3)
  public void create() {
    accounts.create(ProducerAccounts.accountId(PHONE), units.communeChain(COMMUNE, LocalDate.now(clock)).orElseThrow()
        .commune(), "Hợp tác xã Bưởi Phúc Trạch", "htx@example.vn", password, null);
  }
}
