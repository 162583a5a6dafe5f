package vn.ocop.workflow.roles;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.StartUpLock;

/**
 * In production the first administrator comes from the environment (OCOP_ADMIN_ID,
 * OCOP_ADMIN_PASSWORD). Start-up is refused when either is missing or the password is a known
 * default, equals the user id, or is shorter than 12 characters. The password is set once, when the
 * user is created; later changes are made in Camunda Admin.
 */
@Component
@Profile("prod")
public class FirstAdministrator {

  static final int MINIMUM_LENGTH = 12;
  static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "camunda", "password", "changeme", "administrator");
  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityService identityService;
  private final String id;
  private final String password;
  private final StartUpLock startUpLock;

  public FirstAdministrator(IdentityService identityService, @Value("${ocop.admin.id:}") String id,
      @Value("${ocop.admin.password:}") String password, StartUpLock startUpLock) {
    this.identityService = identityService;
    this.startUpLock = startUpLock;
    this.id = id.trim();
    this.password = password;
    String problem = problemWith(this.id, password);
    if (problem != null) {
      throw new IllegalStateException("Refusing to start in production: " + problem);
    }
  }

  static String problemWith(String id, String password) {
    if (id.isEmpty() || password.isEmpty()) {
      return "set OCOP_ADMIN_ID and OCOP_ADMIN_PASSWORD for the first administrator";
    }
    if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
      return "OCOP_ADMIN_PASSWORD is a well-known default";
    }
    if (password.equalsIgnoreCase(id)) {
      return "OCOP_ADMIN_PASSWORD equals the user id";
    }
    if (password.length() < MINIMUM_LENGTH) {
      return "OCOP_ADMIN_PASSWORD is shorter than " + MINIMUM_LENGTH + " characters";
    }
    return null;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(5)
  public void create() {
    startUpLock.run(this::createMissing);
  }

  private void createMissing() {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Quản trị");
      user.setLastName("Administrator");
      user.setPassword(password);
      identityService.saveUser(user);
      LOG.info("First administrator '{}' created", id);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(id, Groups.CAMUNDA_ADMIN);
    }
  }
}
