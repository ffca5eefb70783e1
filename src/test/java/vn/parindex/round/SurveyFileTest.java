package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.input.FileLimits;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.UnitType;

/** A survey tool's export read all or nothing, each bad row named with its row and column. */
class SurveyFileTest {

  static final CriteriaSet SET =
      CriteriaSet.create(
          null,
          "Bộ thử",
          2031,
          UnitType.COMMUNE,
          1,
          false,
          "test",
          List.of(
              node("1", "10", null, 1),
              node("1.1", "10", new Scoring.Manual(), 2),
              node("2", "15", null, 3),
              node("2.1", "10", new Scoring.Survey(Map.of()), 4),
              node("2.2", "5", new Scoring.Survey(weights()), 5)),
          List.of());

  static final SurveyFile.Lookup LOOKUP =
      new SurveyFile.Lookup(
          Map.of("XA-MOT", 11L, "XA-HAI", 12L), Map.of("Xã Một", 11L, "Xã Hai", 12L), SET);

  private static Map<String, BigDecimal> weights() {
    Map<String, BigDecimal> w = new java.util.LinkedHashMap<>();
    w.put("A", new BigDecimal("100"));
    w.put("B", new BigDecimal("50"));
    return w;
  }

  private static Criterion node(
      String code, String max, vn.parindex.framework.ScoringMethod m, int position) {
    return new Criterion(new CriterionCode(code), code, new BigDecimal(max), m, position);
  }

  static List<SurveyFile.Point> csv(String text) {
    return SurveyFile.read(
        "dieu-tra.csv", text.getBytes(StandardCharsets.UTF_8), FileLimits.DEFAULTS, LOOKUP);
  }

  static List<InputProblem> problems(String text) {
    try {
      csv(text);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void answersAreScoredWithTheLeafsOwnWeightsAndPointsAreTakenAsGiven() {
    List<SurveyFile.Point> points =
        csv(
            """
            Mã đơn vị,Mã tiêu chí,A,B,C,D,Điểm
            XA-MOT,2.1,30,10,10,0,
            XA-MOT,2.2,1,1,,,
            XA-HAI,2.1,,,,,7.25
            """);
    assertThat(points)
        .extracting(SurveyFile.Point::roundUnitId, SurveyFile.Point::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(11L, "2.1"),
            org.assertj.core.groups.Tuple.tuple(11L, "2.2"),
            org.assertj.core.groups.Tuple.tuple(12L, "2.1"));
    // (30×100 + 10×60 + 10×20) ÷ (50×100) × 10 = 7.6; (1×100 + 1×50) ÷ 200 × 5 = 3.75
    assertThat(points.get(0).points()).isEqualByComparingTo("7.6");
    assertThat(points.get(1).points()).isEqualByComparingTo("3.75");
    assertThat(points.get(2).points()).isEqualByComparingTo("7.25");
  }

  @Test
  void sharesInPercentWithADecimalCommaScoreAsTheirCounts() {
    List<SurveyFile.Point> points =
        csv(
            """
            Unit name;Criterion code;A;B;C;D
            Xã Một;2.1;"60,5%";"39,5%";0;0
            """);
    // (60.5×100 + 39.5×60) ÷ 100 ÷ 100 × 10 = 8.42
    assertThat(points.get(0).points()).isEqualByComparingTo("8.42");
  }

  @Test
  void everyBadRowIsNamedWithItsRowAndColumnAndNothingIsReturned() {
    List<InputProblem> problems =
        problems(
            """
            Mã đơn vị,Mã tiêu chí,Điểm
            XA-BA,2.1,5
            XA-MOT,9.9,5
            XA-MOT,1.1,5
            XA-MOT,2,5
            XA-MOT,2.1,12
            XA-MOT,2.2,-1
            XA-HAI,2.1,4
            XA-HAI,2.1,4
            XA-HAI,2.2,
            """);
    assertThat(problems)
        .extracting(InputProblem::row, InputProblem::column, InputProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "Mã đơn vị", "round.survey.unit.unknown"),
            org.assertj.core.groups.Tuple.tuple(3, "Mã tiêu chí", "round.survey.criterion.unknown"),
            org.assertj.core.groups.Tuple.tuple(
                4, "Mã tiêu chí", "round.survey.criterion.notSurvey"),
            org.assertj.core.groups.Tuple.tuple(
                5, "Mã tiêu chí", "round.survey.criterion.notSurvey"),
            org.assertj.core.groups.Tuple.tuple(6, "Điểm", "round.survey.points.above"),
            org.assertj.core.groups.Tuple.tuple(7, "Điểm", "round.survey.points.negative"),
            org.assertj.core.groups.Tuple.tuple(9, "Mã tiêu chí", "round.survey.duplicate"),
            org.assertj.core.groups.Tuple.tuple(10, "Điểm", "round.survey.answers.missing"));
  }

  @Test
  void anOptionTheLeafDoesNotWeighIsRefused() {
    assertThat(problems("unit code,criterion,A,C\nXA-MOT,2.2,3,1\n"))
        .extracting(InputProblem::messageKey)
        .containsExactly("round.survey.answers.options");
  }

  @Test
  void aFileWithoutTheColumnsItNeedsIsRefusedAtItsHeader() {
    assertThat(problems("Tên,Ghi chú\nXã Một,x\n"))
        .extracting(InputProblem::messageKey)
        .containsExactly(
            "round.survey.column.unit",
            "round.survey.column.criterion",
            "round.survey.column.points");
  }

  @Test
  void theFirstSheetOfAWorkbookIsReadWithNumbersAsStored() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("Kết quả");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Tên đơn vị");
      header.createCell(1).setCellValue("Tiêu chí");
      header.createCell(2).setCellValue("Điểm");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("Xã Hai");
      row.createCell(1).setCellValue("2.2");
      row.createCell(2).setCellValue(4.5);
      book.write(out);
      xlsx = out.toByteArray();
    }
    List<SurveyFile.Point> points =
        SurveyFile.read("ket-qua.xlsx", xlsx, FileLimits.DEFAULTS, LOOKUP);
    assertThat(points)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.roundUnitId()).isEqualTo(12L);
              assertThat(p.points()).isEqualByComparingTo("4.5");
            });
  }

  @Test
  void aFileThatIsNotATableIsRefused() {
    // refused as a survey file: CSV or XLSX only, not the app's other tables (DOCX, YAML)
    for (String name : List.of("dieu-tra.yaml", "dieu-tra.docx", "Script.java")) {
      assertThatThrownBy(
              () ->
                  SurveyFile.read(
                      name, "a: 1".getBytes(StandardCharsets.UTF_8), FileLimits.DEFAULTS, LOOKUP))
          .as(name)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.problems().get(0).messageKey()).isEqualTo("round.survey.file.kind"));
    }
  }
}
