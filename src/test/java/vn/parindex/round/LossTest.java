package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LossTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void eachStageSplitsTheLossIntoItsKindExactly() {
    Loss loss = Loss.of(d("2"), d("1.5"), d("0.75"), d("1.25"), d("1.25"));
    assertThat(loss.notDone()).isEqualByComparingTo("0.5");
    assertThat(loss.cut()).isEqualByComparingTo("0.75");
    assertThat(loss.recovered()).isEqualByComparingTo("0.5");
    assertThat(loss.lost()).isEqualByComparingTo("0.75");
    assertThat(loss.lostNotDone()).isEqualByComparingTo("0.5");
    assertThat(loss.lostCut()).isEqualByComparingTo("0.25");
    assertThat(loss.kinds()).containsExactly(Loss.NOT_DONE, Loss.CUT);
  }

  @Test
  void aLeafNeverAppraisedKeepsThePointsOfTheStageBefore() {
    Loss loss = Loss.of(d("1"), d("0.5"), null, null, null);
    assertThat(loss.cut()).isEqualByComparingTo("0");
    assertThat(loss.recovered()).isEqualByComparingTo("0");
    assertThat(loss.lost()).isEqualByComparingTo("0.5");
    assertThat(loss.kinds()).containsExactly(Loss.NOT_DONE);
  }

  @Test
  void roundTwoNotTouchedKeepsRoundOneAndTheFinalFollows() {
    Loss loss = Loss.of(d("1"), d("1"), d("0.3"), null, null);
    assertThat(loss.cut()).isEqualByComparingTo("0.7");
    assertThat(loss.recovered()).isEqualByComparingTo("0");
    assertThat(loss.lost()).isEqualByComparingTo("0.7");
    assertThat(loss.kinds()).containsExactly(Loss.CUT);
  }

  @Test
  void aCriterionNeverClaimedIsLostWholeAsNotDone() {
    Loss loss = Loss.of(d("3"), null, null, null, null);
    assertThat(loss.notDone()).isEqualByComparingTo("3");
    assertThat(loss.lost()).isEqualByComparingTo("3");
    assertThat(loss.kinds()).containsExactly(Loss.NOT_DONE);
  }

  @Test
  void aCutFullyRecoveredLeavesNoLossButShowsTheRecovery() {
    Loss loss = Loss.of(d("1"), d("1"), d("0"), d("1"), d("1"));
    assertThat(loss.lost()).isEqualByComparingTo("0");
    assertThat(loss.recoveredShown()).isEqualByComparingTo("1");
    assertThat(loss.kinds()).isEmpty();
    assertThat(loss.any()).isTrue();
  }

  @Test
  void pointsRaisedAboveTheClaimNeverMakeANegativeCutInTheFinalLoss() {
    Loss loss = Loss.of(d("1"), d("0.5"), d("0.75"), null, null);
    assertThat(loss.cut()).isEqualByComparingTo("-0.25");
    assertThat(loss.lostNotDone()).isEqualByComparingTo("0.25");
    assertThat(loss.lostCut()).isEqualByComparingTo("0");
    assertThat(loss.recoveredShown()).isEqualByComparingTo("0");
  }

  @Test
  void lossesOfSeveralUnitsAddUp() {
    Loss sum =
        Loss.of(d("1"), d("0.5"), null, null, null)
            .plus(Loss.of(d("1"), d("1"), d("0.2"), null, null));
    assertThat(sum.max()).isEqualByComparingTo("2");
    assertThat(sum.notDone()).isEqualByComparingTo("0.5");
    assertThat(sum.cut()).isEqualByComparingTo("0.8");
    assertThat(sum.lost()).isEqualByComparingTo("1.3");
  }
}
