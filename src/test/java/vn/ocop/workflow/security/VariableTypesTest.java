package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.workflow.testing.ProcessTestBase;

/** Each declared type takes what the REST API can convert to it, and a misfit names its field and the problem. */
class VariableTypesTest extends ProcessTestBase {

  private final ObjectMapper json = new ObjectMapper();
  private VariableTypes types;

  @BeforeEach
  void theEnginesTypes() {
    types = new VariableTypes(engine.getProcessEngineConfiguration().getValueTypeResolver(), json);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Long    | 5
      Long    | '"5"'
      Long    | -5
      integer | 2147483647
      Short   | 32767
      Double  | 5
      Double  | 5.5
      Double  | '"5.5"'
      Boolean | true
      Boolean | '"false"'
      Date    | '"2026-01-31T08:00:00.000+0700"'
      String  | '"năm"'
      String  | 5
      Json    | '"{\\"a\\": 1}"'
      Long    | null
      """)
  void aFittingValuePasses(String type, String value) throws Exception {
    assertThat(types.problems(json.readTree("{\"a1_origin\": {\"value\": " + value + ", \"type\": \"" + type + "\"}}")))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Long    | '"five"'                | a1_origin: 'five' không phải số nguyên / is not a whole number (type Long)
      Long    | 5.5                     | a1_origin: '5.5' không phải số nguyên / is not a whole number (type Long)
      Long    | true                    | a1_origin: 'true' không phải số nguyên / is not a whole number (type Long)
      Integer | 99999999999             | a1_origin: '99999999999' nằm ngoài phạm vi của kiểu / is out of range for the type (type Integer)
      Short   | 40000                   | a1_origin: '40000' nằm ngoài phạm vi của kiểu / is out of range for the type (type Short)
      Double  | '"many"'                | a1_origin: 'many' không phải số / is not a number (type Double)
      Boolean | '"yes"'                 | a1_origin: 'yes' không phải đúng/sai / is not true or false (type Boolean)
      Boolean | 1                       | a1_origin: '1' không phải đúng/sai / is not true or false (type Boolean)
      String  | '{"a": 1}'              | a1_origin: '{"a":1}' không phải văn bản / is not text (type String)
      Json    | '"{not json"'           | a1_origin: '{not json' không phải JSON hợp lệ / is not valid JSON (type Json)
      Json    | '{"a": 1}'              | a1_origin: '{"a":1}' không phải chuỗi chứa giá trị đã tuần tự hoá / is not a string holding the serialized value (type Json)
      Money   | 5                       | a1_origin: kiểu 'Money' không được hỗ trợ / type 'Money' is not supported
      """)
  void aMisfitIsNamedWithItsProblem(String type, String value, String problem) throws Exception {
    assertThat(types.problems(json.readTree("{\"a1_origin\": {\"value\": " + value + ", \"type\": \"" + type + "\"}}")))
        .containsExactly(problem);
  }

  @Test
  void aDateMustHaveTheRestApisFormat() throws Exception {
    assertThat(types.problems(json.readTree("{\"registeredAt\": {\"value\": \"31/01/2026\", \"type\": \"Date\"}}")))
        .containsExactly("registeredAt: '31/01/2026' không phải ngày giờ dạng yyyy-MM-dd'T'HH:mm:ss.SSSZ"
            + " / is not a date and time like yyyy-MM-dd'T'HH:mm:ss.SSSZ (type Date)");
  }

  @Test
  void everyMisfitIsNamedAndUntypedValuesAreLeftToTheStep() throws Exception {
    assertThat(types.problems(json.readTree("""
        {"a1_origin": {"value": "five", "type": "Long"},
         "a2_idea": {"value": "six"},
         "m1_safety": {"value": "maybe", "type": "Boolean"},
         "scoreComment": 7}""")))
        .containsExactly(
            "a1_origin: 'five' không phải số nguyên / is not a whole number (type Long)",
            "m1_safety: 'maybe' không phải đúng/sai / is not true or false (type Boolean)",
            "scoreComment: phải có dạng / must look like {\"value\": …, \"type\": …}");
  }

  @Test
  void variablesMustBeAnObject() throws Exception {
    assertThat(types.problems(json.readTree("[1, 2]"))).isEqualTo(List.of("variables: phải là đối tượng JSON / must be a JSON object"));
    assertThat(types.problems(json.missingNode())).isEmpty();
  }

  @Test
  void aLongValueIsShortenedInTheMessage() throws Exception {
    String value = "x".repeat(200);

    assertThat(types.problems(json.readTree("{\"a1_origin\": {\"value\": \"" + value + "\", \"type\": \"Long\"}}")))
        .containsExactly("a1_origin: '" + "x".repeat(60) + "…' không phải số nguyên / is not a whole number (type Long)");
  }
}
