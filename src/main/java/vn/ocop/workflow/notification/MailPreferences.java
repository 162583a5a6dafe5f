package vn.ocop.workflow.notification;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;

/**
 * How an official wants to hear of new work: a mail per task (the default) or one daily digest. Kept in
 * the engine's identity data (user info {@value #KEY}), so it travels with the user.
 */
@Component
public class MailPreferences {

  static final String KEY = "ocop.mail.new-work";

  /** The two choices, as stored and as the REST resource takes them. */
  public enum NewWork { IMMEDIATE, DIGEST;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final IdentityService identity;
  private final AsTheProcedure procedureItself;

  public MailPreferences(IdentityService identity, AsTheProcedure procedureItself) {
    this.identity = identity;
    this.procedureItself = procedureItself;
  }

  public NewWork of(String userId) {
    String stored = procedureItself.call(() -> identity.getUserInfo(userId, KEY));
    return NewWork.DIGEST.id().equals(stored) ? NewWork.DIGEST : NewWork.IMMEDIATE;
  }

  public void set(String userId, NewWork choice) {
    procedureItself.call(() -> {
      identity.setUserInfo(userId, KEY, choice.id());
      return null;
    });
  }
}
