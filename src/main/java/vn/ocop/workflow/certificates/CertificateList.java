package vn.ocop.workflow.certificates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.input.QueryParameters;
import vn.ocop.workflow.input.RefusalLog;
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
      RefusalLog.log(refused.getMessage());
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
    QueryParameters filters = new QueryParameters(parameters,
        List.of("province", "commune", "productGroup", "stars", "status", "expiringBefore", "page", "size"));
    Integer stars = filters.number("stars", 3, 5);
    Integer page = filters.number("page", 0, Integer.MAX_VALUE);
    Integer size = filters.number("size", 1, MAX_PAGE_SIZE);
    Certificate.Status status = filters.choice("status", Certificate.Status.values(),
        known -> known.name().toLowerCase(Locale.ROOT));
    LocalDate expiringBefore = filters.day("expiringBefore");
    String province = filters.code("province");
    String commune = filters.code("commune");
    String productGroup = filters.code("productGroup");
    filters.check("Tìm giấy chứng nhận / Certificate search");
    return new CertificateSearch(province, commune, productGroup, stars, status, expiringBefore, page == null ? 0 : page,
        size == null ? 20 : size);
  }
}
