package vn.ocop.workflow.certificates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.OrganisationUnits;

/**
 * The certificates an official may see (GET /api/certificates, HTTP Basic as the REST API): a commune's
 * officers their commune's, a council its district's or province's, the central council, auditors and
 * administrators all. Filters by province, commune, product group, stars, status and expiry; paged.
 */
@RestController
public class CertificateList {

  static final int MAX_PAGE_SIZE = 100;
  private static final Logger REFUSALS = LoggerFactory.getLogger("vn.ocop.workflow.refusals");
  private static final List<String> EVERYWHERE = List.of(OfficialGroups.CENTRAL_COUNCIL, OfficialGroups.CENTRAL_AGENCY,
      OfficialGroups.AUDITORS, OfficialGroups.ADMINISTRATORS);

  private final CertificateRegister register;
  private final OrganisationUnits units;
  private final IdentityService identity;

  public CertificateList(CertificateRegister register, OrganisationUnits units, IdentityService identity) {
    this.register = register;
    this.units = units;
    this.identity = identity;
  }

  @GetMapping(PublicRegistry.API)
  public ResponseEntity<Map<String, Object>> list(@RequestParam Map<String, String> parameters) {
    CertificateSearch search;
    try {
      search = search(parameters);
    } catch (InvalidInputException refused) {
      REFUSALS.info("Refused: {}", refused.getMessage());
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 400, "message", refused.getMessage()));
    }
    CertificateRegister.Page page = register.search(search, visibleCommunes(identity.getCurrentAuthentication()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", page.total());
    body.put("page", search.page());
    body.put("size", search.size());
    body.put("certificates", page.certificates());
    return ResponseEntity.ok(body);
  }

  /** The communes whose certificates the caller sees; null for all of them (also the overview dashboard's rule). */
  public List<String> visibleCommunes(Authentication caller) {
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.stream().anyMatch(EVERYWHERE::contains)) {
      return null;
    }
    List<String> communes = new ArrayList<>();
    groups.forEach(group -> OfficialGroups.unitOf(group).ifPresent(unit -> communes.addAll(units.communesWithin(unit))));
    return communes;
  }

  private static CertificateSearch search(Map<String, String> parameters) {
    List<String> problems = new ArrayList<>();
    List<String> known = List.of("province", "commune", "productGroup", "stars", "status", "expiringBefore", "page", "size");
    parameters.keySet().stream().filter(name -> !known.contains(name))
        .forEach(name -> problems.add(name + ": không phải bộ lọc / is not a filter; filters: " + known));
    Integer stars = number(parameters, "stars", 3, 5, problems);
    Integer page = number(parameters, "page", 0, Integer.MAX_VALUE, problems);
    Integer size = number(parameters, "size", 1, MAX_PAGE_SIZE, problems);
    Certificate.Status status = null;
    if (parameters.containsKey("status")) {
      try {
        status = Certificate.Status.valueOf(parameters.get("status").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("status: '" + parameters.get("status") + "' không thuộc / is not one of "
            + List.of("active", "downgraded", "revoked", "expired", "superseded"));
      }
    }
    LocalDate expiringBefore = null;
    if (parameters.containsKey("expiringBefore")) {
      try {
        expiringBefore = LocalDate.parse(parameters.get("expiringBefore"));
      } catch (DateTimeParseException e) {
        problems.add("expiringBefore: '" + parameters.get("expiringBefore") + "' không phải ngày như 2027-06-30"
            + " / is not a day such as 2027-06-30");
      }
    }
    for (String code : List.of("province", "commune", "productGroup")) {
      if (parameters.containsKey(code) && !parameters.get(code).matches("\\d{1,5}")) {
        problems.add(code + ": '" + parameters.get(code) + "' không phải mã / is not a code");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Tìm giấy chứng nhận / Certificate search", problems);
    }
    return new CertificateSearch(parameters.get("province"), parameters.get("commune"), parameters.get("productGroup"),
        stars, status, expiringBefore, page == null ? 0 : page, size == null ? 20 : size);
  }

  private static Integer number(Map<String, String> parameters, String name, int min, int max, List<String> problems) {
    if (!parameters.containsKey(name)) {
      return null;
    }
    String text = parameters.get(name);
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the parameter's name
    }
    problems.add(name + ": '" + text + "' phải là số nguyên từ " + min + " đến " + max + " / must be a whole number from "
        + min + " to " + max);
    return null;
  }
}
