package vn.ocop.workflow.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.vocabulary.ProductKey;

/**
 * The register of dossier codes. It runs in the engine's transaction, so a refused or failed
 * registration leaves no row behind, and its unique keys hold across engine nodes.
 */
@Repository
public class DossierRegistry {

  private final JdbcTemplate jdbc;

  public DossierRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
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
    Integer next = jdbc.queryForObject(
        "SELECT COALESCE(MAX(sequence_no), 0) + 1 FROM ocop_dossier WHERE code_prefix = ?", Integer.class, prefix);
    String code = prefix + "-" + String.format("%03d", next);
    try {
      jdbc.update("INSERT INTO ocop_dossier (dossier_code, code_prefix, sequence_no, open_key, process_instance_id, registered_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)", code, prefix, next, openKey, processInstanceId, Timestamp.from(now));
    } catch (DuplicateKeyException e) {
      throw new InvalidInputException("Hồ sơ đăng ký / Registration", List.of(
          "dossierCode: một hồ sơ khác vừa được đăng ký cùng lúc, hãy gửi lại / another registration was saved at the same moment, please submit again"));
    }
    return code;
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
