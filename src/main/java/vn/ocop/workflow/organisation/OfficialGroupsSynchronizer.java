package vn.ocop.workflow.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.EngineBatch;
import vn.ocop.workflow.database.StartUpLock;

/** Creates one Camunda group per unit, plus the central groups, auditors and operators, and keeps their names current. */
@Component
public class OfficialGroupsSynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(OfficialGroupsSynchronizer.class);

  private final IdentityService identityService;
  private final OrganisationUnits units;
  private final EngineBatch batch;
  private final StartUpLock startUpLock;

  public OfficialGroupsSynchronizer(IdentityService identityService, OrganisationUnits units, EngineBatch batch,
      StartUpLock startUpLock) {
    this.identityService = identityService;
    this.units = units;
    this.batch = batch;
    this.startUpLock = startUpLock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void atStartUp() {
    startUpLock.run(this::synchronize);
  }

  /**
   * Reads every group once and writes, in one batch, only the groups that are missing or whose name changed:
   * a start with the same units writes nothing. How many it created and renamed.
   */
  public Changed synchronize() {
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
    Changed changed = batch.run(writes -> {
      Map<String, Group> existing = identityService.createGroupQuery().list().stream()
          .collect(Collectors.toMap(Group::getId, group -> group));
      int created = 0;
      int renamed = 0;
      for (Map.Entry<String, String> entry : wanted.entrySet()) {
        Group group = existing.get(entry.getKey());
        if (group == null) {
          group = identityService.newGroup(entry.getKey());
          created++;
        } else if (entry.getValue().equals(group.getName())) {
          continue;
        } else {
          renamed++;
        }
        group.setName(entry.getValue());
        group.setType("WORKFLOW");
        Group row = group;
        writes.add(() -> identityService.saveGroup(row));
      }
      return new Changed(created, renamed);
    });
    LOG.info("Official groups in step with {} units: {} groups, {} created, {} renamed", units.all().size(),
        wanted.size(), changed.created(), changed.renamed());
    return changed;
  }

  /** How many groups a synchronization created, and how many it gave their unit's current name. */
  public record Changed(int created, int renamed) {
  }
}
