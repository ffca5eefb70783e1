package vn.parindex.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.parindex.assessment.ranking.CompetitionRanks;

/**
 * Totals, percentages and ranks of a round's units at publication, ranked as published tables are
 * ({@link CompetitionRanks}: 1, 2, 2, 4).
 */
final class Ranks {

  /** One unit's frozen figures. */
  record Row(long roundUnitId, BigDecimal total, BigDecimal percent, int rank, String band) {}

  private Ranks() {}

  static List<Row> of(
      Map<Long, BigDecimal> totals, BigDecimal max, Function<BigDecimal, String> band) {
    List<Map.Entry<Long, BigDecimal>> sorted = new ArrayList<>(totals.entrySet());
    sorted.sort(
        Map.Entry.<Long, BigDecimal>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    int[] ranks = CompetitionRanks.of(sorted.stream().map(Map.Entry::getValue).toList());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal total = sorted.get(i).getValue();
      int rank = ranks[i];
      BigDecimal percent =
          max.signum() == 0
              ? BigDecimal.ZERO
              : total.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
      rows.add(new Row(sorted.get(i).getKey(), total, percent, rank, band.apply(percent)));
    }
    return rows;
  }
}
