package vn.ocop.workflow.documents;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Tasklist's task detail gains the tab "Hồ sơ / Documents" (Tasklist 7.24's forms have no file picker): the
 * dossier's documents, what is required and missing, upload where the caller may add, open in a new tab. Its
 * script is plugin-webapp/ocop-documents/app/plugin.js; its REST resource answers under
 * /camunda/api/tasklist/plugin/ocop-documents/{engine}/tasks/{taskId}/documents, in the Tasklist session.
 */
public class DocumentsTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "ocop-documents";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DocumentsPluginResource.class);
  }
}
