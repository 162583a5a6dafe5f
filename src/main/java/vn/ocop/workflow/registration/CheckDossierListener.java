package vn.ocop.workflow.registration;

import static vn.ocop.workflow.vocabulary.EvaluationProcess.*;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.documents.DossierDocuments;
import vn.ocop.workflow.vocabulary.DocumentType;
import vn.ocop.workflow.vocabulary.Procedure;
import vn.ocop.workflow.input.InputCheck;

/**
 * The commune's decision on a dossier. Returning or rejecting needs reasons; on the two-level
 * procedures forwarding needs the commune's assessment report (form 03 of Decision 26/2026). A forward
 * records which required documents the dossier lacks, so reviewers and auditors see it went on incomplete;
 * it is not refused, since paper copies are still legal.
 */
@Component("checkDossier")
public class CheckDossierListener implements TaskListener {

  private final DossierDocuments documents;

  public CheckDossierListener(DossierDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck input = new InputCheck(task);
    String decision = input.choice(COMMUNE_DECISION.name(), Set.of(FORWARD, RETURN, REJECT));
    boolean needsReason = RETURN.equals(decision) || REJECT.equals(decision);
    String reason = input.text(DECISION_REASON.name(), needsReason, 2000);
    boolean needsReport = FORWARD.equals(decision)
        && !Procedure.fromId(PROCEDURE.require(task)).hasDistricts();
    List<String> report = ASSESSMENT_REPORT.stream().map(v -> input.text(v.name(), needsReport, 2000)).toList();
    input.verify("Kết quả kiểm tra hồ sơ / Dossier check");

    COMMUNE_DECISION.set(task, decision);
    DECISION_REASON.set(task, reason);
    for (int i = 0; i < ASSESSMENT_REPORT.size(); i++) {
      ASSESSMENT_REPORT.get(i).set(task, report.get(i));
    }
    if (FORWARD.equals(decision)) {
      MISSING_DOCUMENTS.set(task, String.join(", ", documents.missing(DOSSIER_CODE.require(task),
          PRODUCT_GROUP.require(task)).stream().map(DocumentType::id).toList()));
    }
  }
}
