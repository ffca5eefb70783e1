package vn.parindex.assessment.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingScoreTest {

  private static RankingScore score(long id, String total) {
    return new RankingScore(
        id, "U" + id, "Unit " + id, 1, new BigDecimal(total), BigDecimal.TEN, BigDecimal.ONE, null);
  }

  @Test
  void equalTotalsShareARankAndTheNextRankSkips() {
    List<RankingScore.Ranked> ranked =
        RankingScore.rank(
            List.of(score(1, "80"), score(2, "90"), score(3, "85"), score(4, "85.00")));
    assertThat(ranked).extracting(RankingScore.Ranked::rank).containsExactly(1, 2, 2, 4);
    assertThat(ranked).extracting(r -> r.score().unitId()).containsExactly(2L, 3L, 4L, 1L);
    assertThat(ranked).allMatch(r -> r.peers() == 4);
  }

  @Test
  void totalsAreComparedAsPublishedWithTwoDecimalsHalfUp() {
    List<RankingScore.Ranked> ranked =
        RankingScore.rank(List.of(score(1, "85.004"), score(2, "84.996"), score(3, "85.005")));
    assertThat(ranked).extracting(RankingScore.Ranked::rank).containsExactly(1, 2, 2);
    assertThat(ranked.get(0).score().total()).isEqualByComparingTo("85.01");
  }

  @Test
  void theBestFirstOrderIsTotalDescendingThenUnitCodeForAnyTotals() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      List<RankingScore> scores = new java.util.ArrayList<>();
      int n = 1 + random.nextInt(round < 100 ? 40 : 3000);
      for (int i = 0; i < n; i++) {
        String total =
            switch (random.nextInt(6)) {
              case 0 -> "-" + random.nextInt(500) + "." + random.nextInt(100);
              // Now and then a total too large to pack: the whole round takes the comparator.
              case 1 -> round % 10 == 0 ? "1" + "0".repeat(20) : random.nextInt(3) + ".5";
              default -> random.nextInt(100) + "." + random.nextInt(1000);
            };
        scores.add(
            new RankingScore(
                i,
                "U" + random.nextInt(n * 2) + "-" + i,
                "Unit",
                1,
                new BigDecimal(total),
                BigDecimal.TEN,
                null,
                null));
      }
      List<RankingScore> expected = new java.util.ArrayList<>(scores);
      expected.sort(BestFirst.ORDER);
      BestFirst.sort(scores);
      assertThat(scores).as("round %d, %d scores", round, n).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void unitsOfDifferentCriteriaSetsAreRankedApart() {
    RankingScore other =
        new RankingScore(9, "U9", "Ward", 2, new BigDecimal("99"), BigDecimal.TEN, null, null);
    List<RankingScore.Ranked> ranked = RankingScore.rank(List.of(score(1, "50"), other));
    assertThat(ranked).extracting(RankingScore.Ranked::rank).containsExactly(1, 1);
    assertThat(ranked).allMatch(r -> r.peers() == 1);
  }

  @Test
  void arrowShowsPlacesGainedOrLost() {
    RankingRow up = row(3);
    assertThat(up.arrow()).isEqualTo("▲3");
    assertThat(row(-1).arrow()).isEqualTo("▼1");
    assertThat(row(0).arrow()).isEqualTo("—");
    assertThat(row(null).arrow()).isEmpty();
  }

  private static RankingRow row(Integer change) {
    return new RankingRow(
        1,
        2,
        1,
        "U",
        "U",
        BigDecimal.ONE,
        BigDecimal.TEN,
        BigDecimal.TEN,
        null,
        change,
        null,
        null);
  }
}
