package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.workflow.testing.ProcessTestBase;

/** Rules every deployed form keeps, hand-kept in forms/ or generated from the criteria sets. */
class FormsTest extends ProcessTestBase {

  @Autowired
  private ObjectMapper json;
  private Map<String, JsonNode> forms;

  @BeforeEach
  void deployedForms() throws IOException {
    String deployment = procedure.latest().getId();
    forms = new LinkedHashMap<>();
    for (String name : engine.getRepositoryService().getDeploymentResourceNames(deployment)) {
      if (name.endsWith(".form")) {
        try (InputStream form = engine.getRepositoryService().getResourceAsStream(deployment, name)) {
          forms.put(name, json.readTree(form));
        }
      }
    }
    assertThat(forms).containsKeys("forms/register-product.form", "forms/check-dossier.form",
        "forms/score-product-fresh-produce.form");
  }

  /**
   * form-js renders a text component's {{templates}} as markdown and HTML, so dossier data placed there
   * would be shown as markup. Dossier data is shown in disabled fields, as text, and is not sent back.
   */
  @Test
  void noFormRendersDossierDataAsMarkup() {
    forms.forEach((name, form) -> components(form).stream().filter(c -> "text".equals(c.path("type").asText()))
        .forEach(text -> assertThat(text.path("text").asText()).as(name + " " + text.path("id"))
            .doesNotContain("{{").doesNotStartWith("=")));
  }

  @Test
  void noFormUsesAFilePicker() {
    forms.forEach((name, form) -> assertThat(components(form)).as(name)
        .noneMatch(c -> c.path("type").asText().equals("filepicker")));
  }

  /** Tasklist's number field turned "0.5" into 5 and "1e1" into 11: numbers are chosen from lists instead. */
  @Test
  void noFormHasANumberField() {
    forms.forEach((name, form) -> assertThat(components(form)).as(name)
        .noneMatch(c -> c.path("type").asText().equals("number")));
  }

  private static List<JsonNode> components(JsonNode form) {
    return RegistrationForm.components(form);
  }
}
