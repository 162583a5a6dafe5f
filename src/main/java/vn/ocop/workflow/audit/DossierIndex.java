package vn.ocop.workflow.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.audit.DossierSearch.Outcome;
import vn.ocop.workflow.certificates.Certificate;
import vn.ocop.workflow.certificates.CertificateRegister;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.ProcessVariable;

/**
 * Finds dossiers, running or finished, among those the caller may read: the query runs under the
 * caller's authentication, so the engine's authorizations decide (an auditor every dossier, a commune
 * officer the commune's). Every filter is a condition of the engine's history query on indexed columns
 * (business key, start time, variable name and value, executed activity); one query fills a page's facts.
 */
@Component
class DossierIndex {

  /** The facts a result row shows, read in one query for the whole page. */
  static final List<ProcessVariable<?>> ROW_FACTS = List.of(EvaluationProcess.PRODUCT_NAME,
      EvaluationProcess.PRODUCER_NAME, EvaluationProcess.COMMUNE_NAME, EvaluationProcess.DISTRICT_NAME,
      EvaluationProcess.PROVINCE_NAME, EvaluationProcess.PRODUCT_GROUP, EvaluationProcess.PROCEDURE,
      CouncilEvaluationProcess.CERTIFIED_STARS, CouncilEvaluationProcess.DISQUALIFICATION_REASON);

  private final HistoryService history;
  private final RepositoryService repository;
  private final CertificateRegister certificates;
  private final AsTheProcedure procedureItself;
  private final Clock clock;

  DossierIndex(HistoryService history, RepositoryService repository, CertificateRegister certificates,
      AsTheProcedure procedureItself, Clock clock) {
    this.history = history;
    this.repository = repository;
    this.certificates = certificates;
    this.procedureItself = procedureItself;
    this.clock = clock;
  }

  /** One row of the result: a dossier as an auditor first sees it. */
  record Row(String code, String processInstanceId, int version, String product, String producer, String commune,
             String district, String province, String productGroup, String procedure, Date registeredAt, Date endedAt,
             String outcome, String outcomeLabel, Integer stars) {
  }

  record Page(long total, int page, int size, List<Row> dossiers) {
  }

  Page search(DossierSearch search) {
    HistoricProcessInstanceQuery query = query(search);
    if (query == null) {
      return new Page(0, search.page(), search.size(), List.of());
    }
    order(query, search);
    long total = query.count();
    List<HistoricProcessInstance> found = query.listPage(search.page() * search.size(), search.size());
    return new Page(total, search.page(), search.size(), rows(found));
  }

  /** The query for the search; null when the search can find nothing (no dossier has that outcome). */
  private HistoricProcessInstanceQuery query(DossierSearch search) {
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(EvaluationProcess.KEY).rootProcessInstances();
    if (search.code() != null) {
      query.processInstanceBusinessKeyLike(search.code() + "%");
    }
    if (search.product() != null || search.producer() != null) {
      query.matchVariableValuesIgnoreCase();
      like(query, EvaluationProcess.PRODUCT_NAME, search.product());
      like(query, EvaluationProcess.PRODUCER_NAME, search.producer());
    }
    equal(query, EvaluationProcess.PROVINCE_CODE, search.province());
    equal(query, EvaluationProcess.DISTRICT_CODE, search.district());
    equal(query, EvaluationProcess.COMMUNE_CODE, search.commune());
    equal(query, EvaluationProcess.PRODUCT_GROUP, search.productGroup());
    equal(query, EvaluationProcess.PROCEDURE, search.procedure());
    if (search.version() != null) {
      query.processDefinitionId(definitionOf(search.version()).getId());
    }
    if (search.from() != null) {
      query.startedAfter(startOf(search.from()));
    }
    if (search.to() != null) {
      query.startedBefore(startOf(search.to().plusDays(1)));
    }
    return search.outcome() == null && search.stars() != null ? outcome(query, Outcome.CERTIFIED, search.stars())
        : search.outcome() == null ? query : outcome(query, search.outcome(), search.stars());
  }

  private HistoricProcessInstanceQuery outcome(HistoricProcessInstanceQuery query, Outcome outcome, Integer stars) {
    switch (outcome) {
      case RUNNING -> query.unfinished();
      case CERTIFIED -> query.executedActivityIdIn(EvaluationProcess.Elements.PRODUCT_CERTIFIED);
      case NOT_RECOGNISED -> query.executedActivityIdIn(EvaluationProcess.Elements.PRODUCT_NOT_RECOGNISED,
          EvaluationProcess.Elements.PRODUCT_NOT_RE_RECOGNISED);
      case DISQUALIFIED -> query.variableValueLike(CouncilEvaluationProcess.DISQUALIFICATION_REASON.name(), "%");
      case REJECTED -> query.executedActivityIdIn(EvaluationProcess.Elements.DOSSIER_REJECTED);
      // The models have no terminate end event: a dossier ended as terminated was cancelled by someone.
      case CANCELLED -> query.or().internallyTerminated().externallyTerminated().endOr();
      case LAPSED -> query.executedActivityIdIn(EvaluationProcess.Elements.DOSSIER_LAPSED);
      case REVOKED -> {
        List<String> revoked = procedureItself.call(() -> certificates.dossiersWithStatus(Certificate.Status.REVOKED));
        if (revoked.isEmpty()) {
          return null;
        }
        query.processInstanceBusinessKeyIn(revoked.toArray(String[]::new));
      }
    }
    if (stars != null) {
      query.variableValueEquals(CouncilEvaluationProcess.CERTIFIED_STARS.name(), stars);
    }
    return query;
  }

  private static void order(HistoricProcessInstanceQuery query, DossierSearch search) {
    switch (search.sort()) {
      case CODE -> query.orderByProcessInstanceBusinessKey();
      case REGISTERED -> query.orderByProcessInstanceStartTime();
      case ENDED -> query.orderByProcessInstanceEndTime();
      case DURATION -> query.orderByProcessInstanceDuration();
    }
    if (search.ascending()) {
      query.asc();
    } else {
      query.desc();
    }
  }

  private ProcessDefinition definitionOf(int version) {
    ProcessDefinition definition = procedureItself.call(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(EvaluationProcess.KEY).processDefinitionVersion(version).singleResult());
    if (definition == null) {
      throw new InvalidInputException("Tìm hồ sơ / Dossier search",
          List.of("version: không có phiên bản quy trình " + version + " / there is no procedure version " + version));
    }
    return definition;
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }

  private static void equal(HistoricProcessInstanceQuery query, ProcessVariable<String> variable, String value) {
    if (value != null) {
      query.variableValueEquals(variable.name(), value);
    }
  }

  private static void like(HistoricProcessInstanceQuery query, ProcessVariable<String> variable, String part) {
    if (part != null) {
      // The caller's % and _ are letters of a name, not wildcards.
      query.variableValueLike(variable.name(), "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
  }

  /** The page's rows: their facts in one variable query, their certificates in one register query. */
  private List<Row> rows(List<HistoricProcessInstance> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> facts = new HashMap<>();
    procedureItself.call(() -> history.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(found.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
            .variableNameIn(ROW_FACTS.stream().map(ProcessVariable::name).toArray(String[]::new))
            .disableCustomObjectDeserialization().list())
        .forEach(variable -> facts.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue()));
    Map<String, Certificate> certified = procedureItself.call(() -> certificates.ofDossiers(
        found.stream().map(HistoricProcessInstance::getBusinessKey).toList()));
    return found.stream().map(dossier -> row(dossier, facts.getOrDefault(dossier.getId(), Map.of()),
        certified.get(dossier.getBusinessKey()))).toList();
  }

  static Row row(HistoricProcessInstance dossier, Map<String, Object> facts, Certificate certificate) {
    Outcome outcome = outcomeOf(dossier, facts, certificate);
    Integer stars = certificate != null ? Integer.valueOf(certificate.stars())
        : CouncilEvaluationProcess.CERTIFIED_STARS.get(facts);
    return new Row(dossier.getBusinessKey(), dossier.getId(), dossier.getProcessDefinitionVersion(),
        text(facts, EvaluationProcess.PRODUCT_NAME), text(facts, EvaluationProcess.PRODUCER_NAME),
        text(facts, EvaluationProcess.COMMUNE_NAME), text(facts, EvaluationProcess.DISTRICT_NAME),
        text(facts, EvaluationProcess.PROVINCE_NAME), text(facts, EvaluationProcess.PRODUCT_GROUP),
        text(facts, EvaluationProcess.PROCEDURE), dossier.getStartTime(), dossier.getEndTime(), outcome.id,
        outcome.label, outcome == Outcome.CERTIFIED || outcome == Outcome.REVOKED ? stars : null);
  }

  /** How the dossier ended: its end event, and for a certified product what became of the certificate. */
  static Outcome outcomeOf(HistoricProcessInstance dossier, Map<String, Object> facts, Certificate certificate) {
    if (dossier.getEndTime() == null) {
      return Outcome.RUNNING;
    }
    if (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(dossier.getState())
        || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(dossier.getState())) {
      return Outcome.CANCELLED;
    }
    if (certificate != null) {
      return certificate.status() == Certificate.Status.REVOKED ? Outcome.REVOKED : Outcome.CERTIFIED;
    }
    String end = dossier.getEndActivityId() == null ? "" : dossier.getEndActivityId();
    return switch (end) {
      case EvaluationProcess.Elements.PRODUCT_CERTIFIED -> Outcome.CERTIFIED;
      case EvaluationProcess.Elements.DOSSIER_REJECTED -> Outcome.REJECTED;
      case EvaluationProcess.Elements.DOSSIER_LAPSED -> Outcome.LAPSED;
      default -> facts.get(CouncilEvaluationProcess.DISQUALIFICATION_REASON.name()) != null ? Outcome.DISQUALIFIED
          : Outcome.NOT_RECOGNISED;
    };
  }

  private static String text(Map<String, Object> facts, ProcessVariable<String> variable) {
    return variable.get(facts);
  }
}
