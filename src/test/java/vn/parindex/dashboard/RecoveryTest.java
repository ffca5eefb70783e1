package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryTest {

  private static Recovery.Points p(String code, String name, String points) {
    return new Recovery.Points(code, name, points == null ? null : new BigDecimal(points));
  }

  private static Recovery.Line line(int position, String code, String content) {
    return new Recovery.Line(position, code, content, null);
  }

  private final Map<String, Recovery.Points> before =
      Map.of(
          "1.1", p("1.1", "Ban hành kế hoạch CCHC", "0.5"),
          "2.3", p("2.3", "Tỷ lệ hồ sơ đúng hạn", "0.91"),
          "3.2", p("3.2", "Tuyển dụng công chức", "1"),
          "4.1", p("4.1", "Tiêu chí bị bỏ", "0"),
          "5.2", p("5.2", "Cổng dịch vụ công", "1.2"));

  private final List<Recovery.Points> after =
      List.of(
          p("1.1", "Ban hành kế hoạch CCHC", "1"),
          p("2.3", "Tỷ lệ hồ sơ đúng hạn.", "0.91"),
          p("3.2", "Tuyển dụng công chức", "0.5"),
          p("5.4", "cổng dịch vụ công", "2"),
          p("5.2", "Chữ ký số", "0"));

  private List<Recovery.Result> results() {
    return Recovery.compute(
        List.of(
            line(1, "1.1", "Ban hành kế hoạch CCHC"),
            line(2, "2.3", "Tỷ lệ hồ sơ đúng hạn"),
            line(3, "3.2", "Tuyển dụng công chức"),
            line(4, "4.1", "Tiêu chí bị bỏ"),
            line(5, "5.2", "Cổng dịch vụ công")),
        before,
        after);
  }

  @Test
  void improvedCriterionRecoversTheDifference() {
    Recovery.Result r = results().get(0);
    assertThat(r.status()).isEqualTo(Recovery.Status.IMPROVED);
    assertThat(r.recovered()).isEqualByComparingTo("0.5");
  }

  @Test
  void unchangedCriterionRecoversNothing() {
    Recovery.Result r = results().get(1);
    assertThat(r.status()).isEqualTo(Recovery.Status.UNCHANGED);
    assertThat(r.recovered()).isEqualByComparingTo("0");
    assertThat(r.matchedBy()).isEqualTo(Recovery.MatchedBy.CODE);
  }

  @Test
  void worseCriterionRecoversANegativeAmount() {
    Recovery.Result r = results().get(2);
    assertThat(r.status()).isEqualTo(Recovery.Status.WORSE);
    assertThat(r.recovered()).isEqualByComparingTo("-0.5");
  }

  @Test
  void criterionMissingNextYearIsNotComparable() {
    Recovery.Result r = results().get(3);
    assertThat(r.status()).isEqualTo(Recovery.Status.NOT_COMPARABLE);
    assertThat(r.recovered()).isNull();
    assertThat(r.before()).isEqualByComparingTo("0");
  }

  @Test
  void renumberedCriterionIsFoundByItsName() {
    Recovery.Result r = results().get(4);
    assertThat(r.matchedBy()).isEqualTo(Recovery.MatchedBy.NAME);
    assertThat(r.nextCode()).isEqualTo("5.4");
    assertThat(r.recovered()).isEqualByComparingTo("0.8");
  }

  @Test
  void withoutNextYearsScoresEveryLineIsNotComparable() {
    assertThat(
            Recovery.compute(List.of(line(1, "1.1", "Ban hành kế hoạch CCHC")), before, List.of()))
        .extracting(Recovery.Result::status)
        .containsExactly(Recovery.Status.NOT_COMPARABLE);
  }

  @Test
  void planFigureStandsInWhenLastYearsScoresAreGone() {
    List<Recovery.Result> r =
        Recovery.compute(
            List.of(new Recovery.Line(1, "1.1", "Ban hành kế hoạch CCHC", new BigDecimal("0.25"))),
            Map.of(),
            after);
    assertThat(r.get(0).recovered()).isEqualByComparingTo("0.75");
  }
}
