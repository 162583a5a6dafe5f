package vn.ocop.workflow.certificates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.ProcessVariable;

/**
 * What a certificate's inspection needs from the dossier that certified it, read from that dossier's
 * history: the facts a council re-scores on and whom to tell.
 */
@Component
class CertifiedDossier {

  /** Carried from the certifying dossier into an inspection. */
  static final List<ProcessVariable<String>> CARRIED = carried();

  private final HistoryService history;
  private final AsTheProcedure procedureItself;

  CertifiedDossier(HistoryService history, AsTheProcedure procedureItself) {
    this.history = history;
    this.procedureItself = procedureItself;
  }

  /** The carried variables' values, by name, as the certifying dossier last held them. */
  Map<String, Object> factsOf(Certificate certificate) {
    List<HistoricVariableInstance> found = procedureItself.call(() -> history.createHistoricVariableInstanceQuery()
        .processInstanceId(certificate.processInstanceId())
        .variableNameIn(CARRIED.stream().map(ProcessVariable::name).toArray(String[]::new)).list());
    Map<String, Object> facts = new HashMap<>();
    found.forEach(variable -> facts.put(variable.getName(), variable.getValue()));
    return facts;
  }

  private static List<ProcessVariable<String>> carried() {
    List<ProcessVariable<String>> carried = new ArrayList<>(CouncilEvaluationProcess.Contract.INPUTS);
    carried.remove(EvaluationProcess.DOSSIER_CODE);
    carried.add(EvaluationProcess.PRODUCER_EMAIL);
    return List.copyOf(carried);
  }
}
