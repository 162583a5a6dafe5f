package vn.ocop.workflow.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.audit.DossierRecord.Change;
import vn.ocop.workflow.audit.DossierRecord.Council;
import vn.ocop.workflow.audit.DossierRecord.Incident;
import vn.ocop.workflow.audit.DossierRecord.Mail;
import vn.ocop.workflow.audit.DossierRecord.Operation;
import vn.ocop.workflow.audit.DossierRecord.Path;
import vn.ocop.workflow.audit.DossierRecord.Score;
import vn.ocop.workflow.audit.DossierRecord.Sheet;
import vn.ocop.workflow.audit.DossierRecord.Step;
import vn.ocop.workflow.audit.DossierRecord.Verdict;
import vn.ocop.workflow.certificates.CertificateRegister;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.Criterion;
import vn.ocop.workflow.documents.DocumentStore;
import vn.ocop.workflow.notification.Outbox;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.ScoreSheet;

/**
 * Builds a dossier's record. Whether the caller may read the dossier is the engine's decision: the
 * dossier is looked up under the caller's authentication. Once it is found, its called processes
 * (councils, levels), their steps and details are read as the procedure, since a grant names the dossier,
 * not each process it calls.
 */
@Component
class DossierHistory {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");
  private static final String SCORE_SHEET_PREFIX = CouncilEvaluationProcess.scoreSheetOf("").name();

  private final HistoryService history;
  private final RepositoryService repository;
  private final AsTheProcedure procedureItself;
  private final CertificateRegister certificates;
  private final CriteriaCatalogues catalogues;
  private final Outbox outbox;
  private final DocumentStore documents;

  DossierHistory(HistoryService history, RepositoryService repository, AsTheProcedure procedureItself,
      CertificateRegister certificates, CriteriaCatalogues catalogues, Outbox outbox, DocumentStore documents) {
    this.history = history;
    this.repository = repository;
    this.procedureItself = procedureItself;
    this.certificates = certificates;
    this.catalogues = catalogues;
    this.outbox = outbox;
    this.documents = documents;
  }

  /** The dossier, if the caller may read it; {@link Visibility} says why not otherwise. */
  Visibility find(String code) {
    Optional<HistoricProcessInstance> visible = root(code);
    if (visible.isPresent()) {
      return new Visibility(visible.get(), true);
    }
    return procedureItself.call(() -> root(code)).map(hidden -> new Visibility(hidden, false))
        .orElse(new Visibility(null, false));
  }

  /** The dossier's root process instance (null: no such dossier) and whether the caller may read it. */
  record Visibility(HistoricProcessInstance dossier, boolean readable) {
  }

  private Optional<HistoricProcessInstance> root(String code) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(EvaluationProcess.KEY)
        .processInstanceBusinessKey(code).rootProcessInstances().orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst();
  }

  /** The record of a dossier the caller may read (see {@link #find}). */
  DossierRecord record(HistoricProcessInstance dossier) {
    return procedureItself.call(() -> build(dossier));
  }

  private DossierRecord build(HistoricProcessInstance dossier) {
    List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(dossier.getId()).orderByProcessInstanceStartTime().asc().list();
    Map<String, HistoricProcessInstance> byId = processes.stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, process -> process));
    Map<String, Object> facts = variables(dossier.getId());
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().rootProcessInstanceId(dossier.getId())
        .list();
    Map<String, HistoricTaskInstance> taskOfActivity = tasks.stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, task -> task, (a, b) -> a));
    List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery()
        .processInstanceIdIn(byId.keySet().toArray(String[]::new)).variableUpdates().orderPartiallyByOccurrence().asc()
        .list().stream().filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast).toList();
    List<UserOperationLogEntry> operations = new ArrayList<>();
    List<HistoricActivityInstance> activities = new ArrayList<>();
    List<Incident> incidents = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (HistoricProcessInstance process : processes) {
      activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
          .orderPartiallyByOccurrence().asc().list());
      operations.addAll(history.createUserOperationLogQuery().processInstanceId(process.getId()).list());
      history.createHistoricIncidentQuery().processInstanceId(process.getId()).list().forEach(incident ->
          incidents.add(new Incident(incident.getIncidentType(), incident.getIncidentMessage(), incident.getActivityId(),
              incident.getCreateTime(), incident.getEndTime(),
              incident.isOpen() ? "open" : incident.isResolved() ? "resolved" : "deleted")));
      history.createHistoricDecisionInstanceQuery().processInstanceId(process.getId()).includeInputs().includeOutputs()
          .list().forEach(decision -> verdicts.add(verdict(decision)));
    }
    activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
    Map<String, String> operators = operations.stream().filter(entry -> entry.getUserId() != null)
        .collect(Collectors.toMap(UserOperationLogEntry::getOperationId, UserOperationLogEntry::getUserId, (a, b) -> a));

    Map<String, String> stepNames = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (HistoricActivityInstance activity : activities) {
      HistoricTaskInstance task = taskOfActivity.get(activity.getId());
      String name = task != null && task.getName() != null ? task.getName() : readable(activity.getActivityName(), facts);
      stepNames.put(activity.getId(), name);
      steps.add(step(byId.get(activity.getProcessInstanceId()), activity, name, task, entered(activity, updates)));
    }
    verdicts.sort(Comparator.comparing(Verdict::evaluatedAt));
    return new DossierRecord(DossierIndex.row(dossier, facts, certificates.ofDossiers(List.of(dossier.getBusinessKey()))
        .get(dossier.getBusinessKey())), steps, councils(processes), verdicts,
        changes(updates, stepNames, taskOfActivity, operators), mails(dossier.getBusinessKey()),
        documents.ofDossier(dossier.getBusinessKey()), documents.eventsOf(dossier.getBusinessKey()), incidents,
        operations.stream().sorted(Comparator.comparing(UserOperationLogEntry::getTimestamp))
            .map(entry -> new Operation(entry.getTimestamp(), entry.getUserId(), entry.getOperationType(),
                entry.getEntityType(), entry.getProperty(), entry.getOrgValue(), entry.getNewValue(), entry.getAnnotation()))
            .toList(),
        processes.stream().map(process -> new Path(process.getProcessDefinitionKey(), process.getProcessDefinitionId(),
            process.getId(), activities.stream().filter(a -> a.getProcessInstanceId().equals(process.getId()))
            .map(HistoricActivityInstance::getActivityId).distinct().toList())).toList());
  }

  /**
   * Whether the dossier, or a process it called, ran on this definition: one count, not the whole record,
   * since the page asks once for each diagram it draws.
   */
  boolean passedThrough(HistoricProcessInstance dossier, String processDefinitionId) {
    return procedureItself.call(() -> history.createHistoricProcessInstanceQuery().rootProcessInstanceId(dossier.getId())
        .processDefinitionId(processDefinitionId).count() > 0);
  }

  /** The BPMN of a process definition the dossier passed through. */
  String model(String processDefinitionId) {
    return procedureItself.call(() -> {
      try (java.io.InputStream model = repository.getProcessModel(processDefinitionId)) {
        return new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** A step name with its expressions resolved from the dossier's facts: "Kiểm tra hồ sơ …: Bưởi (Phúc Trạch)". */
  static String readable(String name, Map<String, Object> facts) {
    if (name == null) {
      return null;
    }
    Matcher expression = EXPRESSION.matcher(name);
    StringBuilder resolved = new StringBuilder();
    while (expression.find()) {
      Object value = facts.get(expression.group(1));
      expression.appendReplacement(resolved, Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    expression.appendTail(resolved);
    return resolved.toString();
  }

  private Step step(HistoricProcessInstance process, HistoricActivityInstance activity, String name,
      HistoricTaskInstance task, Map<String, Object> entered) {
    Long waited = activity.getEndTime() == null ? null
        : (activity.getEndTime().getTime() - activity.getStartTime().getTime()) / 1000;
    if (task == null) {
      return new Step(process.getProcessDefinitionKey(), process.getId(), activity.getActivityId(), name,
          activity.getActivityType(), activity.getStartTime(), activity.getEndTime(), waited, null, List.of(), null,
          null, null, entered);
    }
    List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .orderByTime().asc().list();
    List<String> groups = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
        && link.getGroupId() != null).map(HistoricIdentityLinkLog::getGroupId).distinct().toList();
    Date claimed = links.stream().filter(link -> IdentityLinkType.ASSIGNEE.equals(link.getType())
        && "add".equals(link.getOperationType())).map(HistoricIdentityLinkLog::getTime).findFirst().orElse(null);
    Date due = task.getDueDate();
    Date finished = task.getEndTime();
    Boolean late = due == null ? null : (finished == null ? new Date() : finished).after(due);
    return new Step(process.getProcessDefinitionKey(), process.getId(), activity.getActivityId(), name,
        activity.getActivityType(), task.getStartTime(), finished, waited, task.getAssignee(), groups, claimed, due, late,
        entered);
  }

  /** What was set while the step ran: a form's fields, a decision and its reasons. */
  private static Map<String, Object> entered(HistoricActivityInstance activity, List<HistoricVariableUpdate> updates) {
    Map<String, Object> entered = new LinkedHashMap<>();
    updates.stream().filter(update -> activity.getId().equals(update.getActivityInstanceId()))
        .forEach(update -> entered.put(update.getVariableName(), update.getValue()));
    return entered;
  }

  private static List<Change> changes(List<HistoricVariableUpdate> updates, Map<String, String> stepNames,
      Map<String, HistoricTaskInstance> taskOfActivity, Map<String, String> operators) {
    Map<String, Object> last = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    for (HistoricVariableUpdate update : updates) {
      Object before = last.get(update.getVariableInstanceId());
      last.put(update.getVariableInstanceId(), update.getValue());
      HistoricTaskInstance task = taskOfActivity.get(update.getActivityInstanceId());
      String by = update.getUserOperationId() != null && operators.containsKey(update.getUserOperationId())
          ? operators.get(update.getUserOperationId()) : task != null ? task.getAssignee() : null;
      changes.add(new Change(update.getTime(), update.getVariableName(), before, update.getValue(),
          stepNames.get(update.getActivityInstanceId()), by));
    }
    return changes;
  }

  private List<Council> councils(List<HistoricProcessInstance> processes) {
    List<Council> councils = new ArrayList<>();
    for (HistoricProcessInstance process : processes) {
      if (!CouncilEvaluationProcess.KEY.equals(process.getProcessDefinitionKey())) {
        continue;
      }
      Map<String, Object> council = variables(process.getId());
      String setId = EvaluationProcess.CRITERIA_SET.get(council);
      CriteriaSet set = setId == null ? null
          : catalogues.ofDefinition(process.getProcessDefinitionId()).find(setId).orElse(null);
      List<Sheet> sheets = council.entrySet().stream().filter(entry -> entry.getKey().startsWith(SCORE_SHEET_PREFIX))
          .map(Map.Entry::getValue).filter(ScoreSheet.class::isInstance).map(ScoreSheet.class::cast)
          .sorted(Comparator.comparing(ScoreSheet::member)).map(sheet -> sheet(sheet, set)).toList();
      councils.add(new Council(CouncilEvaluationProcess.COUNCIL_LEVEL.get(council),
          CouncilEvaluationProcess.COUNCIL_GROUP.get(council), setId, sheets,
          CouncilEvaluationProcess.AVERAGE_SCORE.get(council), CouncilEvaluationProcess.STARS.get(council),
          CouncilEvaluationProcess.RANK_ALLOWED.get(council), CouncilEvaluationProcess.UNMET_MINIMUMS.get(council),
          CouncilEvaluationProcess.COUNCIL_OUTCOME.get(council),
          CouncilEvaluationProcess.DISQUALIFICATION_REASON.get(council)));
    }
    return councils;
  }

  private static Sheet sheet(ScoreSheet sheet, CriteriaSet set) {
    List<Score> scores = new ArrayList<>();
    Map<String, Integer> parts = new LinkedHashMap<>();
    sheet.scores().forEach((code, points) -> {
      Optional<Criterion> criterion = set == null ? Optional.empty()
          : set.criteria().stream().filter(known -> known.code().equals(code)).findFirst();
      String part = criterion.map(Criterion::part).orElse("?");
      scores.add(new Score(code, part, criterion.map(Criterion::label).orElse(code), points,
          criterion.map(Criterion::max).orElse(0)));
      parts.merge(part, points, Integer::sum);
    });
    scores.sort(Comparator.comparing(Score::criterion));
    return new Sheet(sheet.member(), sheet.total(), new java.util.TreeMap<>(parts), scores, sheet.requirementsMet(),
        sheet.comment(), sheet.disqualificationReason());
  }

  private static Verdict verdict(HistoricDecisionInstance decision) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    decision.getInputs().forEach(input -> inputs.put(input.getClauseName(), input.getValue()));
    Map<Integer, Map<String, Object>> rules = new java.util.TreeMap<>();
    decision.getOutputs().forEach(output -> rules.computeIfAbsent(output.getRuleOrder(), order -> new LinkedHashMap<>())
        .put(output.getVariableName(), output.getValue()));
    return new Verdict(decision.getDecisionDefinitionKey(), decision.getDecisionDefinitionName(),
        decision.getEvaluationTime(), decision.getActivityId(), inputs, List.copyOf(rules.values()));
  }

  private List<Mail> mails(String code) {
    return outbox.ofDossier(code).stream().map(mail -> new Mail(mail.notice(), mail.recipient(), mail.subject(),
        Date.from(mail.queuedAt()), mail.sentAt() == null ? null : Date.from(mail.sentAt()))).toList();
  }

  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).list()) {
      if (processInstanceId.equals(variable.getActivityInstanceId()) || !variables.containsKey(variable.getName())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }
}
