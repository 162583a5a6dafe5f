package vn.ocop.workflow.operations;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.models.ProcedureDeployment;

/**
 * /actuator/info: the version of each process new dossiers start on, from the procedure's latest
 * deployment ({"procedure": {"ocop-product-evaluation": 7, …}}). Every change of the models goes through
 * that deployment, so these are the latest versions; two nodes showing the same numbers run the same procedure.
 */
@Component
class ProcedureVersions implements InfoContributor {

  private final ProcedureDeployment procedure;
  private final RepositoryService repository;

  ProcedureVersions(ProcedureDeployment procedure, RepositoryService repository) {
    this.procedure = procedure;
    this.repository = repository;
  }

  @Override
  public void contribute(Info.Builder info) {
    Deployment latest = procedure.latest();
    if (latest == null) {
      return;
    }
    Map<String, Integer> versions = new TreeMap<>();
    repository.createProcessDefinitionQuery().deploymentId(latest.getId()).list()
        .forEach(definition -> versions.put(definition.getKey(), definition.getVersion()));
    info.withDetail("procedure", versions);
  }
}
