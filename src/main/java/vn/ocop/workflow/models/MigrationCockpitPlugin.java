package vn.ocop.workflow.models;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Cockpit (Community Edition has no migration view) gains the page "Chuyển phiên bản hồ sơ / Migrate
 * dossiers": an administrator picks a process and two versions, reads the dry run and starts the batch.
 * Its script is plugin-webapp/ocop-migration/app/plugin.js; its REST resource answers under
 * /camunda/api/cockpit/plugin/ocop-migration/{engine}/migrations, in the Cockpit session.
 */
public class MigrationCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "ocop-migration";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(MigrationPluginResource.class);
  }
}
