package vn.ocop.workflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox. Rows are written in the transaction of the step that causes them, so a step that
 * rolls back leaves no mail behind, and marked sent in the delivery job's transaction.
 */
@Repository
public class Outbox {

  private final JdbcTemplate jdbc;

  public Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(OutgoingMail mail, Instant now) {
    jdbc.update("INSERT INTO ocop_mail (id, notice, recipient, subject, text_body, html_body, dossier_code, queued_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", mail.id(), mail.notice().name(), mail.recipient(), mail.subject(),
        mail.text(), mail.html(), mail.dossierCode(), Timestamp.from(now));
  }

  /** The mail, unless it was sent already. */
  public Optional<OutgoingMail> unsent(String id) {
    List<OutgoingMail> found = jdbc.query("SELECT id, notice, recipient, subject, text_body, html_body, dossier_code"
            + " FROM ocop_mail WHERE id = ? AND sent_at IS NULL",
        (row, i) -> new OutgoingMail(row.getString(1), Notice.valueOf(row.getString(2)), row.getString(3),
            row.getString(4), row.getString(5), row.getString(6), row.getString(7)), id);
    return found.stream().findFirst();
  }

  /** A dossier's mail as the record shows it: to whom, about what, when queued and when sent (null: not yet). */
  public record Entry(String id, String notice, String recipient, String subject, Instant queuedAt, Instant sentAt) {
  }

  /** The mails about one dossier, oldest first. */
  public List<Entry> ofDossier(String dossierCode) {
    return jdbc.query("SELECT id, notice, recipient, subject, queued_at, sent_at FROM ocop_mail WHERE dossier_code = ?"
            + " ORDER BY queued_at, id",
        (row, i) -> new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
            row.getTimestamp(5).toInstant(), row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant()),
        dossierCode);
  }

  public void markSent(String id, Instant now) {
    jdbc.update("UPDATE ocop_mail SET sent_at = ? WHERE id = ?", Timestamp.from(now), id);
  }
}
