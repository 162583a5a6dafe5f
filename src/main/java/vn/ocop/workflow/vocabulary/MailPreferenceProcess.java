package vn.ocop.workflow.vocabulary;

import static vn.ocop.workflow.vocabulary.ProcessVariable.string;

/** The process {@code ocop-mail-preference}: an official chooses in Tasklist how they hear of new work. */
public final class MailPreferenceProcess {

  public static final String KEY = "ocop-mail-preference";

  /** Element ids of bpmn/ocop-mail-preference.bpmn. */
  public static final class Elements {
    public static final String PREFERENCE_CHOSEN = "preference-chosen";
    public static final String PREFERENCE_RECORDED = "preference-recorded";

    private Elements() {
    }
  }

  /** The choice: "immediate" (a mail per task) or "digest" (one mail a day). */
  public static final ProcessVariable<String> NEW_WORK = string("newWork");
  /** Who chose: the official who started the process. */
  public static final ProcessVariable<String> OFFICIAL = string("official");

  private MailPreferenceProcess() {
  }
}
