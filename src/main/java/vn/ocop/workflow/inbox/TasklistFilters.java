package vn.ocop.workflow.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.database.StartUpLock;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.roles.Grants;
import vn.ocop.workflow.roles.Grants.Grant;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;

/**
 * The Tasklist filters every official sees on first login, one per role: commune officers' dossier
 * checks, council members' score sheets, agencies' inspections and revocations, and everything addressed
 * to the user or their groups. Other features add filters of their own through {@link #save}, such as one
 * per evaluation round.
 */
@Component
public class TasklistFilters {

  public static final String COMMUNE_DOSSIERS = "Hồ sơ của xã / Commune dossiers";
  public static final String SCORE_SHEETS = "Phiếu chấm điểm của tôi / My score sheets";
  public static final String INSPECTIONS = "Kiểm tra và thu hồi / Inspections and revocations";
  public static final String PROPOSALS = "Hồ sơ đề xuất công nhận / Proposals for recognition";
  public static final String SCORING_PROGRESS = "Tiến độ chấm điểm của hội đồng / Council's scoring progress";
  public static final String ALL_MY_WORK = "Tất cả việc của tôi / All my work";
  public static final String PRODUCER_REVISIONS = "Hồ sơ cần tôi bổ sung / Dossiers for me to revise";

  /** The filter property that finds a filter again after its name changed. */
  static final String KEY = "ocopFilterKey";

  private static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", "dossierCode", "label", "Mã hồ sơ / Dossier"),
      Map.of("name", "productName", "label", "Sản phẩm / Product"),
      Map.of("name", "communeName", "label", "Xã / Commune"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final OrganisationUnits units;
  private final Grants grants;
  private final AsTheProcedure procedureItself;
  private final StartUpLock startUpLock;

  public TasklistFilters(FilterService filterService, TaskService taskService, OrganisationUnits units, Grants grants,
      AsTheProcedure procedureItself, StartUpLock startUpLock) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.units = units;
    this.grants = grants;
    this.procedureItself = procedureItself;
    this.startUpLock = startUpLock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(3)
  public void atStartUp() {
    startUpLock.run(this::synchronize);
  }

  /**
   * Brings every role's filter to its definition and lets the role's groups read it, writing only what
   * changed: the filters are read once, a filter is saved only when it differs, and the read grants of all
   * groups are checked and written at once. How many grants were written.
   */
  public Grants.Written synchronize() {
    return procedureItself.call(() -> {
      List<Filter> filters = taskFilters();
      List<Grant> readers = new ArrayList<>();
      roleFilters().forEach(filter -> readers.addAll(define(filters, filter)));
      return grants.grantAll(readers);
    });
  }

  /** The role filters: each is found again by its name. */
  private List<Definition> roleFilters() {
    List<String> communeGroups = units.communeGroups();
    List<String> councilGroups = units.councilGroups();
    List<String> agencyGroups = units.agencyGroups();
    List<String> advisoryGroups = units.advisoryGroups();
    List<String> everyOfficial = new ArrayList<>(communeGroups);
    everyOfficial.addAll(councilGroups);
    everyOfficial.addAll(agencyGroups);
    everyOfficial.addAll(advisoryGroups);
    List<String> agenciesAndAdvisers = new ArrayList<>(agencyGroups);
    agenciesAndAdvisers.addAll(advisoryGroups);
    List<Definition> filters = new ArrayList<>();
    // Claimed tasks stay in the commune's list, so a colleague sees who is working on a dossier.
    filters.add(new Definition(COMMUNE_DOSSIERS, -10,
        "Kiểm tra và bổ sung hồ sơ của xã / Dossier checks and revisions of your commune",
        taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .taskDefinitionKeyIn(EvaluationProcess.Elements.CHECK_DOSSIER, EvaluationProcess.Elements.REVISE_DOSSIER,
                LevelEvaluationProcess.Elements.COMPLETE_DOSSIER),
        communeGroups));
    filters.add(new Definition(SCORE_SHEETS, -5, "Sản phẩm chờ bạn chấm điểm hoặc cho ý kiến đánh giá lại"
            + " / Products waiting for your scores or re-evaluation opinions",
        taskService.createTaskQuery()
            .taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKeyIn(CouncilEvaluationProcess.Elements.SCORE_PRODUCT,
                WrittenOpinionsProcess.Elements.GIVE_WRITTEN_OPINION),
        councilGroups));
    filters.add(new Definition(INSPECTIONS, -3, "Sản phẩm cần kiểm tra và quyết định thu hồi của cơ quan bạn"
            + " / Products your agency is to inspect, and revocations to decide",
        taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .taskDefinitionKeyIn(CertificateInspectionProcess.Elements.INSPECT_PRODUCT,
                CertificateInspectionProcess.Elements.DECIDE_REVOCATION),
        agencyGroups));
    filters.add(new Definition(PROPOSALS, -4,
        "Hồ sơ cấp xã đề xuất: kiểm tra, khảo sát, quyết định công nhận (QĐ 26/2026)"
            + " / Proposals from the communes: checks, site visits, recognition decisions (Decision 26/2026)",
        taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .taskDefinitionKeyIn(LevelEvaluationProcess.Elements.CHECK_COMPLETENESS,
                LevelEvaluationProcess.Elements.VISIT_PRODUCTION_SITE, LevelEvaluationProcess.Elements.RECORD_TEST_RESULTS,
                LevelEvaluationProcess.Elements.DECIDE_RECOGNITION, LevelEvaluationProcess.Elements.APPROVE_REFERRAL),
        agenciesAndAdvisers));
    filters.add(new Definition(SCORING_PROGRESS, -2,
        "Phiếu chấm và ý kiến thành viên chưa nộp, cho Chủ tịch Hội đồng"
            + " / Members' score sheets and opinions not yet submitted, for the council's chair",
        taskService.createTaskQuery()
            .taskDefinitionKeyIn(CouncilEvaluationProcess.Elements.SCORE_PRODUCT,
                WrittenOpinionsProcess.Elements.GIVE_WRITTEN_OPINION),
        councilGroups.stream().map(OfficialGroups::councilChair).toList()));
    filters.add(new Definition(ALL_MY_WORK, 0,
        "Mọi việc giao cho bạn hoặc đơn vị của bạn / Everything for you or your unit",
        taskService.createTaskQuery()
            .or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr(),
        everyOfficial));
    // A producer is a revision's candidate user (the commune its candidate group): their own returned dossiers.
    filters.add(new Definition(PRODUCER_REVISIONS, -10,
        "Hồ sơ bị trả lại để quý vị bổ sung / Your dossiers returned for you to revise",
        taskService.createTaskQuery()
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks()
            .taskDefinitionKeyIn(EvaluationProcess.Elements.REVISE_DOSSIER, LevelEvaluationProcess.Elements.COMPLETE_DOSSIER),
        List.of(OfficialGroups.PRODUCERS)));
    return filters;
  }

  /**
   * Creates the filter, or brings the existing one with the same key (or, for a filter saved before filters had
   * keys, the same name) back to this definition under this name, with the role filters' columns, and lets the
   * groups read it; a filter lists only tasks its user may read. Filters are the procedure's own: this also
   * works while an official who may not create filters or grants takes the step that needs one.
   */
  public void save(String key, String name, int priority, String description, TaskQuery query, List<String> readers) {
    Definition filter = new Definition(key, name, priority, description, query, readers);
    procedureItself.call(() -> grants.grantAll(define(taskFilters(), filter)));
  }

  /** Saves the filter if it is new or differs from its definition; the read grants its groups need. */
  private List<Grant> define(List<Filter> filters, Definition definition) {
    Map<String, Object> properties = Map.of(
        "description", definition.description(),
        "priority", definition.priority(),
        "refresh", true,
        "variables", COLUMNS,
        KEY, definition.key());
    Optional<Filter> existing = existing(filters, definition.key(), definition.name());
    Filter filter = existing.orElseGet(() -> filterService.newTaskFilter(definition.name()));
    if (existing.isEmpty() || !definition.name().equals(filter.getName()) || !properties.equals(filter.getProperties())
        || !queryOf(filter).equals(queryOf(filterService.newTaskFilter().setQuery(definition.query())))) {
      filter.setName(definition.name());
      filter.setQuery(definition.query());
      filter.setProperties(properties);
      filterService.saveFilter(filter);
    }
    String filterId = filter.getId();
    return definition.readers().stream().map(group -> new Grant(group, Resources.FILTER, filterId, Permissions.READ))
        .toList();
  }

  /** The query as the engine stores it (JSON): two filters with the same stored query list the same tasks. */
  private static String queryOf(Filter filter) {
    return ((FilterEntity) filter).getQueryInternal();
  }

  private List<Filter> taskFilters() {
    return filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).list();
  }

  /** A filter as the procedure defines it: the key that finds it again, its name, priority, description and query, and the groups that read it. */
  private record Definition(String key, String name, int priority, String description, TaskQuery query,
      List<String> readers) {

    /** A role filter, found again by its name. */
    Definition(String name, int priority, String description, TaskQuery query, List<String> readers) {
      this(name, name, priority, description, query, readers);
    }
  }

  private static Optional<Filter> existing(List<Filter> filters, String key, String name) {
    Optional<Filter> byKey = filters.stream().filter(filter -> key.equals(keyOf(filter))).findFirst();
    return byKey.or(() -> filters.stream().filter(filter -> name.equals(filter.getName()) && keyOf(filter) == null)
        .findFirst());
  }

  private static Object keyOf(Filter filter) {
    return filter.getProperties() == null ? null : filter.getProperties().get(KEY);
  }
}
