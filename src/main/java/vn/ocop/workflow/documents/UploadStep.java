package vn.ocop.workflow.documents;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.ocop.workflow.vocabulary.DocumentType;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;

/**
 * The steps at which documents are added, and which types. While the dossier is at the commune (its check, a
 * revision, the completion a province's agency asks for), the producer and the commune's officers add any
 * type but the advisory group's own; the advisory group adds its site-visit photos at its visit and test
 * results at its tests. Nobody adds documents at any other step.
 */
enum UploadStep {

  CHECK(EvaluationProcess.KEY, EvaluationProcess.Elements.CHECK_DOSSIER, true, dossierTypes()),
  REVISE(EvaluationProcess.KEY, EvaluationProcess.Elements.REVISE_DOSSIER, true, dossierTypes()),
  COMPLETE(LevelEvaluationProcess.KEY, LevelEvaluationProcess.Elements.COMPLETE_DOSSIER, true, dossierTypes()),
  SITE_VISIT(LevelEvaluationProcess.KEY, LevelEvaluationProcess.Elements.VISIT_PRODUCTION_SITE, false,
      EnumSet.of(DocumentType.SITE_VISIT_PHOTOS, DocumentType.OTHER)),
  TEST_RESULTS(LevelEvaluationProcess.KEY, LevelEvaluationProcess.Elements.RECORD_TEST_RESULTS, false,
      EnumSet.of(DocumentType.TEST_RESULTS));

  private final String process;
  private final String activity;
  private final boolean atCommune;
  private final Set<DocumentType> types;

  UploadStep(String process, String activity, boolean atCommune, Set<DocumentType> types) {
    this.process = process;
    this.activity = activity;
    this.atCommune = atCommune;
    this.types = types;
  }

  static Optional<UploadStep> of(String processKey, String activityId) {
    for (UploadStep step : values()) {
      if (step.process.equals(processKey) && step.activity.equals(activityId)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** Whether the producer and the commune's officers add here; otherwise whoever holds the task. */
  boolean atCommune() {
    return atCommune;
  }

  Set<DocumentType> types() {
    return types;
  }

  String activity() {
    return activity;
  }

  private static Set<DocumentType> dossierTypes() {
    return EnumSet.complementOf(EnumSet.of(DocumentType.SITE_VISIT_PHOTOS));
  }
}
