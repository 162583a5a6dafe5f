package vn.ocop.workflow.models;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.input.InvalidInputException;

/**
 * For trying the procedure on the embedded default only (ocop.dev-clock.enabled, never in production):
 * an administrator moves the engine's clock forward by whole days, so timers that fall due meanwhile
 * (a certificate's re-evaluation window, its expiry, reminders) fire as the job executor finds them.
 * The engine's clock is an engine class: no public API moves it.
 */
@Component
@ConditionalOnProperty(name = "ocop.dev-clock.enabled", havingValue = "true")
@Path("/ocop/dev/clock")
public class DevClockResource {

  private final IdentityService identity;
  /** How far ahead this resource has moved the clock: the engine keeps the offset but does not tell it. */
  private final AtomicLong ahead = new AtomicLong();

  DevClockResource(IdentityService identity, Environment environment) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new IllegalStateException("The trial clock is never enabled in the prod profile; unset ocop.dev-clock.enabled");
    }
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> now() {
    return Map.of("now", ClockUtil.getCurrentTime().toInstant().toString(),
        "aheadByDays", Duration.ofMillis(ahead.get()).toDays());
  }

  /** {"days": 30} moves the clock 30 days further ahead. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response forward(Map<String, Object> body) {
    Optional<Response> refused = Administrators.refuseOthers(identity,
        "Chỉ quản trị viên được dời đồng hồ / only administrators move the clock");
    if (refused.isPresent()) {
      return refused.get();
    }
    Object days = body == null ? null : body.get("days");
    if (!(days instanceof Integer count) || count < 1 || count > 3650) {
      throw new InvalidInputException("Đồng hồ thử / Trial clock", List.of("days: '" + days
          + "' phải là số ngày từ 1 đến 3650 / must be a whole number of days from 1 to 3650"));
    }
    ClockUtil.offset(ahead.addAndGet(Duration.ofDays(count).toMillis()));
    return Response.ok(now()).build();
  }

  /** Back to the real time. */
  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  public Response reset() {
    Optional<Response> refused = Administrators.refuseOthers(identity,
        "Chỉ quản trị viên được dời đồng hồ / only administrators move the clock");
    if (refused.isPresent()) {
      return refused.get();
    }
    ClockUtil.reset();
    ahead.set(0);
    return Response.ok(now()).build();
  }
}
