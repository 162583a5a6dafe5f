package vn.ocop.workflow.producers;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Tasklist gains "Hồ sơ của tôi / My dossiers" for producers (plugin-webapp/ocop-producer/app/plugin.js):
 * their dossiers and where each one is, answered under /camunda/api/tasklist/plugin/ocop-producer/{engine}/dossiers
 * in the Tasklist session.
 */
public class ProducersTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "ocop-producer";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ProducerPluginResource.class);
  }
}
