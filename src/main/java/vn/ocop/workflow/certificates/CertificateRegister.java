package vn.ocop.workflow.certificates;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ocop.workflow.vocabulary.ProductKey;

/**
 * The certificates and their history (tables ocop_certificate and ocop_certificate_event), written in
 * the transaction of the process step that issues or changes a certificate, so the record and the
 * process never drift apart.
 */
@Repository
public class CertificateRegister {

  private final JdbcTemplate jdbc;

  public CertificateRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Issues a certificate; the decision that recognised the product is referenced where there is one (Decision 26/2026). */
  public void issue(Certificate certificate, Instant now, String reason, String decisionReference) {
    jdbc.update("INSERT INTO ocop_certificate (code, dossier_code, process_instance_id, product_name, producer_name,"
            + " commune_code, commune_name, province_code, province_name, product_group, stars, certifying_level,"
            + " certifying_unit_code, certifying_unit_name, issued_on, expires_on, status, product_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        certificate.code(), certificate.dossierCode(), certificate.processInstanceId(), certificate.productName(),
        certificate.producerName(), certificate.communeCode(), certificate.communeName(), certificate.provinceCode(),
        certificate.provinceName(), certificate.productGroup(), certificate.stars(), certificate.certifyingLevel(),
        certificate.certifyingUnitCode(), certificate.certifyingUnitName(), Date.valueOf(certificate.issuedOn()),
        Date.valueOf(certificate.expiresOn()), certificate.status().name(),
        ProductKey.of(certificate.communeCode(), certificate.producerName(), certificate.productName()));
    event(certificate.code(), certificate.issuedOn(), now, certificate.status(), certificate.stars(), reason,
        decisionReference);
  }

  /** Records a new status, effective on a day, with the reason, in the certificate and its history. */
  public void changeStatus(String code, Certificate.Status status, LocalDate effectiveOn, Instant now, String reason) {
    changeStatus(code, status, effectiveOn, now, reason, null);
  }

  /** Records a new status decided by an authority, with the reason and the decision's reference. */
  public void changeStatus(String code, Certificate.Status status, LocalDate effectiveOn, Instant now, String reason,
      String decisionReference) {
    Certificate certificate = require(code);
    jdbc.update("UPDATE ocop_certificate SET status = ? WHERE code = ?", status.name(), code);
    event(code, effectiveOn, now, status, certificate.stars(), reason, decisionReference);
  }

  /** Lowers the stars of a certificate in force: it stays valid until its expiry day, as downgraded. */
  public void downgrade(String code, int stars, LocalDate effectiveOn, Instant now, String reason) {
    Certificate certificate = require(code);
    if (stars >= certificate.stars() || stars < 3) {
      throw new IllegalArgumentException("A downgrade of " + code + " goes from " + certificate.stars()
          + "★ to fewer stars, 3★ at least, not " + stars + "★");
    }
    jdbc.update("UPDATE ocop_certificate SET status = ?, stars = ? WHERE code = ?", Certificate.Status.DOWNGRADED.name(),
        stars, code);
    event(code, effectiveOn, now, Certificate.Status.DOWNGRADED, stars, reason, null);
  }

  /** Adds to a certificate's history what was found without changing it (an inspection that found it sound). */
  public void note(String code, LocalDate effectiveOn, Instant now, String reason) {
    Certificate certificate = require(code);
    event(code, effectiveOn, now, certificate.status(), certificate.stars(), reason, null);
  }

  private void event(String code, LocalDate effectiveOn, Instant now, Certificate.Status status, int stars,
      String reason, String decisionReference) {
    jdbc.update("INSERT INTO ocop_certificate_event (id, certificate_code, effective_on, recorded_at, status, stars, reason,"
            + " decision_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), code,
        Date.valueOf(effectiveOn), Timestamp.from(now), status.name(), stars, reason, decisionReference);
  }

  public Certificate require(String code) {
    return find(code).orElseThrow(() -> new IllegalStateException("No certificate " + code + " in the register"));
  }

  /** The certificate in force (active or downgraded) of a producer's product in a commune, if it has one. */
  public Optional<Certificate> findInForce(String communeCode, String producerName, String productName) {
    return jdbc.query("SELECT * FROM ocop_certificate WHERE product_key = ?", this::certificate,
        ProductKey.of(communeCode, producerName, productName)).stream().filter(Certificate::inForce).findFirst();
  }

  public Optional<Certificate> find(String code) {
    List<Certificate> found = jdbc.query("SELECT * FROM ocop_certificate WHERE code = ?", this::certificate, code);
    return found.stream().findFirst();
  }

  /** The certificates issued on these dossiers, by dossier code (an auditor's page of dossiers). */
  public Map<String, Certificate> ofDossiers(Collection<String> dossierCodes) {
    if (dossierCodes.isEmpty()) {
      return Map.of();
    }
    return jdbc.query("SELECT * FROM ocop_certificate WHERE dossier_code IN ("
            + String.join(", ", Collections.nCopies(dossierCodes.size(), "?")) + ")", this::certificate,
            dossierCodes.toArray()).stream()
        .collect(Collectors.toMap(Certificate::dossierCode, certificate -> certificate, (first, second) -> second));
  }

  /** The codes of the dossiers whose certificate now has this status. */
  public List<String> dossiersWithStatus(Certificate.Status status) {
    return jdbc.queryForList("SELECT dossier_code FROM ocop_certificate WHERE status = ?", String.class, status.name());
  }

  /**
   * Certificates matching a search, within the communes given (null: everywhere), newest first, one page.
   * Every value reaches the database as a parameter.
   */
  public Page search(CertificateSearch search, List<String> communes) {
    if (communes != null && communes.isEmpty()) {
      return new Page(0, List.of());
    }
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1").append(within("commune_code", communes, parameters));
    condition(where, parameters, " AND province_code = ?", search.province());
    condition(where, parameters, " AND commune_code = ?", search.commune());
    condition(where, parameters, " AND product_group = ?", search.productGroup());
    condition(where, parameters, " AND stars = ?", search.stars());
    condition(where, parameters, " AND status = ?", search.status() == null ? null : search.status().name());
    condition(where, parameters, " AND expires_on < ?",
        search.expiringBefore() == null ? null : Date.valueOf(search.expiringBefore()));
    Integer total = jdbc.queryForObject("SELECT COUNT(*) FROM ocop_certificate" + where, Integer.class, parameters.toArray());
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(search.size());
    paged.add(search.page() * search.size());
    List<Certificate> certificates = jdbc.query("SELECT * FROM ocop_certificate" + where
        + " ORDER BY issued_on DESC, code LIMIT ? OFFSET ?", this::certificate, paged.toArray());
    return new Page(total == null ? 0 : total, certificates);
  }

  /** The condition "within these communes" (none when null: everywhere), its values added to the parameters. */
  private static String within(String column, List<String> communes, List<Object> parameters) {
    if (communes == null) {
      return "";
    }
    parameters.addAll(communes);
    return " AND " + column + " IN (" + String.join(", ", Collections.nCopies(communes.size(), "?")) + ")";
  }

  private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
    if (value != null) {
      where.append(clause);
      parameters.add(value);
    }
  }

  /** One page of a search, with the number of certificates it found in all. */
  public record Page(int total, List<Certificate> certificates) {
  }

  /**
   * Certificates in force (active or downgraded) by province and stars, within the communes given (null:
   * everywhere): one grouped query.
   */
  public List<InForce> inForceByProvince(List<String> communes) {
    if (communes != null && communes.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>(List.of(Certificate.Status.ACTIVE.name(),
        Certificate.Status.DOWNGRADED.name()));
    String within = within("commune_code", communes, parameters);
    return jdbc.query("SELECT province_code, province_name, stars, COUNT(*) FROM ocop_certificate WHERE status IN (?, ?)"
            + within + " GROUP BY province_code, province_name, stars ORDER BY province_code, stars",
        (row, i) -> new InForce(row.getString(1), row.getString(2), row.getInt(3), row.getLong(4)), parameters.toArray());
  }

  /** How many certificates in force a province holds at so many stars. */
  public record InForce(String provinceCode, String provinceName, int stars, long certificates) {
  }

  /**
   * How many certificates changed to a status (revoked, expired …) in each year from one year to another,
   * within the communes given (null: everywhere), by the day the change took effect.
   */
  public Map<Integer, Long> changesByYear(Certificate.Status status, int fromYear, int toYear, List<String> communes) {
    Map<Integer, Long> years = new TreeMap<>();
    if (communes != null && communes.isEmpty()) {
      return years;
    }
    List<Object> parameters = new ArrayList<>(List.of(status.name(),
        Date.valueOf(LocalDate.of(fromYear, 1, 1)), Date.valueOf(LocalDate.of(toYear + 1, 1, 1))));
    String within = within("c.commune_code", communes, parameters);
    jdbc.query("SELECT EXTRACT(YEAR FROM e.effective_on), COUNT(*) FROM ocop_certificate_event e"
            + " JOIN ocop_certificate c ON c.code = e.certificate_code"
            + " WHERE e.status = ? AND e.effective_on >= ? AND e.effective_on < ?" + within
            + " GROUP BY EXTRACT(YEAR FROM e.effective_on)",
        (ResultSet row) -> {
          years.put(row.getInt(1), row.getLong(2));
        }, parameters.toArray());
    return years;
  }

  /** The certificate's history, oldest first. */
  public List<Change> history(String code) {
    return jdbc.query("SELECT effective_on, status, stars, reason, decision_reference FROM ocop_certificate_event"
            + " WHERE certificate_code = ? ORDER BY recorded_at, effective_on",
        (row, i) -> new Change(row.getDate(1).toLocalDate(), Certificate.Status.valueOf(row.getString(2)), row.getInt(3),
            row.getString(4), row.getString(5)), code);
  }

  /** One entry of a certificate's history. */
  public record Change(LocalDate effectiveOn, Certificate.Status status, int stars, String reason,
                       String decisionReference) {
  }

  private Certificate certificate(ResultSet row, int i) throws SQLException {
    return new Certificate(row.getString("code"), row.getString("dossier_code"), row.getString("process_instance_id"),
        row.getString("product_name"), row.getString("producer_name"), row.getString("commune_code"),
        row.getString("commune_name"), row.getString("province_code"), row.getString("province_name"),
        row.getString("product_group"), row.getInt("stars"), row.getString("certifying_level"),
        row.getString("certifying_unit_code"), row.getString("certifying_unit_name"),
        row.getDate("issued_on").toLocalDate(), row.getDate("expires_on").toLocalDate(),
        Certificate.Status.valueOf(row.getString("status")));
  }
}
