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
import vn.ocop.workflow.criteria.CriteriaCatalogues;
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
    check(dossier, twoLevel(dossier) ? assessedForward() : Map.of("communeDecision", "forward"));
  }

  private boolean twoLevel(ProcessInstance dossier) {
    return "two-level".equals(engine.getRuntimeService().getVariable(dossier.getId(), "procedure"));
  }

  public static Map<String, Object> assessedForward() {
    return Map.of("communeDecision", "forward",
        "localOriginAssessment", "100% bưởi trồng tại xã / grown in the commune",
        "localLabourAssessment", "12 lao động địa phương / local workers",
        "ideaOriginAssessment", "Ý tưởng của hợp tác xã / the cooperative's idea",
        "localIdentityAssessment", "Giống bưởi bản địa / native variety");
  }

  /** Moves a registered dossier from its commune check to where the behaviour under test begins. */
  public void moveTo(ProcessInstance dossier, String activityId) {
    engine.getRuntimeService().createProcessInstanceModification(dossier.getId())
        .cancelAllForActivity(EvaluationProcess.Elements.CHECK_DOSSIER)
        .startBeforeActivity(activityId)
        .execute();
  }

  /** Has the current council's members submit these sheets, in the order of their user ids. */
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
    ProcessInstance council = council(dossier);
    assertThat(council).as("a council is running for " + dossier.getBusinessKey()).isNotNull();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(council.getId()).singleResult();
    engine.getManagementService().executeJob(job.getId());
    return council;
  }

  public List<Task> memberTasks(ProcessInstance council) {
    return engine.getTaskService().createTaskQuery().processInstanceId(council.getId())
        .taskDefinitionKey(CouncilEvaluationProcess.Elements.SCORE_PRODUCT).orderByTaskAssignee().asc().list();
  }

  /** Runs the asynchronous end event that informs the producer. */
  public void informProducer(ProcessInstance dossier) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(dossier.getId()).singleResult();
    assertThat(job).as("pending job of " + dossier.getBusinessKey()).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  public Object variable(ProcessInstance dossier, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(dossier.getId()).variableName(name).singleResult().getValue();
  }

  public static int[] same(int total, int members) {
    int[] totals = new int[members];
    Arrays.fill(totals, total);
    return totals;
  }
}
