package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.workflow.vocabulary.LegalGround;
import vn.ocop.workflow.vocabulary.RevocationReason;
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

  @Test
  void theRevocationFormOffersExactlyTheGroundsOfArticle8() {
    JsonNode select = RegistrationForm.components(forms.get("forms/decide-revocation.form")).stream()
        .filter(component -> "revocationReason".equals(component.path("key").asText())).findFirst().orElseThrow();

    assertThat(select.path("values").findValuesAsText("value")).containsExactlyElementsOf(LegalGround.ids(RevocationReason.class));
    assertThat(select.path("values").findValuesAsText("label")).contains(RevocationReason.MISUSE_OF_MARK.label());
  }

  /**
   * form-js renders a text component's {{templates}} and =expressions as markdown and HTML, so dossier
   * data placed there would be shown as markup. Dossier data is shown in disabled fields, as text, and is
   * not sent back. The only expressions are the score forms' running totals, which read nothing but the
   * form's own score lists (numbers).
   */
  @Test
  void noFormRendersDossierDataAsMarkup() {
    forms.forEach((name, form) -> {
      Set<String> scoreLists = components(form).stream().filter(c -> "select".equals(c.path("type").asText())
              && !c.path("disabled").asBoolean() && c.path("values").findValues("value").stream().allMatch(JsonNode::isInt))
          .map(c -> c.path("key").asText()).collect(Collectors.toSet());
      components(form).stream().filter(c -> "text".equals(c.path("type").asText())).forEach(text -> {
        String content = text.path("text").asText();
        assertThat(content).as(name + " " + text.path("id")).doesNotContain("{{");
        if (content.startsWith("=")) {
          assertThat(identifiers(content)).as(name + " " + text.path("id") + " reads only score lists")
              .isNotEmpty().allMatch(id -> scoreLists.contains(id) || FEEL_WORDS.contains(id));
        }
      });
    });
  }

  private static final Set<String> FEEL_WORDS = Set.of("sum", "string", "item", "null");

  /** The names an expression reads, outside its string literals. */
  private static List<String> identifiers(String expression) {
    String code = expression.substring(1).replaceAll("\"[^\"]*\"", " ");
    return Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(code).results().map(m -> m.group()).toList();
  }

  /**
   * Tasklist 7.24's form-js words its own validation messages in English, a pattern as the bare regular
   * expression ("Field must match pattern ^(\+84|0)[0-9]{9,10}$."), and has no key to word them otherwise.
   * So every field checked by a pattern or a validation type (email) states its rule in its description,
   * in Vietnamese and English, in every form, hand-kept or generated.
   */
  @Test
  void everyFieldCheckedByAPatternStatesItsRuleInVietnameseAndEnglish() {
    Map<String, String> described = new LinkedHashMap<>();
    forms.forEach((name, form) -> components(form).stream()
        .filter(c -> c.path("validate").has("pattern") || c.path("validate").has("validationType"))
        .forEach(field -> described.put(name + " " + field.path("key").asText(), field.path("description").asText())));

    assertThat(described).containsKeys("forms/register-product.form producerPhone",
        "forms/register-product.form communeCode", "forms/register-product.form producerEmail");
    described.forEach((field, description) -> assertThat(description).as(field).matches(VIETNAMESE_THEN_ENGLISH));
    assertThat(described.get("forms/register-product.form producerPhone")).contains("0 hoặc +84", "9–10 chữ số");
    assertThat(described.get("forms/register-product.form communeCode")).contains("5 chữ số");
  }

  /** Vietnamese (at least one letter with a diacritic) before " / ", English after. */
  private static final Pattern VIETNAMESE_THEN_ENGLISH =
      Pattern.compile("[^/]*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ][^/]* / .+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
