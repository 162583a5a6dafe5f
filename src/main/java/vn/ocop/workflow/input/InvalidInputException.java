package vn.ocop.workflow.input;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** Input refused by a server-side check; the message names every field at fault. */
public class InvalidInputException extends BadUserRequestException {

  private final List<String> errors;

  public InvalidInputException(String what, List<String> errors) {
    super(message(what, errors));
    this.errors = List.copyOf(errors);
  }

  /** The refusal of {@code what}, naming every field at fault: also for input refused before it reaches the engine. */
  public static String message(String what, List<String> errors) {
    return what + " không hợp lệ / is invalid: " + String.join("; ", errors);
  }

  public List<String> errors() {
    return errors;
  }
}
