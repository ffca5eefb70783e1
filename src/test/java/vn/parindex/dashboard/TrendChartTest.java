package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class TrendChartTest {

  private final DashboardCharts charts = new DashboardCharts(labels());

  private static StaticMessageSource labels() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.setUseCodeAsDefaultMessage(true);
    return messages;
  }

  private static UnitDashboard withTrend(UnitDashboard.YearPoint... points) {
    return new UnitDashboard(
        1,
        "X",
        "Xã",
        null,
        false,
        List.of(),
        TaskCounts.NONE,
        null,
        null,
        List.of(),
        List.of(points));
  }

  private static UnitDashboard.YearPoint year(int year, Integer rank, Integer peers) {
    return new UnitDashboard.YearPoint(
        year, new BigDecimal("63.53"), new BigDecimal("70"), null, rank, peers, null);
  }

  @Test
  void theRankAxisGoesDownToTheMostUnitsRankedInAnyYear() {
    Chart chart = charts.trend(withTrend(year(2023, 14, 17), year(2024, 11, 18)));

    assertThat(chart.series().get(1).axis()).isEqualTo("rank");
    assertThat(chart.series().get(1).max()).isEqualTo(18);
    assertThat(chart.json()).contains("\"max\":18");
  }

  @Test
  void withoutRanksTheAxisIsLeftToTheData() {
    assertThat(charts.trend(withTrend(year(2024, null, null))).series().get(1).max()).isNull();
  }
}
