package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Rules every form in forms/ keeps, whoever edits it. */
class FormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * form-js renders a text component's {{templates}} as markdown and HTML, so dossier data placed there
   * would be shown as markup. Dossier data is shown in disabled fields, as text, and is not sent back.
   */
  @Test
  void noFormRendersDossierDataAsMarkup() throws IOException {
    for (File form : forms()) {
      for (JsonNode component : components(JSON.readTree(form).path("components"))) {
        if ("text".equals(component.path("type").asText())) {
          assertThat(component.path("text").asText()).as(form.getName() + " " + component.path("id"))
              .doesNotContain("{{").doesNotStartWith("=");
        }
      }
    }
  }

  @Test
  void noFormUsesAFilePicker() throws IOException {
    for (File form : forms()) {
      assertThat(components(JSON.readTree(form).path("components")))
          .as(form.getName()).noneMatch(c -> c.path("type").asText().equals("filepicker"));
    }
  }

  private static List<File> forms() {
    File[] files = Objects.requireNonNull(new File("forms").listFiles((dir, name) -> name.endsWith(".form")));
    assertThat(files).isNotEmpty();
    return List.of(files);
  }

  private static List<JsonNode> components(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : components) {
      all.add(component);
      all.addAll(components(component.path("components")));
    }
    return all;
  }
}
