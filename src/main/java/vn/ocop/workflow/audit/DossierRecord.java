package vn.ocop.workflow.audit;

import java.util.Date;
import java.util.List;
import java.util.Map;
import vn.ocop.workflow.documents.Document;
import vn.ocop.workflow.documents.DocumentEvent;

/**
 * A dossier's complete record as an auditor reads it, from the engine's history and the project's
 * registers: what it is, every step in order, each council's score sheets, the decision tables' verdicts,
 * every variable change, the mails, the evidence documents (every version) and who uploaded, replaced or
 * downloaded them, the incidents and what administrators did to it, and the path it took through each model.
 */
record DossierRecord(DossierIndex.Row dossier, List<Step> steps, List<Council> councils, List<Verdict> verdicts,
                     List<Change> changes, List<Mail> mails, List<Document> documents,
                     List<DocumentEvent> documentEvents, List<Incident> incidents, List<Operation> operations,
                     List<Path> paths) {

  /**
   * One step of one process of the dossier, its name as people read it (expressions resolved). A user
   * task also says who did it, in which groups it was offered, when it was claimed, when it was due and
   * whether it was late; {@code entered} lists what the person entered or decided at that step.
   */
  record Step(String process, String processInstanceId, String activityId, String name, String type, Date startedAt,
              Date endedAt, Long waitedSeconds, String assignee, List<String> candidateGroups, Date claimedAt,
              Date dueAt, Boolean late, Map<String, Object> entered) {
  }

  /** One council: its level and group, each member's sheet, and its result. */
  record Council(String level, String group, String criteriaSet, List<Sheet> sheets, Double averageScore, Integer stars,
                 Integer rankAllowed, String unmetMinimums, String outcome, String disqualificationReason) {
  }

  /** A member's sheet: points per criterion, per part, and in all; or why the member did not score. */
  record Sheet(String member, int total, Map<String, Integer> parts, List<Score> scores, Map<String, Boolean> requirementsMet,
               String comment, String disqualificationReason) {
  }

  record Score(String criterion, String part, String label, int points, int max) {
  }

  /** A decision table evaluated for the dossier, with what went in and what came out. */
  record Verdict(String decision, String name, Date evaluatedAt, String activityId, Map<String, Object> inputs,
                 List<Map<String, Object>> outputs) {
  }

  /** A variable's change: its value before and after, at which step, and by whom (null: the procedure itself). */
  record Change(Date at, String variable, Object before, Object after, String step, String by) {
  }

  record Mail(String notice, String recipient, String subject, Date queuedAt, Date sentAt) {
  }

  /** An incident, and how it ended: resolved, deleted, or still open. */
  record Incident(String type, String message, String activityId, Date createdAt, Date endedAt, String state) {
  }

  /** What a person did to the dossier outside its steps: an administrator modifying, migrating, cancelling. */
  record Operation(Date at, String user, String operation, String entity, String property, String before,
                   String after, String annotation) {
  }

  /** The steps a process of the dossier passed, for the diagram: its definition and the activity ids. */
  record Path(String process, String processDefinitionId, String processInstanceId, List<String> activityIds) {
  }
}
