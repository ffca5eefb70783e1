package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.SetRules;

/** A unit's total: leaves + survey, the missing-survey rule, then bonus and penalty. */
class RoundTotalsTest {

  // SurveyFileTest.SET: 1.1 manual (10), 2.1 survey (10), 2.2 survey (5); max 25
  static CriteriaSet set(SetRules.SurveyMissing missing) {
    return SurveyFileTest.SET.withRules(new SetRules(missing, new BigDecimal("2"), BigDecimal.TEN));
  }

  @Test
  void aMissingSurveyCountsZeroByDefault() {
    BigDecimal total =
        RoundTotals.total(
            set(SetRules.SurveyMissing.ZERO),
            Map.of("1.1", new BigDecimal("8")),
            Map.of("2.1", new BigDecimal("7.6")),
            BigDecimal.ONE,
            new BigDecimal("0.5"));
    assertThat(total).isEqualByComparingTo("16.1");
  }

  @Test
  void rescaleTakesTheTotalOverTheCriteriaScoredBeforeBonusAndPenalty() {
    // (8 + 7.6) × 25 ÷ (25 − 5) = 19.5; + 1 − 0.5
    BigDecimal total =
        RoundTotals.total(
            set(SetRules.SurveyMissing.RESCALE),
            Map.of("1.1", new BigDecimal("8")),
            Map.of("2.1", new BigDecimal("7.6")),
            BigDecimal.ONE,
            new BigDecimal("0.5"));
    assertThat(total).isEqualTo(new BigDecimal("20.0000"));
  }

  @Test
  void aPenaltyNeverTakesTheTotalBelowZero() {
    BigDecimal total =
        RoundTotals.total(
            set(SetRules.SurveyMissing.ZERO),
            Map.of("1.1", new BigDecimal("1")),
            Map.of(),
            BigDecimal.ZERO,
            new BigDecimal("3"));
    assertThat(total).isEqualByComparingTo("0");
  }
}
