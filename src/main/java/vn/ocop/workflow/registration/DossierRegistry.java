package vn.ocop.workflow.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ocop.workflow.database.InsertOnce;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.vocabulary.ProductKey;

/**
 * The register of dossier codes. It runs in the engine's transaction, so a refused or failed
 * registration leaves no row behind, and its unique keys hold across engine nodes.
 */
@Repository
public class DossierRegistry {

  private final JdbcTemplate jdbc;
  private final InsertOnce inserts;

  public DossierRegistry(JdbcTemplate jdbc, InsertOnce inserts) {
    this.jdbc = jdbc;
    this.inserts = inserts;
  }

  /**
   * Reserves the next code under {@code prefix} (e.g. 42-444-18547-1-2026-001) for a dossier, refusing
   * a second open dossier for the same producer and product in the same commune.
   */
  public String register(String prefix, String communeCode, String producerName, String productName,
      String processInstanceId, Instant now) {
    String openKey = ProductKey.of(communeCode, producerName, productName);
    List<String> open = jdbc.queryForList("SELECT dossier_code FROM ocop_dossier WHERE open_key = ?", String.class, openKey);
    if (!open.isEmpty()) {
      throw duplicate(open.get(0));
    }
    int next = nextNumber(prefix);
    String code = prefix + "-" + String.format("%03d", next);
    try {
      jdbc.update("INSERT INTO ocop_dossier (dossier_code, code_prefix, sequence_no, open_key, process_instance_id,"
          + " registered_at) VALUES (?, ?, ?, ?, ?, ?)", code, prefix, next, openKey, processInstanceId, Timestamp.from(now));
    } catch (DuplicateKeyException sameProductAtTheSameMoment) {
      // The number cannot collide: only the open product can, registered twice at once.
      throw duplicate("vừa được đăng ký cùng lúc / registered at the same moment");
    }
    return code;
  }

  /**
   * The prefix's next number: its counter row is incremented, and so locked until this registration
   * commits, so a registration of the same prefix at the same moment waits for it and takes the number
   * after. A prefix's first registration creates its row under a savepoint: when another one created it
   * first, only that insert is undone.
   */
  private int nextNumber(String prefix) {
    if (jdbc.update("UPDATE ocop_dossier_counter SET last_no = last_no + 1 WHERE code_prefix = ?", prefix) == 0) {
      if (inserts.insert(() -> jdbc.update("INSERT INTO ocop_dossier_counter (code_prefix, last_no) VALUES (?, 1)",
          prefix))) {
        return 1;
      }
      jdbc.update("UPDATE ocop_dossier_counter SET last_no = last_no + 1 WHERE code_prefix = ?", prefix);
    }
    return jdbc.queryForObject("SELECT last_no FROM ocop_dossier_counter WHERE code_prefix = ?", Integer.class, prefix);
  }

  /** Frees the producer and product for a new dossier once this one has ended, however it ended. */
  public void close(String processInstanceId, Instant now) {
    jdbc.update("UPDATE ocop_dossier SET open_key = NULL, closed_at = ? WHERE process_instance_id = ? AND closed_at IS NULL",
        Timestamp.from(now), processInstanceId);
  }

  private static InvalidInputException duplicate(String openDossier) {
    return new InvalidInputException("Hồ sơ đăng ký / Registration", List.of(
        "productName: chủ thể đã có hồ sơ đang xử lý cho sản phẩm này (" + openDossier
            + ") / this producer already has an open dossier for this product (" + openDossier + ")"));
  }
}
