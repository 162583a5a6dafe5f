package vn.ocop.workflow.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates one Camunda group per unit, plus the central groups, auditors and operators, and keeps their names current. */
@Component
public class OfficialGroupsSynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(OfficialGroupsSynchronizer.class);

  private final IdentityService identityService;
  private final OrganisationUnits units;

  public OfficialGroupsSynchronizer(IdentityService identityService, OrganisationUnits units) {
    this.identityService = identityService;
    this.units = units;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void synchronize() {
    Map<String, String> wanted = new LinkedHashMap<>();
    units.all().forEach(unit -> wanted.put(OfficialGroups.of(unit), OfficialGroups.displayName(unit)));
    wanted.put(OfficialGroups.CENTRAL_COUNCIL, OfficialGroups.CENTRAL_COUNCIL_NAME + " / Central OCOP council");
    units.councilGroups().forEach(council -> wanted.put(OfficialGroups.councilChair(council),
        "Chủ tịch / Chair: " + wanted.get(council)));
    units.provinces().forEach(province ->
        wanted.put(OfficialGroups.provinceAgency(province.code()), OfficialGroups.agencyDisplayName(province)));
    wanted.put(OfficialGroups.CENTRAL_AGENCY, OfficialGroups.CENTRAL_AGENCY_NAME + " / Central OCOP office");
    units.provinces().forEach(province ->
        wanted.put(OfficialGroups.provinceAdvisory(province.code()), OfficialGroups.advisoryDisplayName(province)));
    wanted.put(OfficialGroups.CENTRAL_ADVISORY, OfficialGroups.CENTRAL_ADVISORY_NAME + " / Central OCOP advisory group");
    wanted.put(OfficialGroups.AUDITORS, "Thanh tra, kiểm toán / Auditors");
    wanted.put(OfficialGroups.OPERATORS, "Vận hành hệ thống / Operators");
    wanted.put(OfficialGroups.ADMINISTRATORS, "Quản trị hệ thống / Administrators");
    wanted.put(OfficialGroups.PRODUCERS, "Chủ thể OCOP / OCOP producers");
    int created = 0;
    for (Map.Entry<String, String> entry : wanted.entrySet()) {
      Group group = identityService.createGroupQuery().groupId(entry.getKey()).singleResult();
      if (group == null) {
        group = identityService.newGroup(entry.getKey());
        created++;
      } else if (entry.getValue().equals(group.getName())) {
        continue;
      }
      group.setName(entry.getValue());
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    LOG.info("Official groups in step with {} units: {} groups, {} created", units.all().size(), wanted.size(), created);
  }
}
