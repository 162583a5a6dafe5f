package vn.ocop.workflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.inbox.TasklistFilters;
import vn.ocop.workflow.organisation.OfficialGroupsSynchronizer;
import vn.ocop.workflow.testing.ProcessTestBase;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * What every start does to groups, grants and Tasklist filters, done again on a database where it is done
 * already, as a restart does: nothing is written. Each row's revision tells: the engine counts it up at every
 * update, and a row deleted and inserted again has a new id. What is missing or changed is put back, and only
 * that.
 */
class RestartWritesNothingTest extends ProcessTestBase {

  private static final String PHUC_TRACH_GROUP = "commune-18547-officers";

  @Autowired
  private OfficialGroupsSynchronizer groups;
  @Autowired
  private OfficialGrants officialGrants;
  @Autowired
  private TasklistFilters filters;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private AuthorizationService authorizationService;
  @Autowired
  private FilterService filterService;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void aRestartWithTheSameUnitsWritesNoGroupGrantOrFilter() {
    Map<String, Integer> before = revisions();

    OfficialGroupsSynchronizer.Changed changedGroups = groups.synchronize();
    Grants.Written roleGrants = officialGrants.synchronize();
    Grants.Written filterGrants = filters.synchronize();

    assertThat(changedGroups).isEqualTo(new OfficialGroupsSynchronizer.Changed(0, 0));
    assertThat(roleGrants.nothing()).as("role grants written: %s", roleGrants).isTrue();
    assertThat(roleGrants.wanted()).as("the role grants of every unit were checked").isGreaterThan(100);
    assertThat(filterGrants.nothing()).as("filter grants written: %s", filterGrants).isTrue();
    assertThat(revisions()).as("every group, authorization and filter with its revision").isEqualTo(before);
  }

  @Test
  void aMissingGrantAndAMissingPermissionArePutBackAndNothingElseIsWritten() {
    Authorization tasklist = groupGrant(PHUC_TRACH_GROUP, Resources.APPLICATION, "tasklist");
    authorizationService.deleteAuthorization(tasklist.getId());
    Authorization registration = groupGrant(PHUC_TRACH_GROUP, Resources.PROCESS_DEFINITION, EvaluationProcess.KEY);
    registration.removePermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizationService.saveAuthorization(registration);
    Map<String, Integer> before = revisions();

    Grants.Written written = officialGrants.synchronize();

    assertThat(written.created()).isOne();
    assertThat(written.extended()).isOne();
    Authorization restored = groupGrant(PHUC_TRACH_GROUP, Resources.APPLICATION, "tasklist");
    assertThat(restored.isPermissionGranted(Permissions.ACCESS)).isTrue();
    assertThat(groupGrant(PHUC_TRACH_GROUP, Resources.PROCESS_DEFINITION, EvaluationProcess.KEY)
        .isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    Map<String, Integer> expected = new HashMap<>(before);
    expected.put("authorization " + registration.getId(), before.get("authorization " + registration.getId()) + 1);
    expected.put("authorization " + restored.getId(), 1);
    assertThat(revisions()).isEqualTo(expected);
  }

  @Test
  void aGroupUnderAnOldNameAndAChangedFilterAreBroughtBackAlone() {
    Group group = identityService.createGroupQuery().groupId(PHUC_TRACH_GROUP).singleResult();
    String name = group.getName();
    group.setName("Phuc Trach officers");
    identityService.saveGroup(group);
    Filter filter = filterService.createFilterQuery().filterName(TasklistFilters.COMMUNE_DOSSIERS).singleResult();
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
    properties.put("priority", 99);
    filterService.saveFilter(filter.setProperties(properties));
    Map<String, Integer> before = revisions();

    assertThat(groups.synchronize()).isEqualTo(new OfficialGroupsSynchronizer.Changed(0, 1));
    assertThat(filters.synchronize().nothing()).isTrue();

    assertThat(identityService.createGroupQuery().groupId(PHUC_TRACH_GROUP).singleResult().getName()).isEqualTo(name);
    assertThat(filterService.getFilter(filter.getId()).getProperties()).containsEntry("priority", -10);
    Map<String, Integer> expected = new HashMap<>(before);
    expected.computeIfPresent("group " + PHUC_TRACH_GROUP, (id, revision) -> revision + 1);
    expected.computeIfPresent("filter " + filter.getId(), (id, revision) -> revision + 1);
    assertThat(revisions()).isEqualTo(expected);
  }

  private Authorization groupGrant(String group, Resources resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
  }

  /** Every group, authorization and filter by id, with its revision. */
  private Map<String, Integer> revisions() {
    Map<String, Integer> revisions = new HashMap<>();
    for (String table : new String[] {"group ACT_ID_GROUP", "authorization ACT_RU_AUTHORIZATION", "filter ACT_RU_FILTER"}) {
      String[] kindAndTable = table.split(" ");
      jdbc.query("SELECT ID_, REV_ FROM " + kindAndTable[1],
          row -> {
            revisions.put(kindAndTable[0] + " " + row.getString(1), row.getInt(2));
          });
    }
    return revisions;
  }
}
