package vn.ocop.workflow.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;
import vn.ocop.workflow.vocabulary.RevocationReason;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.CriteriaSetFile;
import vn.ocop.workflow.criteria.CriteriaSetWriter;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.roles.AsTheProcedure;

/**
 * Deploys the procedure as one Camunda deployment: the models and forms from bpmn/ and forms/, the
 * criteria-set files, and what is derived from them (a score form per set, the registration form's
 * choice of sets). Nothing is deployed when nothing changed. Dossiers keep the deployment they started
 * on (every model, form, decision and criteria set is bound to its deployment), so a new version never
 * changes a running dossier or council.
 *
 * <p>Sets imported by administrators ({@link #importSets}) are carried from the latest deployment to the
 * next, under {@value #IMPORTED}; an imported set replaces a shipped set of the same id. Models edited by
 * administrators ({@link #deployEditedModels}) are deployed with the rest of the latest version; a restart
 * deploys the packaged models again.
 */
@Component
public class ProcedureDeployment {

  public static final String NAME = "ocop-workflow";
  static final String IMPORTED = CriteriaCatalogues.FOLDER + "imported/";
  static final String MODELS = "bpmn/";
  static final String FORMS = "forms/";
  private static final Logger LOG = LoggerFactory.getLogger(ProcedureDeployment.class);

  private final RepositoryService repository;
  private final ResourcePatternResolver resources;
  private final ObjectMapper json;
  private final ScoreForms scoreForms;
  private final ModelLocations locations;
  private final AsTheProcedure procedureItself;

  public ProcedureDeployment(RepositoryService repository, ResourcePatternResolver resources, ObjectMapper json,
      ModelLocations locations, AsTheProcedure procedureItself) {
    this.procedureItself = procedureItself;
    this.repository = repository;
    this.resources = resources;
    this.json = json;
    this.scoreForms = new ScoreForms(json);
    this.locations = locations;
  }

  /**
   * Deploys at start-up, before anything checks or uses the models: the packaged models and shipped
   * sets, with the sets administrators imported into the latest version.
   */
  @EventListener(ApplicationStartedEvent.class)
  @Order(-1)
  public void deployAtStartUp() {
    Map<String, byte[]> sources = new LinkedHashMap<>();
    for (String location : locations.locations()) {
      for (Resource resource : read(location)) {
        String folder = resource.getFilename().endsWith(".form") ? FORMS : MODELS;
        sources.put(folder + resource.getFilename(), bytes(resource));
      }
    }
    for (Resource resource : read(locations.criteriaSets())) {
      sources.put(CriteriaCatalogues.FOLDER + resource.getFilename(), bytes(resource));
    }
    sources.putAll(sourcesOf(latest(), name -> name.startsWith(IMPORTED)));
    Deployment deployment = deploy(sources);
    LOG.info("Procedure deployment {} ({}) in use", deployment.getId(), deployment.getDeploymentTime());
  }

  /**
   * Checks the sets in an administrator's CSV file and deploys them with the latest version of the
   * procedure as a new version. A refused file changes nothing. Changes on one node run one at a time,
   * so none is lost.
   */
  public synchronized ImportResult importSets(String fileName, byte[] csv) {
    List<CriteriaSet> sets = CriteriaSetFile.read(fileName, new ByteArrayInputStream(csv));
    Map<String, byte[]> sources = sourcesOf(latest(), name -> true);
    sets.forEach(set -> sources.put(IMPORTED + set.id() + ".csv", CriteriaSetWriter.write(set)));
    Deployment deployment = deploy(sources);
    LOG.info("Criteria sets {} imported from {}: deployment {}", sets.stream().map(CriteriaSet::id).toList(),
        fileName, deployment.getId());
    return new ImportResult(deployment.getId(), sets.stream().map(CriteriaSet::id).toList());
  }

  /**
   * Deploys an administrator's edited models (.bpmn, .dmn, .form files, by file name) with the rest of the
   * latest version as a new version, the derived forms generated again. A model the engine cannot parse
   * or a form that is not JSON changes nothing.
   */
  public synchronized DeploymentWithDefinitions deployEditedModels(Map<String, byte[]> edited) {
    Map<String, byte[]> sources = sourcesOf(latest(), name -> true);
    edited.forEach((file, content) -> {
      if (!file.matches("[\\w.-]+\\.(bpmn|dmn|form)")) {
        throw new InvalidInputException("Mô hình / Models", List.of(file
            + ": chỉ nhận tệp .bpmn, .dmn, .form / only .bpmn, .dmn and .form files are deployed"));
      }
      if (file.startsWith(ScoreForms.FORM_PREFIX)) {
        throw new InvalidInputException("Mô hình / Models", List.of(file + ": phiếu chấm điểm được sinh từ bộ tiêu chí;"
            + " hãy nhập bộ tiêu chí / score forms are generated from the criteria sets: import the set instead"));
      }
      sources.put((file.endsWith(".form") ? FORMS : MODELS) + file, content);
    });
    DeploymentWithDefinitions deployment = deploy(sources);
    LOG.info("Edited models {} deployed: deployment {}", edited.keySet(), deployment.getId());
    return deployment;
  }

  /** The outcome of an import: the deployment now in use and the sets it added or replaced. */
  public record ImportResult(String deploymentId, List<String> sets) {
  }

  /** The deployment new dossiers start on. */
  public Deployment latest() {
    return procedureItself.call(() -> repository.createDeploymentQuery().deploymentName(NAME).orderByDeploymentTime().desc()
        .listPage(0, 1).stream().findFirst().orElse(null));
  }

  /**
   * Deploys a version from its sources (models, hand-kept forms, criteria-set files) with what is derived
   * from them; nothing when nothing changed.
   */
  private DeploymentWithDefinitions deploy(Map<String, byte[]> sources) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<CriteriaSet> sets = new ArrayList<>();
    Map<String, byte[]> shipped = new LinkedHashMap<>();
    sources.forEach((name, content) -> {
      if (name.startsWith(IMPORTED)) {
        sets.addAll(CriteriaSetFile.read(name, new ByteArrayInputStream(content)));
        files.put(name, content);
      } else if (name.startsWith(CriteriaCatalogues.FOLDER)) {
        shipped.put(name, content);
      } else {
        files.put(name, content);
      }
    });
    // An imported set replaces a shipped set of the same id.
    shipped.forEach((name, content) -> {
      List<CriteriaSet> fromFile = CriteriaSetFile.read(name, new ByteArrayInputStream(content));
      if (fromFile.stream().noneMatch(set -> sets.stream().anyMatch(imported -> imported.id().equals(set.id())))) {
        files.put(name, content);
        sets.addAll(fromFile);
      }
    });
    CriteriaCatalogue catalogue = new CriteriaCatalogue(sets);

    files.forEach((name, content) -> {
      if (name.endsWith(".form")) {
        parseForm(name, content);
      }
    });
    String registrationName = FORMS + RegistrationForm.FORM_ID + ".form";
    if (!files.containsKey(registrationName)) {
      throw new IllegalStateException("No " + RegistrationForm.FORM_ID + ".form among the models at " + locations.locations());
    }
    JsonNode registration = RegistrationForm.withCriteriaSets(parseForm(registrationName, files.get(registrationName)),
        catalogue);
    files.put(registrationName, utf8(registration.toPrettyString()));
    String revocationName = FORMS + CertificateInspectionProcess.Elements.DECIDE_REVOCATION + ".form";
    if (files.containsKey(revocationName)) {
      Map<String, String> grounds = new LinkedHashMap<>();
      Arrays.stream(RevocationReason.values()).forEach(reason -> grounds.put(reason.id(), reason.label()));
      files.put(revocationName, utf8(RegistrationForm.withChoices(parseForm(revocationName, files.get(revocationName)),
          CertificateInspectionProcess.Elements.DECIDE_REVOCATION, CertificateInspectionProcess.REVOCATION_REASON.name(),
          grounds).toPrettyString()));
    }
    for (CriteriaSet set : catalogue.sets()) {
      files.put(FORMS + ScoreForms.formId(set.id()) + ".form", utf8(scoreForms.generate(set, registration)));
    }

    List<String> missing = missingForms(files, catalogue.setIds());
    if (!missing.isEmpty()) {
      throw new InvalidInputException("Mô hình / Models", missing);
    }
    DeploymentBuilder builder = repository.createDeployment().name(NAME).source(NAME).enableDuplicateFiltering(false);
    files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    return builder.deployWithResult();
  }

  /**
   * Every formRef of the models (a score form's for every criteria set) must name a form of the same
   * deployment: the engine itself would find out only when a dossier reaches the step.
   */
  private List<String> missingForms(Map<String, byte[]> files, Collection<String> setIds) {
    Set<String> formIds = new HashSet<>();
    files.forEach((name, content) -> {
      if (name.endsWith(".form")) {
        formIds.add(parseForm(name, content).path("id").asText());
      }
    });
    List<String> missing = new ArrayList<>();
    files.forEach((name, content) -> {
      if (name.endsWith(".bpmn")) {
        BpmnModelInstance model;
        try {
          model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
          return; // the engine's parser reports it, with the line
        }
        DeployedModelsCheck.formRefs(model).stream().flatMap(ref -> DeployedModelsCheck.resolve(ref, setIds).stream())
            .filter(form -> !formIds.contains(form)).distinct()
            .forEach(form -> missing.add(name.substring(name.lastIndexOf('/') + 1) + ": formRef '" + form
                + "' không có trong phiên bản / names no form of the deployment"));
      }
    });
    return missing;
  }

  /** The sources of a deployed version (everything but the generated score forms) whose names match. */
  private Map<String, byte[]> sourcesOf(Deployment deployment, Predicate<String> wanted) {
    Map<String, byte[]> sources = new LinkedHashMap<>();
    if (deployment == null) {
      return sources;
    }
    for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
      if (wanted.test(name) && !name.startsWith(FORMS + ScoreForms.FORM_PREFIX)) {
        try (InputStream in = repository.getResourceAsStream(deployment.getId(), name)) {
          sources.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + name + " of deployment " + deployment.getId(), e);
        }
      }
    }
    return sources;
  }

  /** A form must be JSON before anything else reads it; a broken one stops the deployment, naming file and line. */
  JsonNode parseForm(String name, byte[] content) {
    try {
      return json.readTree(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(name + " line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Resource[] read(String location) {
    try {
      return resources.getResources(location);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + location, e);
    }
  }

  private static byte[] bytes(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
