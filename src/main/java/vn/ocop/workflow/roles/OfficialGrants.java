package vn.ocop.workflow.roles;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.StartUpLock;
import vn.ocop.workflow.roles.Grants.Grant;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;
import vn.ocop.workflow.vocabulary.CertificateLifecycleProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;
import vn.ocop.workflow.vocabulary.MailPreferenceProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;

/**
 * What each role may do, granted to the groups derived from the units at every start, so a new unit
 * or a new member of a group has exactly its role's rights. Access to single dossiers is granted as
 * each dossier reaches a unit (see {@link Grants#readDossier}); tasks are readable by their
 * candidate groups and assignees, which the engine grants itself.
 */
@Component
public class OfficialGrants {

  private static final Logger LOG = LoggerFactory.getLogger(OfficialGrants.class);

  private final Grants grants;
  private final OrganisationUnits units;
  private final StartUpLock startUpLock;

  public OfficialGrants(Grants grants, OrganisationUnits units, StartUpLock startUpLock) {
    this.grants = grants;
    this.units = units;
    this.startUpLock = startUpLock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(4)
  public void atStartUp() {
    startUpLock.run(this::synchronize);
  }

  /** Gives every group its role's rights, writing only the rows missing or lacking a permission. */
  public Grants.Written synchronize() {
    List<String> communeGroups = units.communeGroups();
    List<String> councilGroups = units.councilGroups();
    List<String> agencyGroups = units.agencyGroups();
    List<String> advisoryGroups = units.advisoryGroups();
    List<Grant> wanted = new ArrayList<>();
    communeGroups.forEach(group -> wanted.addAll(registersDossiers(group)));
    councilGroups.forEach(group -> wanted.addAll(councilMembers(group)));
    councilGroups.stream().map(OfficialGroups::councilChair).forEach(group -> wanted.addAll(councilMembers(group)));
    agencyGroups.forEach(group -> wanted.addAll(agencies(group)));
    advisoryGroups.forEach(group -> wanted.addAll(advisoryGroup(group)));
    Stream.of(communeGroups, councilGroups, agencyGroups, advisoryGroups).flatMap(List::stream)
        .forEach(group -> wanted.addAll(mailPreference(group)));
    // Producers register their own products and answer returns in Tasklist, as the commune does. They get
    // no right on any dossier: a revision task is theirs as its candidate user, and their dossiers are listed
    // for them by the producers' Tasklist plugin, never through the engine's history (where council work is).
    wanted.addAll(registersDossiers(OfficialGroups.PRODUCERS));
    wanted.addAll(auditors());
    wanted.addAll(administrators());
    Grants.Written written = grants.grantAll(wanted);
    LOG.info("Authorizations in step: {} commune groups, {} councils, {} agencies, {} advisory groups, auditors,"
        + " administrators: {} rows, {} created, {} given a missing permission", communeGroups.size(),
        councilGroups.size(), agencyGroups.size(), advisoryGroups.size(), written.wanted(), written.created(),
        written.extended());
    return written;
  }

  /** Registers dossiers (the commune is checked at registration) and works the commune's tasks. */
  private static List<Grant> registersDossiers(String group) {
    return List.of(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
        new Grant(group, Resources.PROCESS_DEFINITION, EvaluationProcess.KEY,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE),
        new Grant(group, Resources.PROCESS_DEFINITION, LevelEvaluationProcess.KEY, ProcessDefinitionPermissions.READ),
        new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
  }

  /**
   * Scores and gives re-evaluation opinions in Tasklist; the council models are readable for the task's
   * diagram, nothing is startable.
   */
  private static List<Grant> councilMembers(String group) {
    return List.of(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
        new Grant(group, Resources.PROCESS_DEFINITION, CouncilEvaluationProcess.KEY, ProcessDefinitionPermissions.READ),
        new Grant(group, Resources.PROCESS_DEFINITION, WrittenOpinionsProcess.KEY, ProcessDefinitionPermissions.READ));
  }

  /**
   * Inspects certified products and decides revocations in Tasklist, and opens an ad-hoc inspection there
   * (which certificates an agency may inspect is checked when it opens); the lifecycle model is readable.
   */
  private static List<Grant> agencies(String group) {
    return List.of(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
        new Grant(group, Resources.PROCESS_DEFINITION, CertificateInspectionProcess.KEY,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE),
        new Grant(group, Resources.PROCESS_DEFINITION, CertificateLifecycleProcess.KEY, ProcessDefinitionPermissions.READ),
        new Grant(group, Resources.PROCESS_DEFINITION, LevelEvaluationProcess.KEY, ProcessDefinitionPermissions.READ),
        new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
  }

  /** Visits production sites and records test results in Tasklist (Decision 26/2026); nothing is startable. */
  private static List<Grant> advisoryGroup(String group) {
    return List.of(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
        new Grant(group, Resources.PROCESS_DEFINITION, LevelEvaluationProcess.KEY, ProcessDefinitionPermissions.READ));
  }

  /** Every official chooses in Tasklist how they hear of new work (for themselves: the process records its starter). */
  private static List<Grant> mailPreference(String group) {
    return List.of(new Grant(group, Resources.PROCESS_DEFINITION, MailPreferenceProcess.KEY,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE),
        new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
  }

  /** Cockpit and read access to every definition, dossier and history; no work, no change, no deployment. */
  private static List<Grant> auditors() {
    String group = OfficialGroups.AUDITORS;
    return List.of(new Grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS),
        new Grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK),
        new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
        new Grant(group, Resources.TASK, ANY, TaskPermissions.READ),
        new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
        new Grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
        new Grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
        new Grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
        new Grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ),
        new Grant(group, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
  }

  /** Everything: deploy models, manage users and groups, resolve incidents. */
  private static List<Grant> administrators() {
    return Stream.of(Resources.values()).map(resource -> new Grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL))
        .toList();
  }
}
