package vn.ocop.workflow.input;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** Input refused by a server-side check; the message names every field at fault. */
public class InvalidInputException extends BadUserRequestException {

  private final List<String> errors;

  public InvalidInputException(String what, List<String> errors) {
    super(what + " không hợp lệ / is invalid: " + String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
