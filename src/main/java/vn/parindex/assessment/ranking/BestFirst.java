package vn.parindex.assessment.ranking;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts scores best first: total descending, then unit code. Totals are published figures with 2
 * decimals, so each is a whole number of cents: they are sorted as one array of longs (cents and
 * position packed), and only units with equal totals are compared by code. Sorting 3,321 communes
 * with a comparator over the BigDecimal totals was 30% of a ranking's Java time (JFR); totals too
 * large to pack fall back to that comparator, which is the order's definition.
 */
final class BestFirst {

  static final Comparator<RankingScore> ORDER =
      (a, b) -> {
        int byTotal = b.total().compareTo(a.total());
        return byTotal != 0 ? byTotal : a.unitCode().compareTo(b.unitCode());
      };

  private static final Comparator<RankingScore> BY_CODE =
      (a, b) -> a.unitCode().compareTo(b.unitCode());

  private BestFirst() {}

  /** Sorts {@code scores} (totals of scale 2, as {@link RankingScore} keeps them) in place. */
  static void sort(List<RankingScore> scores) {
    int n = scores.size();
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(n - 1, 1));
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      BigInteger cents = scores.get(i).total().unscaledValue();
      if (scores.get(i).total().scale() != 2 || cents.bitLength() >= 62 - bits) {
        scores.sort(ORDER);
        return;
      }
      keys[i] = (-cents.longValue() << bits) | i;
    }
    Arrays.sort(keys);
    long position = (1L << bits) - 1;
    RankingScore[] sorted = new RankingScore[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = scores.get((int) (keys[i] & position));
    }
    int from = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || keys[i] >> bits != keys[from] >> bits) {
        if (i - from > 1) {
          Arrays.sort(sorted, from, i, BY_CODE);
        }
        from = i;
      }
    }
    for (int i = 0; i < n; i++) {
      scores.set(i, sorted[i]);
    }
  }
}
