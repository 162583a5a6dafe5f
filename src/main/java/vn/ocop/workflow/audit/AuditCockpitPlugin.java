package vn.ocop.workflow.audit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Cockpit (Community Edition shows no history) gains the auditor's page "Hồ sơ / Dossiers": find any
 * dossier, running or finished, read its whole record, export it. Its script is
 * plugin-webapp/ocop-audit/app/plugin.js; its REST resource answers under
 * /camunda/api/cockpit/plugin/ocop-audit/{engine}/dossiers, in the Cockpit session. It never writes.
 */
public class AuditCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "ocop-audit";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(AuditPluginResource.class);
  }
}
