package vn.parindex.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.assessment.ranking.Rankings;

/**
 * Rankings as the dashboards show them, kept for a short time ({@code
 * parindex.dashboard.ranking-ttl}, default 60 s; 0 turns it off): ranking a province's communes
 * reads every score of two years, while the scores change only when a table is imported. A
 * dashboard may therefore show a ranking up to that long after an import. When it is due, one
 * request ranks again while the others keep showing the previous ranking (without this, every
 * dashboard request arriving in those milliseconds ranked the whole province for itself).
 */
@Component
class RankingCache {

  private record Key(long parentId, int year) {}

  private record Entry(long expiresAt, List<RankingRow> rows, AtomicBoolean refreshing) {

    Entry(long expiresAt, List<RankingRow> rows) {
      this(expiresAt, rows, new AtomicBoolean());
    }
  }

  private final Rankings rankings;
  private final long ttlNanos;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  RankingCache(Rankings rankings, @Value("${parindex.dashboard.ranking-ttl:60s}") Duration ttl) {
    this.rankings = rankings;
    this.ttlNanos = ttl.toNanos();
  }

  private long expiry() {
    return System.nanoTime() + ttlNanos;
  }

  List<RankingRow> rank(long parentId, int year) {
    if (ttlNanos <= 0) {
      return rankings.rank(parentId, year);
    }
    Key key = new Key(parentId, year);
    Entry entry = entries.get(key);
    if (entry == null) {
      // The first time, one request ranks and the others wait for it.
      return entries
          .computeIfAbsent(key, k -> new Entry(expiry(), rankings.rank(parentId, year)))
          .rows();
    }
    if (entry.expiresAt() - System.nanoTime() < 0
        && entry.refreshing().compareAndSet(false, true)) {
      try {
        Entry fresh = new Entry(expiry(), rankings.rank(parentId, year));
        entries.put(key, fresh);
        return fresh.rows();
      } catch (RuntimeException e) {
        entry.refreshing().set(false); // the next request tries again
        throw e;
      }
    }
    return entry.rows();
  }
}
