package vn.ocop.workflow.input;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one line an expected refusal leaves in the log, at INFO and without a stack trace: what was
 * refused and why. Every refusal of the application, whichever API it answers, goes through here.
 */
public final class RefusalLog {

  private static final Logger LOG = LoggerFactory.getLogger("vn.ocop.workflow.refusals");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private RefusalLog() {
  }

  public static void log(String message) {
    // A refusal may quote what the caller sent: a line break there must not start a forged log line.
    LOG.info("Refused: {}", CONTROL.matcher(String.valueOf(message)).replaceAll(" "));
  }
}
