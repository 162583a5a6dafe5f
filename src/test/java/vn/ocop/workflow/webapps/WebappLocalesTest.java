package vn.ocop.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese webapps (src/main/resources/META-INF/resources/webjars/camunda/app/<app>/): each vi.json
 * has exactly the keys of the English file in the Camunda webjar on the classpath, so an upgrade that adds
 * keys fails here instead of showing English in the middle of a Vietnamese page; and each app's config.js
 * offers 'vi' and loads the language switch (app/ocop/language.js).
 */
class WebappLocalesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|ul)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Label values that are the same in Vietnamese as in English: names, abbreviations, formats. Anything
   * else left in English is an untranslated string.
   */
  private static final Set<String> SAME_AS_ENGLISH = Set.of(
      // product and standard names, abbreviations
      "Camunda", "Cockpit", "Tasklist", "Optimize", "BPMN", "DMN", "CMMN", "ID", "ID*", "OK", "Email",
      "Tenant", "CSV", "JSON", "Camunda Cockpit",
      // variable type names, which users pick and the REST API uses
      "Boolean", "Double", "Integer", "Long", "Short", "String",
      // symbols and placeholders
      "<", "<=", ">", ">=", "<null>", "<undefined>", "null", "");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseHasEveryEnglishKeyAndNoOther(String app) throws IOException {
    Map<String, JsonNode> english = flat(webjarFile(APP + app + "/locales/en.json"));
    Map<String, JsonNode> vietnamese = flat(ourFile(APP + app + "/locales/vi.json"));

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(vietnamese.keySet());
    Set<String> extra = new TreeSet<>(vietnamese.keySet());
    extra.removeAll(english.keySet());
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail(app + "/locales/vi.json: " + missing.size() + " keys missing " + missing + ", " + extra.size()
          + " keys not in en.json " + extra);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyValueIsTranslatedAndKeepsItsPlaceholdersAndTags(String app) throws IOException {
    Map<String, JsonNode> english = flat(webjarFile(APP + app + "/locales/en.json"));
    Map<String, JsonNode> vietnamese = flat(ourFile(APP + app + "/locales/vi.json"));
    List<String> defects = new ArrayList<>();
    english.forEach((key, en) -> {
      JsonNode vi = vietnamese.get(key);
      if (vi == null) {
        return; // reported by the key-set test
      }
      if (en.isTextual()) {
        // Empty only where English is (tasklist NO_TASK_FORM) or for the English plural ending "s"
        // (cockpit *_S labels): Vietnamese nouns do not inflect.
        if (!vi.isTextual() || vi.asText().isBlank() && !en.asText().isBlank() && !en.asText().equals("s")) {
          defects.add(key + " is empty");
          return;
        }
        for (String placeholder : matches(PLACEHOLDER, en.asText())) {
          if (!vi.asText().contains(placeholder)) {
            defects.add(key + " lacks " + placeholder);
          }
        }
        if (!tags(en.asText()).equals(tags(vi.asText()))) {
          defects.add(key + " has tags " + tags(vi.asText()) + " instead of " + tags(en.asText()));
        }
        // Date formats (dateLocales.longDateFormat, calendar.sameElse) may rightly equal English.
        if (key.startsWith("labels.") && en.asText().equals(vi.asText()) && !SAME_AS_ENGLISH.contains(en.asText())) {
          defects.add(key + " is still English: " + en.asText());
        }
      } else if (en.isArray() && (!vi.isArray() || vi.size() != en.size())) {
        defects.add(key + " should be a list of " + en.size());
      } else if (en.isNumber() && !vi.isNumber()) {
        defects.add(key + " should be a number");
      }
    });
    assertThat(defects).as(app + "/locales/vi.json").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersVietnamese(String app) throws IOException {
    // The webapps serve the first config.js on the classpath: ours, not the webjar's.
    String config = text(firstOnClasspath(APP + app + "/scripts/config.js"));
    String uncommented = config.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    assertThat(uncommented).as(app + "/scripts/config.js")
        .containsPattern("availableLocales:\\s*\\[[^]]*'vi'[^]]*]")
        .containsPattern("fallbackLocale:\\s*'en'")
        .containsPattern("customScripts:\\s*\\[[^]]*'\\.\\./ocop/language'[^]]*]");
    // The language switch that config.js loads, relative to the app's folder.
    assertThat(WebappLocalesTest.class.getClassLoader().getResource(APP + "ocop/language.js")).isNotNull();
  }

  /** The nested file as dotted keys; lists and numbers (dateLocales) are leaves. */
  private Map<String, JsonNode> flat(URL file) throws IOException {
    Map<String, JsonNode> keys = new TreeMap<>();
    try (InputStream in = file.openStream()) {
      flatten("", json.readTree(in), keys);
    }
    return keys;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> keys) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), keys));
    } else {
      keys.put(prefix.substring(0, prefix.length() - 1), node);
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * The HTML tags of a value, in order, without attributes (a link's target may be localised). Only real
   * tags: "<definition>" or "<Operation>" are words shown to the user and are translated.
   */
  private static List<String> tags(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = HTML_TAG.matcher(text);
    while (m.find()) {
      names.add(m.group().toLowerCase());
    }
    return names;
  }

  private static URL webjarFile(String path) throws IOException {
    return Collections.list(WebappLocalesTest.class.getClassLoader().getResources(path)).stream()
        .filter(url -> url.toString().contains("camunda-webapp-webjar"))
        .findFirst().orElseThrow(() -> new AssertionError("no " + path + " in the Camunda webjar"));
  }

  private static URL ourFile(String path) throws IOException {
    return Collections.list(WebappLocalesTest.class.getClassLoader().getResources(path)).stream()
        .filter(url -> !url.toString().contains("camunda-webapp-webjar"))
        .findFirst().orElseThrow(() -> new AssertionError("no " + path + " in src/main/resources"));
  }

  private static URL firstOnClasspath(String path) {
    URL url = WebappLocalesTest.class.getClassLoader().getResource(path);
    assertThat(url).as(path).isNotNull();
    assertThat(url.toString()).as(path + " is ours").doesNotContain("camunda-webapp-webjar");
    return url;
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
