package vn.ocop.workflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.type.SerializableValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.type.ValueTypeResolver;

/**
 * Whether each submitted variable's value fits the type it declares ({"value": "five", "type": "Long"}),
 * checked before the REST API converts it, so a misfit is refused naming its field and what is wrong
 * rather than with the converter's text. Type names resolve as the REST API resolves them; a variable
 * without a type, or without a value, is left to the engine and the step's own checks.
 */
final class VariableTypes {

  private static final Pattern DIGITS = Pattern.compile("[-+]?\\d+");
  private static final int SHOWN = 60;

  private final ValueTypeResolver types;
  private final ObjectMapper json;

  VariableTypes(ValueTypeResolver types, ObjectMapper json) {
    this.types = types;
    this.json = json;
  }

  /** One problem per misfit variable, each naming the variable; empty when all fit. */
  List<String> problems(JsonNode variables) {
    List<String> problems = new ArrayList<>();
    if (variables.isMissingNode() || variables.isNull()) {
      return problems;
    }
    if (!variables.isObject()) {
      problems.add("variables: phải là đối tượng JSON / must be a JSON object");
      return problems;
    }
    for (Map.Entry<String, JsonNode> variable : variables.properties()) {
      String name = variable.getKey();
      JsonNode entry = variable.getValue();
      if (!entry.isObject()) {
        problems.add(name + ": phải có dạng / must look like {\"value\": …, \"type\": …}");
        continue;
      }
      JsonNode type = entry.path("type");
      JsonNode value = entry.path("value");
      if (type.isMissingNode() || type.isNull() || value.isMissingNode() || value.isNull()) {
        continue;
      }
      String declared = type.asText();
      ValueType valueType = declared.isEmpty() ? null : types.typeForName(VariableValueDto.fromRestApiTypeName(declared));
      if (valueType == null) {
        problems.add(name + ": kiểu '" + declared + "' không được hỗ trợ / type '" + declared + "' is not supported");
        continue;
      }
      misfit(valueType, value).ifPresent(problem ->
          problems.add(name + ": '" + shown(value) + "' " + problem + " (type " + declared + ")"));
    }
    return problems;
  }

  private Optional<String> misfit(ValueType type, JsonNode value) {
    if (type instanceof SerializableValueType) {
      if (!value.isTextual()) {
        return Optional.of("không phải chuỗi chứa giá trị đã tuần tự hoá / is not a string holding the serialized value");
      }
      return type.getName().equals("json") && !isJson(value.textValue())
          ? Optional.of("không phải JSON hợp lệ / is not valid JSON") : Optional.empty();
    }
    if (!(type instanceof PrimitiveValueType primitive)) {
      return Optional.empty();
    }
    Class<?> javaType = primitive.getJavaType();
    if (javaType == Long.class || javaType == Integer.class || javaType == Short.class) {
      return wholeNumber(value, javaType);
    }
    if (javaType == Double.class) {
      return value.isNumber() || (value.isTextual() && isDouble(value.textValue())) ? Optional.empty()
          : Optional.of("không phải số / is not a number");
    }
    if (javaType == Boolean.class) {
      return value.isBoolean() || value.asText().equals("true") || value.asText().equals("false") ? Optional.empty()
          : Optional.of("không phải đúng/sai / is not true or false");
    }
    if (javaType == Date.class) {
      String format = JacksonConfigurator.dateFormatString;
      return value.isTextual() && isDate(value.textValue(), format) ? Optional.empty()
          : Optional.of("không phải ngày giờ dạng " + format + " / is not a date and time like " + format);
    }
    if (javaType == String.class) {
      return value.isValueNode() ? Optional.empty() : Optional.of("không phải văn bản / is not text");
    }
    return Optional.empty();
  }

  /** A whole number as the REST API reads one: an integer, or text holding one, within the type's range. */
  private static Optional<String> wholeNumber(JsonNode value, Class<?> javaType) {
    String text = value.isNumber() || value.isTextual() ? value.asText().trim() : "";
    try {
      if (javaType == Long.class) {
        Long.parseLong(text);
      } else if (javaType == Integer.class) {
        Integer.parseInt(text);
      } else {
        Short.parseShort(text);
      }
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of(DIGITS.matcher(text).matches() ? "nằm ngoài phạm vi của kiểu / is out of range for the type"
          : "không phải số nguyên / is not a whole number");
    }
  }

  private boolean isJson(String text) {
    try {
      return !json.readTree(text).isMissingNode();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isDouble(String text) {
    try {
      Double.parseDouble(text.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String text, String format) {
    try {
      new SimpleDateFormat(format).parse(text);
      return true;
    } catch (ParseException e) {
      return false;
    }
  }

  private static String shown(JsonNode value) {
    String text = value.isTextual() ? value.textValue() : value.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
