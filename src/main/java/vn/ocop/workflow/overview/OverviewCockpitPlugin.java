package vn.ocop.workflow.overview;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Cockpit's dashboard gains the programme in charts (plugin point cockpit.dashboard): running dossiers by
 * stage and level, certificates by stars and province, outcomes per year, the time each level takes and
 * overdue tasks per unit. Its script is plugin-webapp/ocop-overview/app/plugin.js, drawn with the charting
 * library served beside it; its REST resource answers under
 * /camunda/api/cockpit/plugin/ocop-overview/{engine}/overview, in the Cockpit session. It never writes.
 */
public class OverviewCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "ocop-overview";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(OverviewPluginResource.class);
  }
}
