package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PublishedRankTest {

  private static UnitDashboard.YearPoint ranked(Integer rank, Integer peers) {
    return new UnitDashboard.YearPoint(
        2024, new BigDecimal("63.53"), new BigDecimal("70"), null, rank, peers, null);
  }

  private static DashboardQueries.AssessmentRef stating(Integer rank, Integer of) {
    return new DashboardQueries.AssessmentRef(1, 2024, "PUBLISHED", 0, rank, of);
  }

  @Test
  void aPublishedRankAmongMoreUnitsThanParIndexHoldsIsShown() {
    UnitDashboard.YearPoint point = stating(11, 18).publishedRankOver(ranked(1, 1));

    assertThat(point.rank()).isEqualTo(11);
    assertThat(point.peers()).isEqualTo(18);
    assertThat(point.total()).isEqualByComparingTo("63.53");
  }

  @Test
  void aPublishedRankFillsAYearParIndexCouldNotRank() {
    assertThat(stating(11, 18).publishedRankOver(ranked(null, null)).rank()).isEqualTo(11);
  }

  @Test
  void theComputedRankStandsWhenParIndexHoldsEveryPeerOrNoRankIsStated() {
    assertThat(stating(11, 18).publishedRankOver(ranked(10, 18)).rank()).isEqualTo(10);
    assertThat(stating(null, null).publishedRankOver(ranked(1, 1)).rank()).isEqualTo(1);
  }
}
