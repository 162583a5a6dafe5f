package vn.ocop.workflow.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.vocabulary.DocumentType;

/**
 * The documents of dossiers and their history (tables ocop_document and ocop_document_event). A document's
 * content and its upload event are written in one transaction, so a crash leaves either both or neither.
 */
@Repository
public class DocumentStore {

  private static final String COLUMNS = "id, dossier_code, type, version, file_name, content_type, size_bytes, sha256,"
      + " uploaded_by, uploaded_at, step";
  /** Two uploads of one type at the same moment may pick the same version: the unique key refuses one, which tries again. */
  private static final int TRIES = 3;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  DocumentStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** What an upload stores: the checked file and where and by whom it was added. */
  record NewDocument(String dossierCode, String processInstanceId, DocumentType type, String fileName,
                     String contentType, byte[] content, String sha256, String uploadedBy, Instant uploadedAt,
                     String step, String taskId) {
  }

  /**
   * Stores the next version of the document's type with its upload (or replace) event, unless the dossier's
   * documents would then exceed {@code dossierLimit} bytes: that is refused, and nothing is stored.
   */
  Document add(NewDocument added, long dossierLimit) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> insert(added, dossierLimit));
      } catch (DuplicateKeyException concurrentVersion) {
        if (attempt == TRIES) {
          throw concurrentVersion;
        }
      }
    }
  }

  private Document insert(NewDocument added, long dossierLimit) {
    long used = usedBytes(added.dossierCode());
    if (used + added.content().length > dossierLimit) {
      throw new DocumentRefused(DocumentRefused.TOO_LARGE, "Hồ sơ " + added.dossierCode() + " đã có "
          + Sizes.shown(used) + "; thêm tệp " + Sizes.shown(added.content().length) + " sẽ vượt giới hạn "
          + Sizes.shown(dossierLimit) + " của một hồ sơ / dossier " + added.dossierCode() + " holds " + Sizes.shown(used)
          + "; adding " + Sizes.shown(added.content().length) + " would exceed the limit of " + Sizes.shown(dossierLimit)
          + " per dossier (ocop.documents.max-dossier-size)");
    }
    Integer latest = jdbc.queryForObject("SELECT MAX(version) FROM ocop_document WHERE dossier_code = ? AND type = ?",
        Integer.class, added.dossierCode(), added.type().id());
    int version = latest == null ? 1 : latest + 1;
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO ocop_document (" + COLUMNS + ", process_instance_id, task_id, content)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, added.dossierCode(), added.type().id(), version, added.fileName(), added.contentType(),
        added.content().length, added.sha256(), added.uploadedBy(), Timestamp.from(added.uploadedAt()), added.step(),
        added.processInstanceId(), added.taskId(), added.content());
    Document document = new Document(id, added.dossierCode(), added.type().id(), added.type().label(), version,
        added.fileName(), added.contentType(), added.content().length, added.sha256(), added.uploadedBy(),
        Date.from(added.uploadedAt()), added.step());
    event(document, version == 1 ? DocumentEvent.UPLOAD : DocumentEvent.REPLACE, added.uploadedBy(), added.uploadedAt());
    return document;
  }

  /** Every version of every document of the dossier, by type and version. */
  public List<Document> ofDossier(String dossierCode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ocop_document WHERE dossier_code = ? ORDER BY type, version",
        DocumentStore::document, dossierCode);
  }

  /** The types the dossier holds at least one version of. */
  List<DocumentType> typesOf(String dossierCode) {
    return jdbc.queryForList("SELECT DISTINCT type FROM ocop_document WHERE dossier_code = ?", String.class, dossierCode)
        .stream().map(DocumentType::ofId).flatMap(Optional::stream).toList();
  }

  long usedBytes(String dossierCode) {
    Long used = jdbc.queryForObject("SELECT COALESCE(SUM(size_bytes), 0) FROM ocop_document WHERE dossier_code = ?",
        Long.class, dossierCode);
    return used == null ? 0 : used;
  }

  /** One version of a dossier's document, or empty when the dossier has no document with that id. */
  Optional<Document> find(String dossierCode, String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ocop_document WHERE dossier_code = ? AND id = ?",
        DocumentStore::document, dossierCode, id).stream().findFirst();
  }

  byte[] content(Document document) {
    return jdbc.queryForObject("SELECT content FROM ocop_document WHERE id = ?", byte[].class, document.id());
  }

  void downloaded(Document document, String user, Instant at) {
    event(document, DocumentEvent.DOWNLOAD, user, at);
  }

  /** The dossier's document history, oldest first. */
  public List<DocumentEvent> eventsOf(String dossierCode) {
    return jdbc.query("SELECT e.occurred_at, e.user_id, e.action, e.document_id, d.type, e.version, d.file_name, e.sha256"
            + " FROM ocop_document_event e JOIN ocop_document d ON d.id = e.document_id"
            + " WHERE e.dossier_code = ? ORDER BY e.occurred_at, e.id",
        (row, i) -> new DocumentEvent(row.getTimestamp(1), row.getString(2), row.getString(3), row.getString(4),
            row.getString(5), row.getInt(6), row.getString(7), row.getString(8).trim()),
        dossierCode);
  }

  private void event(Document document, String action, String user, Instant at) {
    jdbc.update("INSERT INTO ocop_document_event (id, document_id, dossier_code, action, version, sha256, user_id,"
            + " occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), document.id(),
        document.dossierCode(), action, document.version(), document.sha256(), user, Timestamp.from(at));
  }

  private static Document document(ResultSet row, int index) throws SQLException {
    String type = row.getString("type");
    return new Document(row.getString("id"), row.getString("dossier_code"), type,
        DocumentType.ofId(type).map(DocumentType::label).orElse(type), row.getInt("version"), row.getString("file_name"),
        row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256").trim(),
        row.getString("uploaded_by"), row.getTimestamp("uploaded_at"), row.getString("step"));
  }
}
