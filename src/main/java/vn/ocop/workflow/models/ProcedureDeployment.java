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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.CriteriaSetFile;
import vn.ocop.workflow.criteria.CriteriaSetWriter;
import vn.ocop.workflow.roles.ProcedureReads;

/**
 * Deploys the procedure as one Camunda deployment: the models and forms from bpmn/ and forms/, the
 * criteria-set files, and what is derived from them (a score form per set, the registration form's
 * choice of sets). Nothing is deployed when nothing changed. Dossiers keep the deployment they started
 * on (every model, form, decision and criteria set is bound to its deployment), so a new version never
 * changes a running dossier or council.
 *
 * <p>Sets imported by administrators ({@link #importSets}) are carried from the latest deployment to the
 * next, under {@value #IMPORTED}; an imported set replaces a shipped set of the same id.
 */
@Component
public class ProcedureDeployment {

  public static final String NAME = "ocop-workflow";
  static final String IMPORTED = CriteriaCatalogues.FOLDER + "imported/";
  private static final Logger LOG = LoggerFactory.getLogger(ProcedureDeployment.class);

  private final RepositoryService repository;
  private final ResourcePatternResolver resources;
  private final ObjectMapper json;
  private final ScoreForms scoreForms;
  private final ModelLocations locations;
  private final ProcedureReads reads;

  public ProcedureDeployment(RepositoryService repository, ResourcePatternResolver resources, ObjectMapper json,
      ModelLocations locations, ProcedureReads reads) {
    this.reads = reads;
    this.repository = repository;
    this.resources = resources;
    this.json = json;
    this.scoreForms = new ScoreForms(json);
    this.locations = locations;
  }

  /** Deploys at start-up, before anything checks or uses the models. */
  @EventListener(ApplicationStartedEvent.class)
  @Order(-1)
  public void deployAtStartUp() {
    Deployment deployment = deploy(importedSetsOf(latest()));
    LOG.info("Procedure deployment {} ({}) in use", deployment.getId(), deployment.getDeploymentTime());
  }

  /**
   * Checks the sets in an administrator's CSV file and deploys them with the procedure as a new version.
   * A refused file changes nothing. Imports on one node run one at a time, so none is lost.
   */
  public synchronized ImportResult importSets(String fileName, byte[] csv) {
    List<CriteriaSet> sets = CriteriaSetFile.read(fileName, new ByteArrayInputStream(csv));
    Map<String, byte[]> imported = importedSetsOf(latest());
    sets.forEach(set -> imported.put(set.id(), CriteriaSetWriter.write(set)));
    Deployment deployment = deploy(imported);
    LOG.info("Criteria sets {} imported from {}: deployment {}", sets.stream().map(CriteriaSet::id).toList(),
        fileName, deployment.getId());
    return new ImportResult(deployment.getId(), sets.stream().map(CriteriaSet::id).toList());
  }

  /** The outcome of an import: the deployment now in use and the sets it added or replaced. */
  public record ImportResult(String deploymentId, List<String> sets) {
  }

  /** The deployment new dossiers start on. */
  public Deployment latest() {
    return reads.read(() -> repository.createDeploymentQuery().deploymentName(NAME).orderByDeploymentTime().desc()
        .listPage(0, 1).stream().findFirst().orElse(null));
  }

  private Deployment deploy(Map<String, byte[]> importedSets) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String location : locations.locations()) {
      for (Resource resource : read(location)) {
        String folder = resource.getFilename().endsWith(".form") ? "forms/" : "bpmn/";
        files.put(folder + resource.getFilename(), bytes(resource));
      }
    }
    List<CriteriaSet> sets = new ArrayList<>();
    for (Resource resource : read(locations.criteriaSets())) {
      byte[] csv = bytes(resource);
      List<CriteriaSet> shipped = CriteriaSetFile.read(resource.getFilename(), new ByteArrayInputStream(csv));
      if (shipped.stream().noneMatch(set -> importedSets.containsKey(set.id()))) {
        files.put(CriteriaCatalogues.FOLDER + resource.getFilename(), csv);
        sets.addAll(shipped);
      }
    }
    importedSets.forEach((id, csv) -> {
      files.put(IMPORTED + id + ".csv", csv);
      sets.addAll(CriteriaSetFile.read(IMPORTED + id + ".csv", new ByteArrayInputStream(csv)));
    });
    CriteriaCatalogue catalogue = new CriteriaCatalogue(sets);

    files.forEach((name, content) -> {
      if (name.endsWith(".form")) {
        parseForm(name, content);
      }
    });
    String registrationName = "forms/" + RegistrationForm.FORM_ID + ".form";
    if (!files.containsKey(registrationName)) {
      throw new IllegalStateException("No " + RegistrationForm.FORM_ID + ".form among the models at " + locations.locations());
    }
    JsonNode registration = RegistrationForm.withCriteriaSets(parseForm(registrationName, files.get(registrationName)),
        catalogue);
    files.put(registrationName, utf8(registration.toPrettyString()));
    for (CriteriaSet set : catalogue.sets()) {
      files.put("forms/" + ScoreForms.formId(set.id()) + ".form", utf8(scoreForms.generate(set, registration)));
    }

    DeploymentBuilder builder = repository.createDeployment().name(NAME).source(NAME).enableDuplicateFiltering(false);
    files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    builder.deploy();
    return latest();
  }

  /** The administrators' sets of a deployment, by set id, as deployed. */
  private Map<String, byte[]> importedSetsOf(Deployment deployment) {
    Map<String, byte[]> imported = new LinkedHashMap<>();
    if (deployment == null) {
      return imported;
    }
    for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
      if (name.startsWith(IMPORTED) && name.endsWith(".csv")) {
        try (InputStream in = repository.getResourceAsStream(deployment.getId(), name)) {
          imported.put(name.substring(IMPORTED.length(), name.length() - ".csv".length()), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + name + " of deployment " + deployment.getId(), e);
        }
      }
    }
    return imported;
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
