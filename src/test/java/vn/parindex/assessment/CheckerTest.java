package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.unit.UnitType;

class CheckerTest {

  static Criterion c(String code, String max) {
    return new Criterion(CriterionCode.of(code), "Tiêu chí " + code, new BigDecimal(max), null, 0);
  }

  static AssessmentEntry e(String code, String points, String reason, String measure) {
    return new AssessmentEntry(
        CriterionCode.of(code),
        new BigDecimal(points),
        ScoreInput.none(),
        reason,
        measure,
        null,
        null,
        null);
  }

  static List<String> check(
      List<Criterion> criteria,
      BigDecimal reportedTotal,
      BigDecimal statedLoss,
      AssessmentEntry... entries) {
    CriteriaSet set =
        CriteriaSet.create(1L, "s", 2024, UnitType.COMMUNE, 1, true, null, criteria, List.of());
    Assessment a =
        new Assessment(
            1L,
            1,
            2024,
            1,
            AssessmentStage.SELF,
            reportedTotal,
            statedLoss,
            null,
            null,
            List.of(entries));
    return Checker.check(Scorecard.of(set, a)).stream()
        .map(f -> f.severity() + " " + f.kind() + " " + f.code())
        .toList();
  }

  @Test
  void lostPointsWithoutReasonOrMeasureAreWarnings() {
    assertThat(check(List.of(c("1", "2")), null, null, e("1", "1", null, " ")))
        .containsExactlyInAnyOrder("WARNING MISSING_REASON 1", "WARNING MISSING_MEASURE 1");
  }

  @Test
  void scoreAboveMaxAndNegativeScoreAreErrors() {
    assertThat(
            check(
                List.of(c("1", "2"), c("2", "2")),
                null,
                null,
                e("1", "3", "r", "m"),
                e("2", "-1", "r", "m")))
        .contains("ERROR SCORE_ABOVE_MAX 1", "ERROR SCORE_NEGATIVE 2");
  }

  @Test
  void rateAboveHundredInTextIsReported() {
    assertThat(check(List.of(c("1", "2")), null, null, e("1", "1", "Tỷ lệ đạt 120%", "m")))
        .containsExactly("ERROR RATE_ABOVE_100 1");
  }

  @Test
  void childrenMaxAboveParentMaxIsReported() {
    assertThat(check(List.of(c("1", "2"), c("1.1", "2"), c("1.2", "1")), null, null))
        .containsExactly("ERROR CHILDREN_MAX_EXCEEDS 1");
  }

  @Test
  void reportedTotalAndStatedLossAreComparedWithTheAreas() {
    assertThat(
            check(
                List.of(c("1", "10"), c("2", "10")),
                new BigDecimal("19"),
                new BigDecimal("0.5"),
                e("1", "9.5", "r", "m"),
                e("2", "9", "r", "m")))
        .containsExactlyInAnyOrder("ERROR TOTAL_MISMATCH null", "ERROR STATED_LOSS_MISMATCH null");
  }

  @Test
  void consistentTableHasNoFindings() {
    assertThat(
            check(
                List.of(c("1", "10"), c("1.1", "4")),
                null,
                new BigDecimal("1"),
                e("1", "9", null, null),
                e("1.1", "3", "r", "m")))
        .isEmpty();
  }

  static Criterion proportional(String code, String max) {
    return new Criterion(
        CriterionCode.of(code),
        "Tiêu chí " + code,
        new BigDecimal(max),
        new vn.parindex.framework.Scoring.Proportional(null),
        0);
  }

  static List<Finding> findings(Criterion criterion, AssessmentEntry entry) {
    CriteriaSet set =
        CriteriaSet.create(
            1L, "s", 2024, UnitType.COMMUNE, 1, false, null, List.of(criterion), List.of());
    Assessment a =
        new Assessment(
            1L, 1, 2024, 1, AssessmentStage.SELF, null, null, null, null, List.of(entry));
    return Checker.check(Scorecard.of(set, a));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "«{0}» with {1} points is checked by the rule")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "Thanh toán trực tuyến đạt 90,78% | 1.80 | 1.82",
        "tỷ lệ 85 % | 1.80 | 1.70",
        "hoàn thành 7/8 nhiệm vụ | 2 | 1.75",
        "Chỉ đạt 45/50 hồ sơ | 1.5 | 1.80",
        "giải quyết 45 trên 50 hồ sơ | 1.5 | 1.80",
        "đạt 94% | 1 | 1.88",
      })
  void theRuleIsAppliedToTheRateTheReasonStatesInAnyWording(
      String reason, String points, String byRule) {
    List<Finding> found = findings(proportional("1", "2"), e("1", points, reason, "Tăng cường"));

    assertThat(found)
        .filteredOn(f -> f.kind() == Finding.Kind.RULE_MISMATCH)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.expected()).isEqualByComparingTo(byRule);
              assertThat(f.actual()).isEqualByComparingTo(points);
              assertThat(f.messageKey()).isEqualTo("assessment.finding.rule_mismatch.rate");
            });
  }

  @Test
  void theRateInTheNoteIsCheckedToo() {
    AssessmentEntry entry =
        new AssessmentEntry(
            CriterionCode.of("1"),
            new BigDecimal("2"),
            ScoreInput.none(),
            "Chậm báo cáo",
            "m",
            "hoàn thành 3/4 nhiệm vụ",
            null,
            null);

    assertThat(findings(proportional("1", "2"), entry))
        .extracting(f -> f.kind() + " " + f.expected())
        .containsExactly("RULE_MISMATCH 1.50");
  }

  @Test
  void pointsThatAgreeWithTheStatedRateAreNoFinding() {
    assertThat(findings(proportional("1", "2"), e("1", "1.75", "hoàn thành 7/8 nhiệm vụ", "m")))
        .isEmpty();
  }

  @Test
  void anImpossibleCountStaysAFindingAndIsNotScored() {
    assertThat(
            findings(proportional("1", "2"), e("1", "1", "hoàn thành khắc phục 21/13 vấn đề", "m")))
        .extracting(f -> f.kind().name())
        .containsExactly("IMPOSSIBLE_RATIO");
  }

  @Test
  void aManualCriterionIsNotScoredFromItsText() {
    assertThat(check(List.of(c("1", "2")), null, null, e("1", "1", "đạt 94%", "m"))).isEmpty();
  }

  @Test
  void aTableWhoseEveryMaximumIsZeroIsAFinding() {
    assertThat(check(List.of(c("1", "0"), c("2", "0")), null, null, e("1", "0", null, null)))
        .containsExactly("ERROR ZERO_MAX null");
  }
}
