package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RanksTest {

  @Test
  void equalTotalsShareARankAndTheNextRankSkips() {
    Map<Long, BigDecimal> totals = new LinkedHashMap<>();
    totals.put(1L, new BigDecimal("80"));
    totals.put(2L, new BigDecimal("92.5"));
    totals.put(3L, new BigDecimal("80"));
    totals.put(4L, new BigDecimal("70"));
    var rows =
        Ranks.of(
            totals,
            new BigDecimal("100"),
            p -> p.compareTo(new BigDecimal("90")) >= 0 ? "Tốt" : "Khá");
    assertThat(rows).extracting(Ranks.Row::roundUnitId).containsExactly(2L, 1L, 3L, 4L);
    assertThat(rows).extracting(Ranks.Row::rank).containsExactly(1, 2, 2, 4);
    assertThat(rows.get(0).band()).isEqualTo("Tốt");
    assertThat(rows.get(0).percent()).isEqualByComparingTo("92.50");
  }
}
