package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.bool;
import static vn.ocop.workflow.vocabulary.ProcessVariable.integer;
import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@code ocop-written-opinions}: the council re-evaluates a certified product by its members'
 * written opinions, and meets only when they diverge (Decision 26/2026).
 */
public final class WrittenOpinionsProcess {

  public static final String KEY = "ocop-written-opinions";

  /** Element ids of bpmn/ocop-written-opinions.bpmn. */
  public static final class Elements {
    public static final String OPINIONS_REQUESTED = "opinions-requested";
    public static final String CONVENE_COUNCIL = "convene-council";
    public static final String GIVE_WRITTEN_OPINION = "give-written-opinion";
    public static final String WEIGH_OPINIONS = "weigh-opinions";
    public static final String OPINIONS_AGREE = "opinions-agree";
    public static final String DECIDED_IN_WRITING = "decided-in-writing";
    public static final String HOLD_COUNCIL_MEETING = "hold-council-meeting";
    public static final String DECIDED_AT_MEETING = "decided-at-meeting";

    private Elements() {
    }
  }

  // A member's opinion form, and the meeting's conclusion
  public static final ProcessVariable<String> OPINION = string("opinion");
  /** Values of {@link #OPINION}. */
  public static final String KEEP = "keep";
  public static final String LOWER = "lower";
  public static final String REFUSE = "refuse";
  /** The stars of a lowered rank, as the form's choice submits them ("3" or "4"). */
  public static final ProcessVariable<String> OPINION_STARS = string("opinionStars");
  public static final ProcessVariable<String> OPINION_REASON = string("opinionReason");
  public static final ProcessVariable<String> MEETING_MINUTES = string("meetingMinutes");

  // Weighing the opinions
  public static final ProcessVariable<Boolean> OPINIONS_AGREE = bool("opinionsAgree");
  /** One line per member: what each gave, for the meeting and the record. */
  public static final ProcessVariable<String> OPINIONS_SUMMARY = string("opinionsSummary");

  /** The council's conclusion: the stars the product is re-recognised at, 0 when it is not. */
  public static final ProcessVariable<Integer> REEVALUATED_STARS = integer("reevaluatedStars");
  public static final ProcessVariable<String> DECIDED_BY = string("reevaluationDecidedBy");
  /** Values of {@link #DECIDED_BY}. */
  public static final String IN_WRITING = "written-opinions";
  public static final String AT_MEETING = "meeting";

  public static ProcessVariable<WrittenOpinion> writtenOpinionOf(String member) {
    return new ProcessVariable<>("writtenOpinion_" + member, WrittenOpinion.class);
  }

  /** What a re-evaluation is called with, besides its level and council, and what it returns. */
  public static final class Contract {

    /** The dossier as the members read it, the certificate it re-evaluates, and the 45-day limit. */
    public static final List<ProcessVariable<?>> INPUTS = List.of(EvaluationProcess.DOSSIER_CODE,
        EvaluationProcess.REGISTERING_OFFICER, EvaluationProcess.PRODUCER_NAME, EvaluationProcess.COMMUNE_NAME,
        EvaluationProcess.PROVINCE_NAME, EvaluationProcess.PRODUCT_NAME, EvaluationProcess.DESCRIPTION,
        EvaluationProcess.BUSINESS_PLAN, EvaluationProcess.EVIDENCE_LINKS, EvaluationProcess.LOCAL_ORIGIN_ASSESSMENT,
        EvaluationProcess.LOCAL_LABOUR_ASSESSMENT, EvaluationProcess.IDEA_ORIGIN_ASSESSMENT,
        EvaluationProcess.LOCAL_IDENTITY_ASSESSMENT, EvaluationProcess.PREVIOUS_CERTIFICATE,
        EvaluationProcess.PREVIOUS_STARS);
    public static final DayVariable DUE_ON = EvaluationProcess.REEVALUATION_DUE_ON;

    private Contract() {
    }

    public static void passIn(VariableScope dossier, Map<String, Object> council) {
      INPUTS.forEach(input -> council.put(input.name(), input.get(dossier)));
      council.put(DUE_ON.name(), DUE_ON.require(dossier).toString());
    }

    /**
     * Returns the conclusion, and, when the product is re-recognised, the stars and level its new
     * certificate records, as a council's outcome would.
     */
    public static void passBack(VariableScope council, VariableScope dossier) {
      Integer stars = REEVALUATED_STARS.get(council);
      if (stars == null) {
        // The engine also maps outputs while it looks for an error boundary for an exception thrown in the
        // council (a refused opinion form): the council has not concluded, so there is nothing to return.
        return;
      }
      REEVALUATED_STARS.set(dossier, stars);
      DECIDED_BY.copy(council, dossier);
      CouncilEvaluationProcess.CERTIFIED_STARS.set(dossier, stars >= 3 ? stars : null);
      CouncilEvaluationProcess.CERTIFYING_LEVEL.set(dossier,
          stars >= 3 ? CouncilEvaluationProcess.COUNCIL_LEVEL.require(council) : null);
    }
  }

  private WrittenOpinionsProcess() {
  }
}
