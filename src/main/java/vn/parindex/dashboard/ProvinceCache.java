package vn.parindex.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.assessment.ranking.Rankings;

/**
 * What the province page reads for all the children of a parent, kept for a short time ({@link
 * ShortLived}; 0 turns it off):
 *
 * <ul>
 *   <li>rankings ({@code parindex.dashboard.ranking-ttl}, default 60 s): ranking a province's
 *       communes reads every score of two years, while scores change only when a table is imported;
 *   <li>the children's task counts ({@code parindex.dashboard.province-ttl}, default 30 s): they
 *       read every task of the province. A commune's own dashboard and task pages count live.
 * </ul>
 */
@Component
class ProvinceCache {

  private record Key(long parentId, int year) {}

  private record Day(long parentId, LocalDate today) {}

  private final Rankings rankings;
  private final DashboardQueries queries;
  private final ShortLived<Key, List<RankingRow>> ranked;
  private final ShortLived<Day, Map<Long, TaskCounts>> counted;

  ProvinceCache(
      Rankings rankings,
      DashboardQueries queries,
      @Value("${parindex.dashboard.ranking-ttl:60s}") Duration rankingTtl,
      @Value("${parindex.dashboard.province-ttl:30s}") Duration countsTtl) {
    this.rankings = rankings;
    this.queries = queries;
    this.ranked = new ShortLived<>(rankingTtl);
    this.counted = new ShortLived<>(countsTtl);
  }

  List<RankingRow> rank(long parentId, int year) {
    return ranked.get(new Key(parentId, year), () -> rankings.rank(parentId, year));
  }

  /** Task counts per child unit of a parent. */
  Map<Long, TaskCounts> childCounts(long parentId, LocalDate today) {
    return counted.get(new Day(parentId, today), () -> queries.countsByChildUnit(parentId, today));
  }
}
