package vn.ocop.workflow.input;

import org.camunda.bpm.engine.AuthorizationException;

/** A step refused because the user may not take it for this dossier; the message says why. */
public class SeparationOfDutiesException extends AuthorizationException {

  public SeparationOfDutiesException(String reason) {
    super(reason);
  }
}
