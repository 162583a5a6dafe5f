package vn.ocop.workflow.vocabulary;

/** The process {@code ocop-work-reminders}: overdue work is reminded once, and escalated once after a grace period. */
public final class WorkRemindersProcess {

  public static final String KEY = "ocop-work-reminders";

  /** Element ids of bpmn/ocop-work-reminders.bpmn. */
  public static final class Elements {
    public static final String REMINDER_TIME = "reminder-time";
    public static final String REMIND_OVERDUE_WORK = "remind-overdue-work";
    public static final String REMINDERS_QUEUED = "reminders-queued";

    private Elements() {
    }
  }

  private WorkRemindersProcess() {
  }
}
