package vn.ocop.workflow.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ocop.workflow.input.QueryParameters;
import vn.ocop.workflow.vocabulary.Procedure;

/**
 * What an auditor searches dossiers by; null means any. Text filters match part of the name, ignoring
 * case; codes match exactly; the dossier code matches from its start. Days are calendar days in Vietnam.
 * Pages count from 0.
 */
record DossierSearch(String code, String product, String producer, String province, String district, String commune,
                     String productGroup, String procedure, Integer version, Outcome outcome, Integer stars,
                     LocalDate from, LocalDate to, Sort sort, boolean ascending, int page, int size) {

  static final int MAX_PAGE_SIZE = 100;
  /** A dossier code, or the start of one: 42-444-18547-1-2026-001. */
  static final String CODE = "[0-9A-Za-z-]{1,64}";
  static final List<String> FILTERS = List.of("code", "product", "producer", "province", "district", "commune",
      "productGroup", "procedure", "version", "outcome", "stars", "from", "to", "sort", "order", "page", "size");

  /** How a dossier ended, or that it has not. */
  enum Outcome {
    RUNNING("running", "Đang xử lý / Running"),
    CERTIFIED("certified", "Được công nhận / Certified"),
    NOT_RECOGNISED("not-recognised", "Không được công nhận / Not recognised"),
    DISQUALIFIED("disqualified", "Bị loại / Disqualified"),
    REJECTED("rejected", "Bị từ chối / Rejected"),
    LAPSED("lapsed", "Hết hạn / Lapsed"),
    REVOKED("revoked", "Bị thu hồi / Revoked"),
    /** Ended by an administrator (Cockpit or REST), not by the procedure. */
    CANCELLED("cancelled", "Bị huỷ / Cancelled");

    final String id;
    final String label;

    Outcome(String id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  enum Sort {
    CODE("code"), REGISTERED("registered"), ENDED("ended"), DURATION("duration");

    final String id;

    Sort(String id) {
      this.id = id;
    }
  }

  /** Reads the query parameters; every problem is named with its parameter, all at once. */
  static DossierSearch of(Map<String, String> parameters) {
    QueryParameters filters = new QueryParameters(parameters, FILTERS);
    String code = filters.matching("code", CODE, "không phải mã hồ sơ / is not a dossier code");
    String province = filters.code("province");
    String district = filters.code("district");
    String commune = filters.code("commune");
    String productGroup = filters.code("productGroup");
    String procedure = filters.choice("procedure", Procedure.values(), Procedure::id) == null ? null
        : parameters.get("procedure");
    Outcome outcome = filters.choice("outcome", Outcome.values(), known -> known.id);
    Sort sort = filters.choice("sort", Sort.values(), known -> known.id);
    Boolean ascending = filters.choice("order", new Boolean[] {true, false}, up -> up ? "asc" : "desc");
    Integer stars = filters.number("stars", 3, 5);
    if (stars != null && outcome != null && outcome != Outcome.CERTIFIED && outcome != Outcome.REVOKED) {
      filters.problem("stars: chỉ đi với kết quả certified hoặc revoked / only goes with the outcome certified or revoked");
    }
    Integer version = filters.number("version", 1, Integer.MAX_VALUE);
    Integer page = filters.number("page", 0, Integer.MAX_VALUE);
    Integer size = filters.number("size", 1, MAX_PAGE_SIZE);
    LocalDate from = filters.day("from");
    LocalDate to = filters.day("to");
    if (from != null && to != null && to.isBefore(from)) {
      filters.problem("to: " + to + " trước ngày from / is before from " + from);
    }
    String product = filters.matching("product", "(?s)(?=.*\\S).{1,200}", "phải có từ 1 đến 200 ký tự / must have 1 to 200 characters");
    String producer = filters.matching("producer", "(?s)(?=.*\\S).{1,200}", "phải có từ 1 đến 200 ký tự / must have 1 to 200 characters");
    filters.check("Tìm hồ sơ / Dossier search");
    return new DossierSearch(code, product, producer, province, district, commune, productGroup, procedure, version,
        outcome, stars, from, to, sort == null ? Sort.REGISTERED : sort, ascending != null && ascending,
        page == null ? 0 : page, size == null ? 20 : size);
  }
}
