package vn.ocop.workflow.scoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.deadlines.Deadlines;
import vn.ocop.workflow.vocabulary.CallContract;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.WrittenOpinionsProcess;

/** The variable mappings of the calls of a council: exactly what each called process's contract declares. */
@Configuration
class CouncilContracts {

  /** Every call of ocop-council-evaluation. */
  @Bean
  CallContract councilContract() {
    return new CallContract(CouncilEvaluationProcess.Contract::passIn, CouncilEvaluationProcess.Contract::passBack);
  }

  /**
   * The call of ocop-written-opinions: the dossier is complete when the commune forwards it, so the
   * re-evaluation's 45 days start here and its last day is recorded on the dossier.
   */
  @Bean
  CallContract writtenOpinionsContract(Deadlines deadlines) {
    return new CallContract((dossier, council) -> {
      EvaluationProcess.REEVALUATION_DUE_ON.set(dossier, deadlines.reevaluationDueOn());
      WrittenOpinionsProcess.Contract.passIn(dossier, council);
    }, WrittenOpinionsProcess.Contract::passBack);
  }
}
