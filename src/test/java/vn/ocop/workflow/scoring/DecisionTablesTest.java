package vn.ocop.workflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision tables in bpmn/, as an administrator deploys them, at every threshold. */
class DecisionTablesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision starRating;
  private static DmnDecision councilOutcome;

  @BeforeAll
  static void parse() throws IOException {
    starRating = decision("ocop-star-rating");
    councilOutcome = decision("ocop-council-outcome");
  }

  @ParameterizedTest(name = "{0} points, minimums allow {1}★ -> {2} stars")
  @CsvSource({
      // every minimum met: the official thresholds
      "0, 5, 1", "29, 5, 1", "29.99, 5, 1", "30, 5, 2",
      "49, 5, 2", "49.99, 5, 2", "50, 5, 3",
      "69, 5, 3", "69.66, 5, 3", "69.99, 5, 3", "70, 5, 4",
      "89, 5, 4", "89.99, 5, 4", "90, 5, 5", "100, 5, 5",
      // a criterion below its 5★ minimum: 92 points are 4★, and below 90 nothing changes
      "92, 4, 4", "90, 4, 4", "89.99, 4, 4", "70, 4, 4", "69.99, 4, 3",
      // below a 4★ minimum: at most 3★
      "95, 3, 3", "70, 3, 3", "50, 3, 3", "49.99, 3, 2",
      // below a 3★ minimum or a 3★ requirement not met: at most 2★, whatever the total
      "29, 2, 1", "30, 2, 2", "50, 2, 2", "70, 2, 2", "95, 2, 2", "100, 2, 2"})
  void starsFollowTheThresholdsHeldDownByTheMinimumLevels(double averageScore, int rankAllowed, int stars) {
    Object rated = DMN.evaluateDecisionTable(starRating, Variables.createVariables()
        .putValue("averageScore", averageScore).putValue("rankAllowed", rankAllowed)).getSingleEntry();

    assertThat(rated).isEqualTo(stars);
  }

  @ParameterizedTest(name = "{0} {1}: {2} points, {3} stars -> {4} {5} {6}")
  @CsvSource(nullValues = "none", value = {
      // three-level: the district certifies 3★ and forwards 70 and above
      "three-level, district, 49.99, 2, not-recognised, none, none",
      "three-level, district, 50, 3, certify, 3, district",
      "three-level, district, 69.99, 3, certify, 3, district",
      "three-level, district, 70, 4, forward, none, none",
      "three-level, district, 80, 2, not-recognised, none, none",
      // the province certifies 4★, forwards 90 and above; below 4★ the district's 3★ stands
      "three-level, province, 69.99, 3, certify, 3, district",
      "three-level, province, 40, 2, certify, 3, district",
      "three-level, province, 70, 4, certify, 4, province",
      "three-level, province, 89.99, 4, certify, 4, province",
      "three-level, province, 90, 5, forward, none, none",
      "three-level, province, 95, 2, certify, 3, district",
      // two-level: the province certifies 3★ and 4★, forwards 90 and above
      "two-level, province, 49.99, 2, not-recognised, none, none",
      "two-level, province, 50, 3, certify, 3, province",
      "two-level, province, 70, 4, certify, 4, province",
      "two-level, province, 89.99, 4, certify, 4, province",
      "two-level, province, 90, 5, forward, none, none",
      "two-level, province, 92, 2, not-recognised, none, none",
      // the central council certifies 5★; below that, on the two-level procedure (Decision 26/2026) the
      // province recognises the central council's own 3★ or 4★, on the three-level one its 4★ stands
      "two-level, central, 90, 5, certify, 5, central",
      "two-level, central, 89.99, 4, certify, 4, province",
      "two-level, central, 69.99, 3, certify, 3, province",
      "two-level, central, 95, 3, certify, 3, province",
      "two-level, central, 49.99, 2, not-recognised, none, none",
      "three-level, central, 100, 5, certify, 5, central",
      "three-level, central, 60, 3, certify, 4, province",
      "three-level, central, 40, 2, certify, 4, province"})
  void councilOutcomeDecidesWhoCertifiesWhat(String procedure, String level, double averageScore, int stars,
      String outcome, Integer certifiedStars, String certifyingLevel) {
    Map<String, Object> result = DMN.evaluateDecisionTable(councilOutcome, Variables.createVariables()
        .putValue("disqualified", false).putValue("procedure", procedure).putValue("councilLevel", level)
        .putValue("averageScore", averageScore).putValue("stars", stars)).getSingleResult().getEntryMap();

    // an empty output cell leaves its entry out; the process reads it as null
    assertThat(result.get("outcome")).isEqualTo(outcome);
    assertThat(result.get("certifiedStars")).isEqualTo(certifiedStars);
    assertThat(result.get("certifyingLevel")).isEqualTo(certifyingLevel);
  }

  @ParameterizedTest(name = "{0} {1}: not scored -> not recognised")
  @CsvSource({"three-level, district", "three-level, province", "two-level, province", "two-level, central",
      "three-level, central"})
  void aProductTheCouncilDidNotScoreIsNotRecognisedAtAnyLevel(String procedure, String level) {
    Map<String, Object> result = DMN.evaluateDecisionTable(councilOutcome, Variables.createVariables()
        .putValue("disqualified", true).putValue("procedure", procedure).putValue("councilLevel", level)
        .putValue("averageScore", null).putValue("stars", null)).getSingleResult().getEntryMap();

    assertThat(result.get("outcome")).isEqualTo("not-recognised");
    assertThat(result.get("certifiedStars")).isNull();
  }

  private static DmnDecision decision(String key) throws IOException {
    try (InputStream in = new FileInputStream("bpmn/" + key + ".dmn")) {
      return DMN.parseDecision(key, in);
    }
  }
}
