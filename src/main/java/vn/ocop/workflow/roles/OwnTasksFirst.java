package vn.ocop.workflow.roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * A user's task queries (the REST task list and count, Tasklist's filters) cost what the user's own tasks cost,
 * not what all open tasks cost.
 *
 * <p>The engine checks a task query by joining the user's grants on {@code AUTH.RESOURCE_ID_ IN (task id,
 * definition key, '*')}. No index serves a join on three columns of two tables at once, so the database reads
 * every open task of the country and compares it with the user's grants, even for an officer who sees two
 * (README, Benchmark). Officials read a task only through a grant on that task (the engine's for a candidate
 * group, candidate user or assignee; the chair's, see scoring/ChairFollowsScoring): the ids of those grants are
 * then what the user may read. This adds them to the query as task ids, so the database starts from the user's
 * few tasks by their primary key, and leaves the engine's join out when no revoke applies to the user (where one
 * does, the join stays and decides). The answer is the same. A user with a grant on every task or on a definition's tasks (auditors, administrators), or with more
 * task grants than {@link #MOST_TASK_GRANTS}, keeps the plain check: their lists are long, so the first page
 * fills at once. The same authorization manager spares every check the engine's read of all granted groups
 * ({@link OwnTasksAuthorizationManager#filterAuthenticatedGroupIds}).
 */
@Component
class OwnTasksFirst extends AbstractProcessEnginePlugin {

  /** A unit seeing more tasks than this gains nothing from listing them: the plain check fills a page at once. */
  static final int MOST_TASK_GRANTS = 2000;
  /** No task has an empty id: a user with no task grant finds nothing, as the engine's check would decide. */
  private static final String NO_TASK = "";
  /** Officials belong to one or two groups; a user in more (an identity provider's) keeps the engine's narrowing. */
  static final int FEW_GROUPS = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new OwnTasksAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /**
   * The engine's authorization manager, with the user's task grants added to their task queries, and a user's few
   * groups not narrowed by a read of the whole authorization table.
   */
  static final class OwnTasksAuthorizationManager extends AuthorizationManager {

    /**
     * Before any check, the engine narrows the user's groups to those some authorization names, by reading the
     * group of every row of the authorization table, once per command. Every open task adds its group's grant, so
     * that read grows with all open tasks of the country (0.4 s at 360,000 rows, README, Benchmark) and is paid by
     * every call. A group no authorization names matches no row of the check that follows, so a user's few groups
     * are passed on as they are: the same answer without the read.
     */
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > FEW_GROUPS) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList());
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (check.isAuthorizationCheckEnabled() && check.getAuthUserId() != null) {
        grantedTasks(check.getAuthUserId(), check.getAuthGroupIds()).ifPresent(granted -> {
          Set<String> ids = new LinkedHashSet<>(granted);
          if (query.getTaskIdIn() != null && query.getTaskIdIn().length > 0) {
            ids.retainAll(Arrays.asList(query.getTaskIdIn()));
          }
          query.taskIdIn(ids.isEmpty() ? new String[] {NO_TASK} : ids.toArray(String[]::new));
          if (!check.isRevokeAuthorizationCheckEnabled()) {
            // No revoke applies to the user (the engine looked), so its join would find exactly these grants again,
            // comparing each listed task with each grant: a council chair following a thousand sheets pays a million
            // comparisons. The grants were read by the engine's own rule (a global or granted READ on the task),
            // so the join is left out.
            check.setShouldPerformAuthorizatioCheck(false);
          }
        });
      }
    }

    /** The tasks the user's task grants name; empty when the user may read more than named tasks, or too many. */
    private Optional<Set<String>> grantedTasks(String user, List<String> groups) {
      CommandContext context = Context.getCommandContext();
      boolean checking = context.isAuthorizationCheckEnabled();
      // The grants are read to shape the query, not shown: an official may not read authorizations.
      context.disableAuthorizationCheck();
      try {
        List<Authorization> tasks = new ArrayList<>(grants(context, user, groups, Resources.TASK.resourceType()));
        if (tasks.size() > MOST_TASK_GRANTS || tasks.stream().anyMatch(grant -> Authorization.ANY.equals(grant.getResourceId()))
            || grants(context, user, groups, Resources.PROCESS_DEFINITION.resourceType()).stream()
                .anyMatch(grant -> grant.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK))) {
          return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        tasks.stream().filter(grant -> grant.isPermissionGranted(Permissions.READ)).forEach(grant -> ids.add(grant.getResourceId()));
        return Optional.of(ids);
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    }

    /** The global authorizations and the user's and groups' grants on one resource type, at most one past the limit. */
    private static List<Authorization> grants(CommandContext context, String user, List<String> groups, int resourceType) {
      List<Authorization> found = new ArrayList<>(select(context,
          query(resourceType, Authorization.AUTH_TYPE_GLOBAL).userIdIn(Authorization.ANY)));
      found.addAll(select(context, query(resourceType, Authorization.AUTH_TYPE_GRANT).userIdIn(user, Authorization.ANY)));
      if (groups != null && !groups.isEmpty()) {
        found.addAll(select(context, query(resourceType, Authorization.AUTH_TYPE_GRANT).groupIdIn(groups.toArray(String[]::new))));
      }
      return found;
    }

    private static AuthorizationQuery query(int resourceType, int authorizationType) {
      return new AuthorizationQueryImpl().resourceType(resourceType).authorizationType(authorizationType);
    }

    private static List<Authorization> select(CommandContext context, AuthorizationQuery query) {
      return ((AuthorizationQueryImpl) query).executeList(context, new Page(0, MOST_TASK_GRANTS + 1));
    }
  }
}
