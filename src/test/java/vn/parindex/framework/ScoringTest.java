package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static BigDecimal score(ScoringMethod method, String max, ScoreInput input) {
    return method.score(d(max), input).orElseThrow();
  }

  @Test
  void proportionalGives94PercentOfOnePointAs094() {
    assertThat(score(new Scoring.Proportional(null), "1", ScoreInput.ofRate(d("94"))))
        .isEqualByComparingTo("0.94");
  }

  @Test
  void proportionalGives99point6PercentOfTwoPointsAs1point992() {
    assertThat(score(new Scoring.Proportional(null), "2", ScoreInput.ofRate(d("99.6"))))
        .isEqualByComparingTo("1.992");
  }

  @Test
  void proportionalWithFloorScoresZeroBelowTheFloorAndMaxTimesRateFromIt() {
    Scoring.Proportional method = new Scoring.Proportional(d("90"));
    assertThat(score(method, "3", ScoreInput.ofRate(d("89.99")))).isEqualByComparingTo("0");
    assertThat(score(method, "3", ScoreInput.ofRate(d("90")))).isEqualByComparingTo("2.7");
  }

  @Test
  void proportionalOfARatioWithZeroDenominatorIsNotApplicable() {
    assertThat(new Scoring.Proportional(null).score(d("1"), ScoreInput.ofRatio(d("0"), d("0"))))
        .isEmpty();
  }

  @Test
  void thresholdGivesMaxAtEightyPercentAndAProportionBelow() {
    Scoring.Threshold method = new Scoring.Threshold(d("80"));
    assertThat(score(method, "4", ScoreInput.ofRate(d("80")))).isEqualByComparingTo("4");
    assertThat(score(method, "4", ScoreInput.ofRate(d("95")))).isEqualByComparingTo("4");
    assertThat(score(method, "4", ScoreInput.ofRate(d("60")))).isEqualByComparingTo("3");
  }

  @Test
  void rateBandsRespectInclusiveAndExclusiveEnds() {
    ScoringMethod method =
        ParamsText.parse(MethodKind.RATE_BANDS, "bands=(90,100]:2; [70,90]:1; [0,70):0");
    assertThat(score(method, "2", ScoreInput.ofRate(d("90")))).isEqualByComparingTo("1");
    assertThat(score(method, "2", ScoreInput.ofRate(d("90.01")))).isEqualByComparingTo("2");
    assertThat(score(method, "2", ScoreInput.ofRate(d("70")))).isEqualByComparingTo("1");
    assertThat(score(method, "2", ScoreInput.ofRate(d("69.99")))).isEqualByComparingTo("0");
  }

  @Test
  void deductionTakesPerItemAndNeverGoesBelowZero() {
    Scoring.Deduction method = new Scoring.Deduction(d("0.5"));
    assertThat(score(method, "2", ScoreInput.ofCount(1))).isEqualByComparingTo("1.5");
    assertThat(score(method, "2", ScoreInput.ofCount(9))).isEqualByComparingTo("0");
  }

  @Test
  void surveyWeighsAnswersAbcdAs100_60_20_0PercentOfMax() {
    ScoreInput answers = ScoreInput.ofAnswers(Map.of("A", 5, "B", 3, "C", 1, "D", 1));
    // (5×100 + 3×60 + 1×20 + 0) / 10 = 70% of 10
    assertThat(score(new Scoring.Survey(null), "10", answers)).isEqualByComparingTo("7");
  }

  @Test
  void levelsGiveTheNamedLevelsPointsIgnoringCase() {
    ScoringMethod method =
        ParamsText.parse(MethodKind.LEVELS, "levels=Tốt:2.5; Đầy đủ:2; Một phần:1; Không:0");
    assertThat(score(method, "2.5", ScoreInput.ofLevel("đầy đủ"))).isEqualByComparingTo("2");
    assertThat(method.score(d("2.5"), ScoreInput.ofLevel("Xuất sắc"))).isEmpty();
  }

  @Test
  void binaryGivesMaxWhenDoneAndZeroOtherwise() {
    assertThat(score(new Scoring.Binary(), "1", ScoreInput.ofDone(true))).isEqualByComparingTo("1");
    assertThat(score(new Scoring.Binary(), "1", ScoreInput.ofDone(false)))
        .isEqualByComparingTo("0");
  }

  @Test
  void manualTakesThePointsEntered() {
    assertThat(score(new Scoring.Manual(), "2.5", ScoreInput.ofPoints(d("1.75"))))
        .isEqualByComparingTo("1.75");
  }

  @Test
  void parametersAreKeptInCanonicalFormSoEqualValuesCompareEqual() {
    assertThat(new Scoring.Threshold(d("80.00"))).isEqualTo(new Scoring.Threshold(d("80")));
    assertThat(new Scoring.Levels(List.of(new Scoring.Level("Tốt", d("2.50")))))
        .isEqualTo(new Scoring.Levels(List.of(new Scoring.Level("Tốt", d("2.5")))));
  }
}
