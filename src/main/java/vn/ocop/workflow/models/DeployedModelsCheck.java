package vn.ocop.workflow.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.criteria.CriteriaCatalogue;

/**
 * Stops start-up when the models are not what the procedure needs: a process or decision missing
 * (a wrong folder deploys nothing without a word), a form that is not valid JSON (the engine does not
 * read forms), or a formRef that names no form.
 */
@Component
public class DeployedModelsCheck {

  static final List<String> PROCESSES = List.of(EvaluationProcess.KEY, CouncilEvaluationProcess.KEY);
  static final List<String> DECISIONS = List.of(CouncilEvaluationProcess.STAR_RATING_DECISION,
      CouncilEvaluationProcess.COUNCIL_OUTCOME_DECISION);
  static final String CRITERIA_SET_PLACEHOLDER = "${criteriaSet}";

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resources;
  private final CriteriaCatalogue catalogue;
  private final ObjectMapper json;
  private final String formsLocation;

  public DeployedModelsCheck(RepositoryService repositoryService, ResourcePatternResolver resources,
      CriteriaCatalogue catalogue, ObjectMapper json,
      @Value("${ocop.forms-location:classpath*:forms/*.form}") String formsLocation) {
    this.repositoryService = repositoryService;
    this.resources = resources;
    this.catalogue = catalogue;
    this.json = json;
    this.formsLocation = formsLocation;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void verify() throws IOException {
    List<String> errors = new ArrayList<>();
    for (String key : PROCESSES) {
      if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
        errors.add("process '" + key + "' is not deployed (expected bpmn/" + key + ".bpmn)");
      }
    }
    for (String key : DECISIONS) {
      if (repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() == 0) {
        errors.add("decision '" + key + "' is not deployed (expected bpmn/" + key + ".dmn)");
      }
    }
    Set<String> formIds = readForms(errors);
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      for (String formRef : formRefs(repositoryService.getBpmnModelInstance(definition.getId()))) {
        for (String resolved : resolve(formRef)) {
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

  private Set<String> readForms(List<String> errors) throws IOException {
    Resource[] forms = resources.getResources(formsLocation);
    if (forms.length == 0) {
      errors.add("no form found at " + formsLocation);
    }
    Set<String> ids = new HashSet<>();
    for (Resource form : forms) {
      String file = form.getFilename();
      try (InputStream in = form.getInputStream()) {
        JsonNode id = json.readTree(in).path("id");
        if (!id.isTextual() || !ids.add(id.asText())) {
          errors.add(file + ": missing or duplicate form id");
        }
      } catch (JsonProcessingException e) {
        errors.add(file + " line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
            + ": " + e.getOriginalMessage());
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

  /** A score form is chosen by the dossier's criteria set: check it for every set in the catalogue. */
  List<String> resolve(String formRef) {
    if (formRef.contains(CRITERIA_SET_PLACEHOLDER)) {
      return catalogue.setIds().stream().map(set -> formRef.replace(CRITERIA_SET_PLACEHOLDER, set)).toList();
    }
    return List.of(formRef);
  }
}
