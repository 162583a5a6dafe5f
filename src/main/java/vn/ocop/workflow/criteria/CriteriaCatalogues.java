package vn.ocop.workflow.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;

/**
 * The criteria catalogue of each deployed version of the procedure: the criteria-set files deployed
 * with the models (under {@value #FOLDER}), so a dossier is scored and checked with the sets of the
 * version it started on, while newer dossiers use newer sets. Deployments never change, so each is read once.
 */
@Component
public class CriteriaCatalogues {

  /** Where criteria-set files sit, in the source tree's resources and in every deployment. */
  public static final String FOLDER = "criteria/";

  private final RepositoryService repository;
  private final AsTheProcedure procedureItself;
  private final Map<String, CriteriaCatalogue> byDeployment = new ConcurrentHashMap<>();
  private final Map<String, String> deploymentOfDefinition = new ConcurrentHashMap<>();

  public CriteriaCatalogues(RepositoryService repository, AsTheProcedure procedureItself) {
    this.repository = repository;
    this.procedureItself = procedureItself;
  }

  /** The catalogue a running process (dossier or council) was deployed with. */
  public CriteriaCatalogue ofDefinition(String processDefinitionId) {
    String deploymentId = deploymentOfDefinition.computeIfAbsent(processDefinitionId,
        id -> procedureItself.call(() -> repository.getProcessDefinition(id).getDeploymentId()));
    return ofDeployment(deploymentId);
  }

  public CriteriaCatalogue ofDeployment(String deploymentId) {
    return byDeployment.computeIfAbsent(deploymentId, id -> procedureItself.call(() -> read(id)));
  }

  private CriteriaCatalogue read(String deploymentId) {
    List<CriteriaSet> sets = new ArrayList<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.startsWith(FOLDER) && name.endsWith(".csv")) {
        try (InputStream csv = repository.getResourceAsStream(deploymentId, name)) {
          sets.addAll(CriteriaSetFile.read(name, csv));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + name + " of deployment " + deploymentId, e);
        }
      }
    }
    return new CriteriaCatalogue(sets);
  }
}
