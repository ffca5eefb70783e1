package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A unit's published score, ready to be ranked: the total rounded to 2 decimals HALF_UP as
 * published figures are, so 85.004 and 85.0 tie, ranked by {@link CompetitionRanks}.
 */
record RankingScore(
    long unitId,
    String unitCode,
    String unitName,
    long setId,
    BigDecimal total,
    BigDecimal max,
    BigDecimal percent,
    String band) {

  RankingScore {
    total = total.setScale(2, RoundingMode.HALF_UP);
  }

  /** Ranks within each criteria set; rows ordered by set, then rank, then unit code. */
  static List<Ranked> rank(List<RankingScore> scores) {
    Map<Long, List<RankingScore>> bySet = new TreeMap<>();
    for (RankingScore s : scores) {
      bySet.computeIfAbsent(s.setId(), k -> new ArrayList<>()).add(s);
    }
    List<Ranked> result = new ArrayList<>(scores.size());
    for (List<RankingScore> group : bySet.values()) {
      BestFirst.sort(group);
      List<BigDecimal> totals = new ArrayList<>(group.size());
      for (RankingScore s : group) {
        totals.add(s.total);
      }
      int[] ranks = CompetitionRanks.of(totals);
      for (int i = 0; i < group.size(); i++) {
        result.add(new Ranked(group.get(i), ranks[i], group.size()));
      }
    }
    return result;
  }

  /** A score with its place among {@code peers} units. */
  record Ranked(RankingScore score, int rank, int peers) {}
}
