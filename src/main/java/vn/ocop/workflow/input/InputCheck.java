package vn.ocop.workflow.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads values sent by a form or the REST API and collects every problem, so one refusal names all
 * fields at fault. The same rules as the forms, enforced where the forms cannot be bypassed.
 */
public final class InputCheck {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final VariableScope scope;
  private final Map<String, String> labels;
  private final List<String> errors = new ArrayList<>();

  public InputCheck(VariableScope scope) {
    this(scope, Map.of());
  }

  /**
   * Refusals name each field with its label as well as its key, "producerPhone (Số điện thoại / Phone number):
   * …", so the official who filled in the form knows which field is meant.
   */
  public InputCheck(VariableScope scope, Map<String, String> labels) {
    this.scope = scope;
    this.labels = labels;
  }

  /** Trimmed text; null when absent or blank and not required. */
  public String text(String field, boolean required, int maxLength) {
    Object raw = scope.getVariable(field);
    if (raw != null && !(raw instanceof String)) {
      errors.add(name(field) + ": phải là văn bản / must be text");
      return null;
    }
    String value = raw == null ? null : ((String) raw).trim();
    if (value == null || value.isEmpty()) {
      if (required) {
        errors.add(name(field) + ": bắt buộc / is required");
      }
      return null;
    }
    if (value.length() > maxLength) {
      errors.add(name(field) + ": tối đa " + maxLength + " ký tự / at most " + maxLength + " characters");
      return null;
    }
    return value;
  }

  public String choice(String field, Set<String> allowed) {
    return choice(field, allowed, true);
  }

  public String choice(String field, Set<String> allowed, boolean required) {
    String value = text(field, required, 100);
    if (value != null && !allowed.contains(value)) {
      errors.add(name(field) + ": '" + value + "' không thuộc / is not one of " + allowed.stream().sorted().toList());
      return null;
    }
    return value;
  }

  public String matching(String field, boolean required, Pattern pattern, String expectation) {
    String value = text(field, required, 200);
    if (value != null && !pattern.matcher(value).matches()) {
      errors.add(name(field) + ": " + expectation);
      return null;
    }
    return value;
  }

  public String email(String field) {
    return matching(field, true, EMAIL, "không phải địa chỉ email / is not an email address");
  }

  /** One http(s) link per line; returns the cleaned lines joined by newlines. */
  public String links(String field, int maxLength) {
    String value = text(field, false, maxLength);
    if (value == null) {
      return null;
    }
    List<String> lines = Arrays.stream(value.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    for (String line : lines) {
      if (!isWebLink(line)) {
        errors.add(name(field) + ": '" + line + "' không phải liên kết http(s) / is not an http(s) link");
        return null;
      }
    }
    return lines.stream().collect(Collectors.joining("\n"));
  }

  /**
   * One of the allowed levels of a score (ascending, from 0 or more up to the maximum); null, with an
   * error naming the field and its label, otherwise.
   */
  public Integer level(String field, String label, List<Integer> allowed) {
    Object raw = scope.getVariable(field);
    String name = named(field, label);
    if (raw == null) {
      errors.add(name + ": thiếu điểm / score is missing");
      return null;
    }
    if (!(raw instanceof Number number)) {
      errors.add(name + ": phải là số / must be a number");
      return null;
    }
    double value = number.doubleValue();
    int max = allowed.get(allowed.size() - 1);
    if (value != Math.rint(value)) {
      errors.add(name + ": phải là số nguyên / must be a whole number");
    } else if (value < 0) {
      errors.add(name + ": " + number + " nhỏ hơn 0 / is below 0");
    } else if (value > max) {
      errors.add(name + ": " + number + " vượt quá điểm tối đa " + max + " / exceeds its maximum " + max);
    } else if (!allowed.contains((int) value)) {
      errors.add(name + ": " + number + " không phải mức cho phép " + allowed + " / is not one of the allowed levels "
          + allowed);
    } else {
      return (int) value;
    }
    return null;
  }

  /**
   * A calendar day as a form's date field sends it (2026-11-26), no later than {@code latest}: a day
   * something happened; null, with an error naming the field, otherwise.
   */
  public LocalDate pastDay(String field, boolean required, LocalDate latest) {
    String value = text(field, required, 10);
    if (value == null) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      if (day.isAfter(latest)) {
        errors.add(name(field) + ": " + value + " là ngày trong tương lai / is a day in the future");
        return null;
      }
      return day;
    } catch (DateTimeParseException e) {
      errors.add(name(field) + ": '" + value + "' không phải một ngày như 2026-11-26"
          + " / is not a day such as 2026-11-26");
      return null;
    }
  }

  /** Refuses a value sent for a field that must stay empty in this case. */
  public void absent(String field, String reason) {
    if (scope.getVariable(field) != null) {
      errors.add(name(field) + ": " + reason);
    }
  }

  /** A yes/no answer; absent counts as no. */
  public boolean flag(String field, String label) {
    Object raw = scope.getVariable(field);
    if (raw == null || raw instanceof Boolean) {
      return Boolean.TRUE.equals(raw);
    }
    errors.add(named(field, label) + ": phải là đúng/sai / must be true or false");
    return false;
  }

  public void fail(String field, String message) {
    errors.add(name(field) + ": " + message);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws when any check failed, so nothing is recorded. */
  public void verify(String what) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(what, errors);
    }
  }

  /** The field as refusals name it: its key, and its label when the form gave one. */
  private String name(String field) {
    String label = labels.get(field);
    return label == null ? field : named(field, label);
  }

  private static String named(String field, String label) {
    return field + " (" + label + ")";
  }

  private static boolean isWebLink(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
