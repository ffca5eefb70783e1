package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one ranking rule of published tables: totals sorted best first, equal totals share a rank and
 * the next rank skips (1, 2, 2, 4). Used by the rankings, the public results and a round's
 * publication alike.
 */
public final class CompetitionRanks {

  private CompetitionRanks() {}

  /** The rank of each total, in the order given (best first). */
  public static int[] of(List<BigDecimal> sortedBestFirst) {
    int[] ranks = new int[sortedBestFirst.size()];
    for (int i = 0; i < ranks.length; i++) {
      boolean tied = i > 0 && sortedBestFirst.get(i).compareTo(sortedBestFirst.get(i - 1)) == 0;
      ranks[i] = tied ? ranks[i - 1] : i + 1;
    }
    return ranks;
  }
}
