package vn.parindex.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.assessment.ranking.Rankings;

/**
 * Rankings as the dashboards show them, kept for a short time ({@code
 * parindex.dashboard.ranking-ttl}, default 60 s; 0 turns it off): ranking a province's communes
 * reads every score of two years, while the scores change only when a table is imported. A
 * dashboard may therefore show a ranking up to that long after an import.
 */
@Component
class RankingCache {

  private record Key(long parentId, int year) {}

  private record Entry(long expiresAt, List<RankingRow> rows) {}

  private final Rankings rankings;
  private final long ttlNanos;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  RankingCache(Rankings rankings, @Value("${parindex.dashboard.ranking-ttl:60s}") Duration ttl) {
    this.rankings = rankings;
    this.ttlNanos = ttl.toNanos();
  }

  List<RankingRow> rank(long parentId, int year) {
    if (ttlNanos <= 0) {
      return rankings.rank(parentId, year);
    }
    long now = System.nanoTime();
    Key key = new Key(parentId, year);
    Entry entry = entries.get(key);
    if (entry == null || entry.expiresAt() - now < 0) {
      entry = new Entry(now + ttlNanos, rankings.rank(parentId, year));
      entries.put(key, entry);
    }
    return entry.rows();
  }
}
