package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The demo peers' published tables add up: each area within its maximum, summing to the total. */
class DemoPeersTest {

  private static final int[] MAX = {2100, 1950, 1200, 700, 1050};

  @Test
  void eachPeersAreasSumExactlyToItsTotalWithinTheirMaxima() {
    assertThat(DemoPeers.TOTALS).hasSize(DemoPeers.COUNT);
    for (int i = 0; i < DemoPeers.COUNT; i++) {
      int[] areas = DemoPeers.areas(DemoPeers.TOTALS.get(i), i);
      int sum = 0;
      for (int a = 0; a < areas.length; a++) {
        assertThat(areas[a]).as("peer %d area %d", i + 1, a + 1).isBetween(0, MAX[a]);
        sum += areas[a];
      }
      assertThat(sum)
          .as("peer %d", i + 1)
          .isEqualTo(new BigDecimal(DemoPeers.TOTALS.get(i)).movePointRight(2).intValueExact());
    }
  }

  @Test
  void vinhChapFallsEleventhAndOnlineAtOneHundredPercentPassesTheTenth() {
    BigDecimal vinhChap = new BigDecimal("63.53");
    long above =
        DemoPeers.TOTALS.stream().filter(t -> new BigDecimal(t).compareTo(vinhChap) > 0).count();
    assertThat(above).isEqualTo(10);
    long aboveThen =
        DemoPeers.TOTALS.stream()
            .filter(t -> new BigDecimal(t).compareTo(new BigDecimal("63.63")) > 0)
            .count();
    assertThat(aboveThen).isEqualTo(9);
  }
}
