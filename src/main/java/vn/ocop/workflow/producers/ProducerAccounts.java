package vn.ocop.workflow.producers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.InsertOnce;
import vn.ocop.workflow.notification.MailQueue;
import vn.ocop.workflow.notification.Notice;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.OrganisationUnits.CommuneChain;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.roles.AsTheProcedure;

/**
 * One account per producer, named by its phone number ({@code producer-0912345678}): a producer is known
 * to the commune by it, and it is on every registration. The commune officer who registers a producer's
 * first product creates the account; the producer gets a mail with a one-time link to choose a password
 * (see {@link PasswordLinks}), and from then on registers, documents and revises their own dossiers.
 */
@Component
public class ProducerAccounts {

  static final String PREFIX = "producer-";

  private final JdbcTemplate jdbc;
  private final InsertOnce inserts;
  private final IdentityService identity;
  private final AsTheProcedure procedureItself;
  private final PasswordLinks passwordLinks;
  private final MailQueue mails;
  private final Clock clock;

  public ProducerAccounts(JdbcTemplate jdbc, InsertOnce inserts, IdentityService identity, AsTheProcedure procedureItself,
      PasswordLinks passwordLinks, MailQueue mails, Clock clock) {
    this.jdbc = jdbc;
    this.inserts = inserts;
    this.identity = identity;
    this.procedureItself = procedureItself;
    this.passwordLinks = passwordLinks;
    this.mails = mails;
    this.clock = clock;
  }

  /**
   * Creates the account with its commune, unless it exists; false when it did. The row comes first: of two
   * registrations of one producer at the same moment, the second waits for the first and then finds it.
   */
  boolean create(String userId, AdministrativeUnit commune, String producerName, String email, String password,
      String createdBy) {
    boolean created = inserts.insert(() -> jdbc.update(
        "INSERT INTO ocop_producer (user_id, commune_code, created_by, created_at) VALUES (?, ?, ?, ?)",
        userId, commune.code(), createdBy, Timestamp.from(clock.instant())));
    if (created) {
      procedureItself.call(() -> {
        User user = identity.newUser(userId);
        user.setFirstName(producerName);
        user.setLastName("(" + commune.name() + ")");
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(userId, OfficialGroups.PRODUCERS);
        return null;
      });
    }
    return created;
  }

  /** The account id of a producer with this phone number: +84 and 0 are the same number. */
  public static String accountId(String phone) {
    return PREFIX + (phone.startsWith("+84") ? "0" + phone.substring(3) : phone);
  }

  /** Whether the user registers as a producer (member of the group producers). */
  public boolean isProducer(String userId) {
    return identity.createUserQuery().userId(userId).memberOfGroup(OfficialGroups.PRODUCERS).count() > 0;
  }

  /** The commune a producer account belongs to. */
  public Optional<String> communeOf(String userId) {
    List<String> communes = jdbc.queryForList("SELECT commune_code FROM ocop_producer WHERE user_id = ?", String.class,
        userId);
    return communes.stream().findFirst();
  }

  /**
   * The producer's account, created for a dossier an official registers when the producer has none yet:
   * a member of producers with no usable password, and a mail to the producer with the link that sets one.
   * Runs in the registration's transaction, so a refused registration creates no account.
   */
  public String accountFor(CommuneChain chain, String producerName, String phone, String email,
      String createdBy, String dossierCode, String productName) {
    String userId = accountId(phone);
    AdministrativeUnit commune = chain.commune();
    if (!create(userId, commune, producerName, email, passwordLinks.unusablePassword(), createdBy)) {
      return userId;
    }
    Map<String, Object> model = Map.of("producerName", producerName, "account", userId,
        "passwordLink", passwordLinks.create(userId), "validDays", passwordLinks.validDays(),
        "dossierCode", dossierCode, "communeName", commune.name(), "provinceName", chain.province().name());
    mails.queue(Notice.PRODUCER_ACCOUNT, dossierCode, productName, model, List.of(email));
    return userId;
  }
}
