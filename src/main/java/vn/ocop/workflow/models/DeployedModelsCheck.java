package vn.ocop.workflow.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;
import vn.ocop.workflow.vocabulary.CertificateLifecycleProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.MailDeliveryProcess;
import vn.ocop.workflow.vocabulary.MailPreferenceProcess;
import vn.ocop.workflow.vocabulary.WorkDigestProcess;
import vn.ocop.workflow.vocabulary.WorkRemindersProcess;

/**
 * Stops start-up when the deployed procedure is not what it needs: a process or decision missing (a
 * wrong folder deploys nothing without a word), or a formRef that names no form of the same deployment.
 */
@Component
public class DeployedModelsCheck {

  static final List<String> PROCESSES = List.of(EvaluationProcess.KEY, CouncilEvaluationProcess.KEY,
      MailDeliveryProcess.KEY, WorkDigestProcess.KEY, WorkRemindersProcess.KEY, MailPreferenceProcess.KEY,
      CertificateLifecycleProcess.KEY, CertificateInspectionProcess.KEY, WrittenOpinionsProcess.KEY);
  static final List<String> DECISIONS = List.of(CouncilEvaluationProcess.STAR_RATING_DECISION,
      CouncilEvaluationProcess.COUNCIL_OUTCOME_DECISION);
  static final String CRITERIA_SET_PLACEHOLDER = "${" + EvaluationProcess.CRITERIA_SET.name() + "}";

  private final RepositoryService repositoryService;
  private final ProcedureDeployment procedure;
  private final CriteriaCatalogues catalogues;
  private final ObjectMapper json;

  public DeployedModelsCheck(RepositoryService repositoryService, ProcedureDeployment procedure,
      CriteriaCatalogues catalogues, ObjectMapper json) {
    this.repositoryService = repositoryService;
    this.procedure = procedure;
    this.catalogues = catalogues;
    this.json = json;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void verify() {
    Deployment deployment = procedure.latest();
    if (deployment == null) {
      throw new IllegalStateException("The procedure is not deployed");
    }
    List<String> errors = new ArrayList<>();
    for (String key : PROCESSES) {
      if (repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).processDefinitionKey(key)
          .count() == 0) {
        errors.add("process '" + key + "' is not deployed (expected bpmn/" + key + ".bpmn)");
      }
    }
    for (String key : DECISIONS) {
      if (repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId()).decisionDefinitionKey(key)
          .count() == 0) {
        errors.add("decision '" + key + "' is not deployed (expected bpmn/" + key + ".dmn)");
      }
    }
    Set<String> formIds = formIds(deployment.getId());
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).list()) {
      for (String formRef : formRefs(repositoryService.getBpmnModelInstance(definition.getId()))) {
        for (String resolved : resolve(formRef, deployment.getId())) {
          if (!formIds.contains(resolved)) {
            errors.add("process '" + definition.getKey() + "' references form '" + resolved + "', which is not deployed");
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("The deployed models are incomplete: " + String.join("; ", errors));
    }
  }

  /** The ids of the forms in a deployment. */
  Set<String> formIds(String deploymentId) {
    Set<String> ids = new HashSet<>();
    for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream form = repositoryService.getResourceAsStream(deploymentId, name)) {
          ids.add(json.readTree(form).path("id").asText());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + name, e);
        }
      }
    }
    return ids;
  }

  /** The formRefs of a model's start events and user tasks, as written. */
  static List<String> formRefs(BpmnModelInstance model) {
    List<String> refs = new ArrayList<>();
    model.getModelElementsByType(StartEvent.class).forEach(e -> addIfSet(refs, e.getCamundaFormRef()));
    model.getModelElementsByType(UserTask.class).forEach(t -> addIfSet(refs, t.getCamundaFormRef()));
    return refs;
  }

  private static void addIfSet(Collection<String> refs, String formRef) {
    if (formRef != null && !formRef.isBlank()) {
      refs.add(formRef);
    }
  }

  /** A score form is chosen by the dossier's criteria set: check it for every set of the deployment. */
  List<String> resolve(String formRef, String deploymentId) {
    return resolve(formRef, catalogues.ofDeployment(deploymentId).setIds());
  }

  static List<String> resolve(String formRef, Collection<String> setIds) {
    if (formRef.contains(CRITERIA_SET_PLACEHOLDER)) {
      return setIds.stream().map(set -> formRef.replace(CRITERIA_SET_PLACEHOLDER, set)).toList();
    }
    return List.of(formRef);
  }
}
