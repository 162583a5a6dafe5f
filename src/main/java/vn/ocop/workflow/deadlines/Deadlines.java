package vn.ocop.workflow.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines from configuration (ISO-8601 periods of days such as P30D, or a number of working days),
 * read by the models as {@code ${deadlines.revision}} for the revision timer and
 * {@code ${deadlines.communeCheckDue()}} for due dates.
 */
@Component("deadlines")
public class Deadlines {

  private final int communeCheckWorkingDays;
  private final WorkingDays workingDays;
  private final Period revision;
  private final Period councilScoring;
  private final Period inspection;
  private final Period revocationDecision;
  private final Period writtenOpinion;
  private final Period reevaluation;
  private final Period agencyCheck;
  private final Period completion;
  private final Period siteVisit;
  private final Period extraTests;
  private final Period decision;
  private final Clock clock;

  public Deadlines(@Value("${ocop.deadlines.commune-check-working-days:15}") int communeCheckWorkingDays,
      WorkingDays workingDays,
      @Value("${ocop.deadlines.revision:P30D}") String revision,
      @Value("${ocop.deadlines.council-scoring:P14D}") String councilScoring,
      @Value("${ocop.deadlines.inspection:P30D}") String inspection,
      @Value("${ocop.deadlines.revocation-decision:P15D}") String revocationDecision,
      @Value("${ocop.deadlines.written-opinion:P10D}") String writtenOpinion,
      @Value("${ocop.deadlines.reevaluation:P45D}") String reevaluation,
      @Value("${ocop.deadlines.agency-check:P10D}") String agencyCheck,
      @Value("${ocop.deadlines.completion:P30D}") String completion,
      @Value("${ocop.deadlines.site-visit:P30D}") String siteVisit,
      @Value("${ocop.deadlines.extra-tests:P30D}") String extraTests,
      @Value("${ocop.deadlines.decision:P15D}") String decision,
      Clock clock) {
    if (communeCheckWorkingDays <= 0) {
      throw new IllegalArgumentException("ocop.deadlines.commune-check-working-days must be positive, not "
          + communeCheckWorkingDays);
    }
    this.communeCheckWorkingDays = communeCheckWorkingDays;
    this.workingDays = workingDays;
    this.revision = days("ocop.deadlines.revision", revision);
    this.councilScoring = days("ocop.deadlines.council-scoring", councilScoring);
    this.inspection = days("ocop.deadlines.inspection", inspection);
    this.revocationDecision = days("ocop.deadlines.revocation-decision", revocationDecision);
    this.writtenOpinion = days("ocop.deadlines.written-opinion", writtenOpinion);
    this.reevaluation = days("ocop.deadlines.reevaluation", reevaluation);
    this.agencyCheck = days("ocop.deadlines.agency-check", agencyCheck);
    this.completion = days("ocop.deadlines.completion", completion);
    this.siteVisit = days("ocop.deadlines.site-visit", siteVisit);
    this.extraTests = days("ocop.deadlines.extra-tests", extraTests);
    this.decision = days("ocop.deadlines.decision", decision);
    this.clock = clock;
  }

  /** The time a returned dossier may stay unrevised before it lapses, as a timer duration. */
  public String getRevision() {
    return revision.toString();
  }

  /** The calendar day (in Vietnam) a dossier returned now lapses unless it is revised. */
  public LocalDate revisionLapsesOn() {
    return ZonedDateTime.now(clock).plus(revision).toLocalDate();
  }

  /**
   * The commune checks a dossier within 15 working days of receiving it (Decision 26/2026): until the end
   * of the 15th working day after today, on Vietnam's calendar.
   */
  public Date communeCheckDue() {
    return endOf(workingDays.after(LocalDate.now(clock), communeCheckWorkingDays).toString());
  }

  public Date councilScoringDue() {
    return dueIn(councilScoring);
  }

  public Date inspectionDue() {
    return dueIn(inspection);
  }

  /**
   * The revocation is decided within 15 days of the inspection's conclusion (Decision 26/2026, Art. 8):
   * until the end of that calendar day in Vietnam, the task being created when the conclusion is drawn.
   */
  public Date revocationDecisionDue() {
    return endOf(revocationDecisionDueOn().toString());
  }

  /** The last day of the revocation decision, for a conclusion drawn today. */
  public LocalDate revocationDecisionDueOn() {
    return LocalDate.now(clock).plus(revocationDecision);
  }

  public Date writtenOpinionDue() {
    return dueIn(writtenOpinion);
  }

  /** The last day of a re-evaluation whose dossier is complete today (Decision 26/2026: 45 days). */
  public LocalDate reevaluationDueOn() {
    return LocalDate.now(clock).plus(reevaluation);
  }

  public Date agencyCheckDue() {
    return dueIn(agencyCheck);
  }

  /** The time a proposal sent back by the agency may stay incomplete before it lapses, as a timer duration. */
  public String getCompletion() {
    return completion.toString();
  }

  public Date completionDue() {
    return dueIn(completion);
  }

  /** The calendar day (in Vietnam) a proposal sent back now lapses unless it is completed. */
  public LocalDate completionLapsesOn() {
    return ZonedDateTime.now(clock).plus(completion).toLocalDate();
  }

  public Date siteVisitDue() {
    return dueIn(siteVisit);
  }

  /** The time the advisory group waits for the extra tests it asked for, as a timer duration. */
  public String getExtraTests() {
    return extraTests.toString();
  }

  public Date extraTestsDue() {
    return dueIn(extraTests);
  }

  public Date decisionDue() {
    return dueIn(decision);
  }

  /** The end of a day (an ISO day such as 2026-12-31, as day variables hold it), in Vietnam: a task's due date. */
  public Date endOf(String day) {
    return Date.from(LocalDate.parse(day).plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }

  private Date dueIn(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }

  private static Period days(String property, String value) {
    try {
      Period period = Period.parse(value.trim());
      if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0) {
        return period;
      }
    } catch (RuntimeException e) {
      // reported below with the property's name
    }
    throw new IllegalArgumentException(property + " must be a positive period of days such as P30D, not '" + value + "'");
  }
}
