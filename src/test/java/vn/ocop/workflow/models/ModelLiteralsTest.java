package vn.ocop.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.vocabulary.CertificateInspectionProcess;
import vn.ocop.workflow.vocabulary.CouncilEvaluationProcess;
import vn.ocop.workflow.vocabulary.EvaluationProcess;
import vn.ocop.workflow.vocabulary.LevelEvaluationProcess;
import vn.ocop.workflow.vocabulary.Procedure;

/**
 * The literals the models compare (procedures, council levels, outcomes, commune decisions) are defined
 * once, in the vocabulary: every one written in bpmn/ must be one of them, so a typo in a model or a
 * renamed constant fails here instead of sending dossiers down the default flow.
 */
class ModelLiteralsTest {

  private static final Set<String> VOCABULARY = new HashSet<>(List.of(
      CouncilEvaluationProcess.DISTRICT, CouncilEvaluationProcess.PROVINCE, CouncilEvaluationProcess.CENTRAL,
      CouncilEvaluationProcess.FORWARD, CouncilEvaluationProcess.CERTIFY, CouncilEvaluationProcess.NOT_RECOGNISED,
      EvaluationProcess.FORWARD, EvaluationProcess.RETURN, EvaluationProcess.REJECT, EvaluationProcess.RE_EVALUATION,
      CertificateInspectionProcess.DOWNGRADE, CertificateInspectionProcess.REVOKE,
      CertificateInspectionProcess.BELOW_THREE_STARS, CertificateInspectionProcess.REVOKED,
      LevelEvaluationProcess.RETURN, LevelEvaluationProcess.TESTS_REQUESTED, LevelEvaluationProcess.LAPSED));

  static {
    Arrays.stream(Procedure.values()).map(Procedure::id).forEach(VOCABULARY::add);
  }

  @Test
  void theDecisionTablesUseOnlyTheVocabularysLiterals() throws IOException {
    List<String> literals = new ArrayList<>();
    for (String table : List.of("ocop-council-outcome.dmn", "ocop-star-rating.dmn")) {
      // An entry may list several strings ("two-level","two-level-2026"): each one counts.
      for (String entry : find(Files.readString(Path.of("bpmn", table)), "<text>(\"[^<]*\")</text>")) {
        literals.addAll(find(entry, "\"([^\"]*)\""));
      }
    }
    assertThat(literals).contains("two-level-2026").allMatch(VOCABULARY::contains, "defined in the vocabulary");
  }

  @Test
  void theProcessesCompareOnlyTheVocabularysLiterals() throws IOException {
    List<String> literals = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path process : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        String model = Files.readString(process).replace("&#39;", "'");
        literals.addAll(find(model, "\\$\\{[^}]*?'([^']*)'"));
      }
    }
    assertThat(literals).contains("three-level", "district", "province", "central", "forward", "certify", "return",
            "re-evaluation", "downgrade", "revoked", "two-level-2026", "requested", "lapsed")
        .allMatch(VOCABULARY::contains, "defined in the vocabulary");
  }

  private static List<String> find(String text, String pattern) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
