package vn.ocop.workflow.criteria;

import java.util.List;
import vn.ocop.workflow.input.InvalidInputException;

/** A criteria-set file refused, with every problem named by file, row and column. */
public class InvalidCriteriaSetException extends InvalidInputException {

  private final List<Problem> problems;

  public InvalidCriteriaSetException(List<Problem> problems) {
    super("Bộ tiêu chí / Criteria set", problems.stream().map(Problem::toString).toList());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One problem; row 1 is the header, column is the header's name. */
  public record Problem(String file, int row, String column, String message) {
    @Override
    public String toString() {
      return file + " dòng/row " + row + ", cột/column " + column + ": " + message;
    }
  }
}
