package vn.ocop.workflow.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels of a Camunda Form's fields by key ("producerPhone" → "Số điện thoại / Phone number"), for an
 * {@link InputCheck} whose refusals name each field the way the form showed it.
 */
public final class FieldLabels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FieldLabels() {
  }

  public static Map<String, String> of(InputStream form) throws IOException {
    Map<String, String> labels = new HashMap<>();
    collect(JSON.readTree(form).path("components"), labels);
    return Map.copyOf(labels);
  }

  private static void collect(JsonNode components, Map<String, String> labels) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String label = component.path("label").asText("");
      if (!key.isEmpty() && !label.isEmpty()) {
        labels.put(key, label);
      }
      collect(component.path("components"), labels);
    }
  }
}
