package vn.parindex.assessment.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionRanksTest {

  @Test
  void equalTotalsShareARankAndTheNextSkips() {
    List<BigDecimal> totals =
        List.of(
            new BigDecimal("90.00"),
            new BigDecimal("85.5"),
            new BigDecimal("85.50"),
            new BigDecimal("70"));

    assertThat(CompetitionRanks.of(totals)).containsExactly(1, 2, 2, 4);
    assertThat(CompetitionRanks.of(List.of())).isEmpty();
  }
}
