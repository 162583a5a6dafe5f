package vn.ocop.workflow.producers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time links with which a new producer chooses a password. The token is random and only its
 * SHA-256 is stored, so neither the database nor its backups can open an account; a link works once,
 * within its validity ({@code ocop.producers.password-link-valid}).
 */
@Component
public class PasswordLinks {

  static final int MIN_PASSWORD_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Duration valid;
  private final String publicUrl;

  public PasswordLinks(JdbcTemplate jdbc, IdentityService identity, PlatformTransactionManager transactions, Clock clock,
      @Value("${ocop.producers.password-link-valid}") Duration valid,
      @Value("${ocop.registry.public-url}") String publicUrl) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.valid = valid;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** A link for the user, valid from now; stored in the caller's transaction. */
  String create(String userId) {
    String token = randomToken();
    jdbc.update("INSERT INTO ocop_password_link (token_sha256, user_id, expires_at) VALUES (?, ?, ?)",
        sha256(token), userId, Timestamp.from(clock.instant().plus(valid)));
    return publicUrl + ProducerPasswordPage.PATH + "?token=" + token;
  }

  long validDays() {
    return valid.toDays();
  }

  /** A password nobody knows, for an account whose producer has not chosen one yet. */
  String unusablePassword() {
    return randomToken();
  }

  /** The account a link opens, if the link is known, unused and not expired. */
  String accountOf(String token) {
    List<String> users = jdbc.queryForList("SELECT user_id FROM ocop_password_link WHERE token_sha256 = ?"
        + " AND used_at IS NULL AND expires_at > ?", String.class, sha256(token), Timestamp.from(clock.instant()));
    if (users.isEmpty()) {
      throw new InvalidLinkException();
    }
    return users.get(0);
  }

  /** Sets the password and uses the link up, both or neither; returns the account. */
  String redeem(String token, String password) {
    return transaction.execute(status -> {
      String userId = accountOf(token);
      if (jdbc.update("UPDATE ocop_password_link SET used_at = ? WHERE token_sha256 = ? AND used_at IS NULL",
          Timestamp.from(clock.instant()), sha256(token)) != 1) {
        throw new InvalidLinkException(); // used by a second request at the same moment
      }
      User user = identity.createUserQuery().userId(userId).singleResult();
      user.setPassword(password);
      identity.saveUser(user);
      return userId;
    });
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** A link that is unknown, used or expired: all are answered alike, so a guess learns nothing. */
  static class InvalidLinkException extends RuntimeException {
    InvalidLinkException() {
      super("Đường dẫn không còn hiệu lực / this link is no longer valid");
    }
  }
}
