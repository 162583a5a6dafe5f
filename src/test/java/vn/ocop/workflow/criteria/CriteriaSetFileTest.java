package vn.ocop.workflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.workflow.criteria.InvalidCriteriaSetException.Problem;

/** The criteria-set file format: what it accepts, and every kind of bad row refused by row and column. */
public class CriteriaSetFileTest {

  private static final String HEADER = String.join(",", CriteriaSetFile.COLUMNS);

  /** A small valid set: one criterion per sub-section, the maxima adding up to A 40, B 25, C 35. */
  public static String validSet(String id) {
    return String.join("\n", HEADER,
        id + ",Mật ong / Honey,Quyết định 26/2026,1|3,criterion,A1,a1_origin,Nguồn gốc / Origin,18,"
            + "0|6=Một phần trong tỉnh / partly local|18=100% trong tỉnh / all local,6,,18",
        id + ",,,,section-total,A2,a2_section_total,Phát triển sản phẩm / Product development,10,0..10,,,",
        id + ",,,,section-total,A3,a3_section_total,Sức mạnh cộng đồng / Community strength,12,0..12,,,",
        id + ",,,,criterion,B4,b4_distribution,Phân phối / Distribution,13,0..13,,,",
        id + ",,,,criterion,B5,b5_story,Câu chuyện / Story,12,0|4|8|12,4,8,12",
        id + ",,,,criterion,C,c_quality,Chất lượng / Quality,35,0..35,10,20,30",
        id + ",,,,requirement,,m3_food_safety,Giấy chứng nhận ATTP / Food-safety certificate,,,,,") + "\n";
  }

  @Test
  void aValidFileGivesItsSetWithLevelsMinimumsAndRequirements() {
    CriteriaSet set = read(validSet("honey")).get(0);

    assertThat(set.id()).isEqualTo("honey");
    assertThat(set.productGroups()).containsExactly(1, 3);
    assertThat(set.criteria()).hasSize(6);
    Criterion origin = set.criteria().get(0);
    assertThat(origin.points()).containsExactly(0, 6, 18);
    assertThat(origin.levels().get(2).label()).isEqualTo("18 — 100% trong tỉnh / all local");
    assertThat(origin.minimumFor(3)).contains(6);
    assertThat(origin.minimumFor(4)).isEmpty();
    assertThat(origin.minimumFor(5)).contains(18);
    assertThat(set.criteria().get(1).sectionTotal()).isTrue();
    assertThat(set.criteria().get(1).points()).hasSize(11);
    assertThat(set.requirements()).extracting(Requirement::code).containsExactly("m3_food_safety");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "a level above the maximum; a1_origin,Nguồn gốc / Origin,18,0|6|20; 2; levels; the highest level 20 must equal the maximum 18",
      "levels out of order; a1_origin,Nguồn gốc / Origin,18,0|18|6; 2; levels; levels must be ascending",
      "a level that is not a number; a1_origin,Nguồn gốc / Origin,18,0|six|18; 2; levels; 'six' không phải mức điểm",
      "a maximum that is not a number; a1_origin,Nguồn gốc / Origin,many,0|6|18; 2; max; 'many' không phải số nguyên",
      "a minimum that is not a level; a1_origin,Nguồn gốc / Origin,18,0|6|18,5; 2; min_3_star; 5 không phải một mức",
      "a missing label; a1_origin,,18,0|6|18; 2; label; bắt buộc / is required",
      "a bad code; A1 Origin,Nguồn gốc / Origin,18,0|6|18; 2; code; 'A1 Origin' không phải mã tiêu chí"})
  void aBadRowIsRefusedNamingRowAndColumn(String problem, String row, int line, String column, String message) {
    String csv = validSet("honey").replace(
        "a1_origin,Nguồn gốc / Origin,18,0|6=Một phần trong tỉnh / partly local|18=100% trong tỉnh / all local,6,,18", row);

    assertThat(problems(csv)).anySatisfy(p -> {
      assertThat(p.row()).isEqualTo(line);
      assertThat(p.column()).isEqualTo(column);
      assertThat(p.message()).contains(message);
    });
  }

  @Test
  void partsThatDoNotAddUpAreRefusedNamingTheirRows() {
    String csv = validSet("honey").replace("c_quality,Chất lượng / Quality,35,0..35,10,20,30",
        "c_quality,Chất lượng / Quality,34,0..34,10,20,30");

    assertThat(problems(csv)).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(7);
      assertThat(p.column()).isEqualTo("max");
      assertThat(p.message()).contains("part C of set honey adds up to 34, not 35 (rows [7])");
    });
  }

  @Test
  void aCodeUsedTwiceInASetIsRefused() {
    String csv = validSet("honey").replace("b5_story", "b4_distribution");

    assertThat(problems(csv)).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(6);
      assertThat(p.column()).isEqualTo("code");
      assertThat(p.message()).contains("code b4_distribution appears twice in set honey");
    });
  }

  @Test
  void aMissingOrUnknownColumnIsRefusedOnTheHeader() {
    String csv = validSet("honey").replaceFirst("min_5_star", "min_6_star");

    assertThat(problems(csv)).extracting(Problem::row, Problem::column)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, "min_5_star"),
            org.assertj.core.groups.Tuple.tuple(1, "min_6_star"));
  }

  @Test
  void setLevelColumnsOnLaterRowsMustMatchTheFirst() {
    String csv = validSet("honey").replace("honey,,,,criterion,B4", "honey,,,2,criterion,B4");

    assertThat(problems(csv)).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(5);
      assertThat(p.column()).isEqualTo("product_groups");
    });
  }

  @Test
  void aRequirementCarriesNoPointsAndAKindMustBeKnown() {
    String csv = validSet("honey").replace("requirement,,m3_food_safety,Giấy chứng nhận ATTP / Food-safety certificate,,",
        "requirement,,m3_food_safety,Giấy chứng nhận ATTP / Food-safety certificate,1,")
        .replace("section-total,A2", "total,A2");

    assertThat(problems(csv)).extracting(Problem::row, Problem::column)
        .contains(org.assertj.core.groups.Tuple.tuple(8, "max"), org.assertj.core.groups.Tuple.tuple(3, "kind"));
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() {
    String csv = validSet("honey").replace("0|4|8|12,4,8,12", "0|4|8|13,4,8,12").replace("b4_distribution,", "b4 distribution,");

    assertThatThrownBy(() -> read(csv)).isInstanceOf(InvalidCriteriaSetException.class)
        .hasMessageContaining("honey.csv dòng/row 5, cột/column code")
        .hasMessageContaining("honey.csv dòng/row 6, cột/column levels");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message()).contains("the file is empty"));
    assertThat(problems(HEADER + "\n")).singleElement().satisfies(p -> assertThat(p.message()).contains("no rows"));
  }

  private static List<CriteriaSet> read(String csv) {
    return CriteriaSetFile.read("honey.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Problem> problems(String csv) {
    try {
      read(csv);
    } catch (InvalidCriteriaSetException e) {
      return e.problems();
    }
    throw new AssertionError("the file was accepted");
  }
}
