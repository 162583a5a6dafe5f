package vn.ocop.workflow.roles;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.EngineBatch;

/**
 * Adds permissions to a group on one resource, reusing the group's existing authorization row so that
 * repeated starts and repeated steps of a dossier never pile up duplicates; and many groups' grants at once
 * ({@link #grantAll}), reading what exists once and writing only what is missing.
 */
@Component
public class Grants {

  private final AuthorizationService authorizations;
  private final EngineBatch batch;

  public Grants(AuthorizationService authorizations, EngineBatch batch) {
    this.authorizations = authorizations;
    this.batch = batch;
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grantAll(List.of(new Grant(groupId, resource, resourceId, permissions)));
  }

  /** Lets a group read one dossier (process instance) and its history, and nothing else of it. */
  public void readDossier(String groupId, String processInstanceId) {
    grantAll(List.of(new Grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ),
        new Grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ)));
  }

  /**
   * Gives each group at least the permissions wanted, as {@link #grant} does one by one, but reading what is
   * granted once (a query per kind of resource, not per row) and writing only the rows that are missing or
   * lack a permission, in one transaction and the engine's batches: when nothing changed, nothing is written.
   * Reads as the caller may: at start-up, or as the procedure itself.
   */
  public Written grantAll(Collection<Grant> wanted) {
    Map<Key, Set<Permission>> merged = new LinkedHashMap<>();
    wanted.forEach(grant -> merged.computeIfAbsent(Key.of(grant), key -> new LinkedHashSet<>())
        .addAll(grant.permissions()));
    return batch.run(writes -> {
      Map<Key, Authorization> granted = granted(merged.keySet());
      int created = 0;
      int extended = 0;
      for (Map.Entry<Key, Set<Permission>> entry : merged.entrySet()) {
        Permission[] permissions = entry.getValue().toArray(Permission[]::new);
        Authorization authorization = granted.get(entry.getKey());
        if (authorization == null) {
          authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          authorization.setGroupId(entry.getKey().groupId());
          authorization.setResourceType(entry.getKey().resourceType());
          authorization.setResourceId(entry.getKey().resourceId());
          created++;
        } else if (hasAll(authorization, permissions)) {
          continue;
        } else {
          extended++;
        }
        for (Permission permission : permissions) {
          authorization.addPermission(permission);
        }
        Authorization row = authorization;
        writes.add(() -> authorizations.saveAuthorization(row));
      }
      return new Written(merged.size(), created, extended);
    });
  }

  /**
   * The groups' grants on the resources of these keys. Rows on any resource ({@code *}) are read together;
   * rows on named resources by their kind, or by their one id where all keys of the kind name the same.
   */
  private Map<Key, Authorization> granted(Collection<Key> keys) {
    List<Authorization> rows = new ArrayList<>();
    if (keys.stream().anyMatch(key -> ANY.equals(key.resourceId()))) {
      rows.addAll(grantQuery().resourceId(ANY).list());
    }
    keys.stream().filter(key -> !ANY.equals(key.resourceId()))
        .collect(Collectors.groupingBy(Key::resourceType, Collectors.mapping(Key::resourceId, Collectors.toSet())))
        .forEach((type, ids) -> rows.addAll(ids.size() == 1
            ? grantQuery().resourceType(type).resourceId(ids.iterator().next()).list()
            : grantQuery().resourceType(type).list()));
    Map<Key, Authorization> granted = new HashMap<>();
    rows.stream().filter(row -> row.getGroupId() != null).forEach(row -> granted.put(Key.of(row), row));
    return granted;
  }

  private AuthorizationQuery grantQuery() {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT);
  }

  /** A group's permissions on one resource ({@code *} for all of its kind). */
  public record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

    public Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      this(groupId, resource, resourceId, List.of(permissions));
    }
  }

  /** What {@link #grantAll} did: rows wanted, created, and existing rows that lacked a permission. */
  public record Written(int wanted, int created, int extended) {

    public boolean nothing() {
      return created == 0 && extended == 0;
    }
  }

  private record Key(String groupId, int resourceType, String resourceId) {

    static Key of(Grant grant) {
      return new Key(grant.groupId(), grant.resource().resourceType(), grant.resourceId());
    }

    static Key of(Authorization row) {
      return new Key(row.getGroupId(), row.getResourceType(), row.getResourceId());
    }
  }

  private static boolean hasAll(Authorization authorization, Permission... permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }
}
