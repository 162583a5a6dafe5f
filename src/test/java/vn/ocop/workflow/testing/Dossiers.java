package vn.ocop.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess.Contract;
import vn.ocop.workflow.vocabulary.Procedure;
import vn.ocop.workflow.criteria.CriteriaSet;

/** Drives dossiers through the procedure the way officials do, through the engine's public API. */
public class Dossiers {

  /** Demo units: Phuc Trach (Huong Khe district, Ha Tinh, three-level) and Dien Chau (Nghe An, two-level). */
  public static final String PHUC_TRACH = "18547";
  public static final String DIEN_CHAU = "17464";
  public static final String PHUC_TRACH_OFFICER = "officer-18547";
  public static final String DIEN_CHAU_OFFICER = "officer-17464";

  private final ProcessEngine engine;
  private final CriteriaCatalogues catalogues;

  public Dossiers(ProcessEngine engine, CriteriaCatalogues catalogues) {
    this.engine = engine;
    this.catalogues = catalogues;
  }

  /** A complete, valid registration of a fresh-produce product. */
  public static Map<String, Object> registration(String communeCode, String productName) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("producerName", "Hợp tác xã " + productName);
    vars.put("producerKind", "cooperative");
    vars.put("producerEmail", "htx@example.vn");
    vars.put("producerPhone", "0912345678");
    vars.put("communeCode", communeCode);
    vars.put("productName", productName);
    vars.put("productGroup", "1");
    vars.put("criteriaSet", "fresh-produce");
    vars.put("productStatus", "existing");
    vars.put("description", "Đặc sản địa phương / local specialty");
    vars.put("businessPlan", "Mở rộng vùng trồng / expand the growing area");
    vars.put("evidenceLinks", "https://example.vn/ho-so/1\nhttps://example.vn/ho-so/2");
    return vars;
  }

  /** Variables as the REST API takes them: {"variables": {"name": {"value": …}}}; absent values left out. */
  public static Map<String, Object> restBody(Map<String, Object> vars) {
    return Map.of("variables", vars.entrySet().stream().filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue()))));
  }

  public ProcessInstance register(String officer, Map<String, Object> vars) {
    return as(officer, () -> engine.getRuntimeService().startProcessInstanceByKey(EvaluationProcess.KEY, vars));
  }

  /** Runs a call as the user, with their groups, the way the REST API and the webapps authenticate. */
  public <T> T as(String user, Supplier<T> call) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public Task openTask(ProcessInstance dossier, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(dossier.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  public void check(ProcessInstance dossier, Map<String, Object> decision) {
    Task task = openTask(dossier, EvaluationProcess.Elements.CHECK_DOSSIER);
    assertThat(task).as("commune check task").isNotNull();
    engine.getTaskService().complete(task.getId(), decision);
  }

  public void forward(ProcessInstance dossier) {
    check(dossier, hasDistricts(dossier) ? Map.of("communeDecision", "forward") : assessedForward());
  }

  private boolean hasDistricts(ProcessInstance dossier) {
    return Procedure.fromId((String) engine.getRuntimeService().getVariable(dossier.getId(), "procedure")).hasDistricts();
  }

  public static Map<String, Object> assessedForward() {
    return Map.of("communeDecision", "forward",
        "localOriginAssessment", "100% bưởi trồng tại xã / grown in the commune",
        "localLabourAssessment", "12 lao động địa phương / local workers",
        "ideaOriginAssessment", "Ý tưởng của hợp tác xã / the cooperative's idea",
        "localIdentityAssessment", "Giống bưởi bản địa / native variety");
  }

  /**
   * Calls a council directly, the way a dossier's call activity does: with the contract's typed inputs
   * (a fresh-produce dossier of Phuc Trach, three-level) and the council's level and group. It waits at
   * its first step, convening.
   */
  public ProcessInstance councilFor(String product, String criteriaSet, String level, String group) {
    Map<String, Object> inputs = new HashMap<>();
    String code = "42-444-18547-1-2026-" + Long.toString(System.nanoTime(), 36);
    inputs.put(EvaluationProcess.DOSSIER_CODE.name(), code);
    inputs.put(EvaluationProcess.PROCEDURE.name(), Procedure.THREE_LEVEL.id());
    inputs.put(EvaluationProcess.CRITERIA_SET.name(), criteriaSet);
    inputs.put(EvaluationProcess.REGISTERING_OFFICER.name(), PHUC_TRACH_OFFICER);
    registration(PHUC_TRACH, product).forEach((name, value) -> {
      if (Contract.DOSSIER_FACTS.stream().anyMatch(fact -> fact.variable().name().equals(name))) {
        inputs.put(name, value);
      }
    });
    inputs.put(EvaluationProcess.COMMUNE_NAME.name(), "Xã Phúc Trạch");
    inputs.put(EvaluationProcess.PROVINCE_NAME.name(), "Tỉnh Hà Tĩnh");
    inputs.put(CouncilEvaluationProcess.COUNCIL_LEVEL.name(), level);
    inputs.put(CouncilEvaluationProcess.COUNCIL_GROUP.name(), group);
    return engine.getRuntimeService().startProcessInstanceByKey(CouncilEvaluationProcess.KEY, code, inputs);
  }

  /** Moves a registered dossier from its commune check to where the behaviour under test begins. */
  public void moveTo(ProcessInstance dossier, String activityId) {
    engine.getRuntimeService().createProcessInstanceModification(dossier.getId())
        .cancelAllForActivity(EvaluationProcess.Elements.CHECK_DOSSIER)
        .startBeforeActivity(activityId)
        .execute();
  }

  /** Has the current council's members submit these sheets (scores or written opinions), in the order of their user ids. */
  @SafeVarargs
  public final void sheets(ProcessInstance dossier, Map<String, Object>... sheets) {
    List<Task> tasks = memberTasks(convene(dossier));
    assertThat(tasks).as("one score task per council member").hasSize(sheets.length);
    for (int i = 0; i < sheets.length; i++) {
      engine.getTaskService().complete(tasks.get(i).getId(), sheets[i]);
    }
  }

  /** The running council of a dossier (the called ocop-council-evaluation instance). */
  public ProcessInstance council(ProcessInstance dossier) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(dossier.getId()).singleResult();
  }

  /** Convenes the current council and has its members submit sheets with these totals, 3★ requirements met. */
  public void scores(ProcessInstance dossier, int... totals) {
    scores(dossier, true, totals);
  }

  public void scores(ProcessInstance dossier, boolean requirementsMet, int... totals) {
    ProcessInstance council = convene(dossier);
    List<Task> tasks = memberTasks(council);
    assertThat(tasks).as("one score task per council member").hasSize(totals.length);
    CriteriaSet set = catalogues.ofDefinition(council.getProcessDefinitionId())
        .require((String) engine.getRuntimeService().getVariable(council.getId(), "criteriaSet"));
    for (int i = 0; i < totals.length; i++) {
      engine.getTaskService().complete(tasks.get(i).getId(), ScoreSheets.totalling(set, totals[i], requirementsMet));
    }
  }

  /** Runs the council's first step (an asynchronous job) and returns the council. */
  public ProcessInstance convene(ProcessInstance dossier) {
    ProcessInstance council = CouncilEvaluationProcess.KEY.equals(definitionKey(dossier)) ? dossier : council(dossier);
    assertThat(council).as("a council is running for " + dossier.getBusinessKey()).isNotNull();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(council.getId()).singleResult();
    engine.getManagementService().executeJob(job.getId());
    return council;
  }

  private String definitionKey(ProcessInstance instance) {
    return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
  }

  public List<Task> memberTasks(ProcessInstance council) {
    return engine.getTaskService().createTaskQuery().processInstanceId(council.getId())
        .taskDefinitionKeyIn(CouncilEvaluationProcess.Elements.SCORE_PRODUCT,
            WrittenOpinionsProcess.Elements.GIVE_WRITTEN_OPINION).orderByTaskAssignee().asc().list();
  }


  /** A variable of the process instance itself (not of one member's execution), running or ended. */
  public Object variable(ProcessInstance dossier, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(dossier.getId()).variableName(name).list().stream()
        .filter(v -> dossier.getId().equals(v.getExecutionId())).findFirst()
        .orElseThrow(() -> new AssertionError("no variable " + name + " on " + dossier.getId())).getValue();
  }

  public static int[] same(int total, int members) {
    int[] totals = new int[members];
    Arrays.fill(totals, total);
    return totals;
  }
}
