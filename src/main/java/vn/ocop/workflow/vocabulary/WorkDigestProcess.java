package vn.ocop.workflow.vocabulary;

/** The process {@code ocop-work-digest}: once a day, each official who chose a digest gets one mail of new work. */
public final class WorkDigestProcess {

  public static final String KEY = "ocop-work-digest";

  /** Element ids of bpmn/ocop-work-digest.bpmn. */
  public static final class Elements {
    public static final String DIGEST_TIME = "digest-time";
    public static final String SEND_DIGESTS = "send-digests";
    public static final String DIGESTS_QUEUED = "digests-queued";

    private Elements() {
    }
  }

  private WorkDigestProcess() {
  }
}
