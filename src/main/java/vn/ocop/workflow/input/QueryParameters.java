package vn.ocop.workflow.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The filters of a search (GET query parameters), read one by one: every problem is noted with the
 * parameter's name, and {@link #check} refuses them all at once, so the caller mends everything in one go.
 */
public final class QueryParameters {

  private final Map<String, String> parameters;
  private final List<String> problems = new ArrayList<>();

  /** Notes at once any parameter that is not one of the filters. */
  public QueryParameters(Map<String, String> parameters, List<String> filters) {
    this.parameters = parameters;
    parameters.keySet().stream().filter(name -> !filters.contains(name))
        .forEach(name -> problems.add(name + ": không phải bộ lọc / is not a filter; filters: " + filters));
  }

  public String text(String name) {
    return parameters.get(name);
  }

  /** The value if it matches the pattern; otherwise the problem is noted, in the words given. */
  public String matching(String name, String pattern, String problem) {
    String value = parameters.get(name);
    if (value != null && !value.matches(pattern)) {
      problems.add(name + ": '" + value + "' " + problem);
    }
    return value;
  }

  /** A unit or product-group code: one to five digits. */
  public String code(String name) {
    return matching(name, "\\d{1,5}", "không phải mã / is not a code");
  }

  public Integer number(String name, int min, int max) {
    return whole(name, min, max, "số nguyên", "whole number");
  }

  /** A calendar year, from the earliest to the latest given. */
  public Integer year(String name, int earliest, int latest) {
    return whole(name, earliest, latest, "năm", "year");
  }

  private Integer whole(String name, int min, int max, String vietnamese, String english) {
    String text = parameters.get(name);
    if (text == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // noted below with the parameter's name
    }
    problems.add(name + ": '" + text + "' phải là " + vietnamese + " từ " + min + " đến " + max + " / must be a "
        + english + " from " + min + " to " + max);
    return null;
  }

  public LocalDate day(String name) {
    String text = parameters.get(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(name + ": '" + text + "' không phải ngày như 2027-06-30 / is not a day such as 2027-06-30");
      return null;
    }
  }

  /** One of the values, by its id. */
  public <T> T choice(String name, T[] values, Function<T, String> id) {
    String value = parameters.get(name);
    if (value == null) {
      return null;
    }
    return Arrays.stream(values).filter(known -> id.apply(known).equals(value)).findFirst().orElseGet(() -> {
      problems.add(name + ": '" + value + "' không thuộc / is not one of " + Arrays.stream(values).map(id).toList());
      return null;
    });
  }

  /** A problem the caller found by comparing parameters. */
  public void problem(String problem) {
    problems.add(problem);
  }

  /** Refuses the search with every problem noted, if there is one. */
  public void check(String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(what, problems);
    }
  }
}
