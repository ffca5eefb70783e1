package vn.parindex.assessment;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * Scored trees kept by assessment with the row version they were computed at: computing one reads
 * every entry and scores every criterion, while an assessment changes only through {@link
 * Assessments#saveEntry}, which moves its version on in the database (so every instance sees it). A
 * tree, once built, never changes. One tree per assessment, at most {@value #MAX}: past that the
 * cache starts again from empty.
 */
@Component
class Scorecards {

  static final int MAX = 500;

  private record Kept(int version, Scorecard card) {}

  private final Cache kept;

  Scorecards(CacheManager caches) {
    this.kept = caches.getCache("scorecards");
  }

  Scorecard get(long assessmentId, int version, Supplier<Scorecard> compute) {
    Kept k = kept.get(assessmentId, Kept.class);
    if (k != null && k.version() == version) {
      return k.card();
    }
    Scorecard card = compute.get();
    if (kept.getNativeCache() instanceof Map<?, ?> store && store.size() >= MAX) {
      kept.clear();
    }
    kept.put(assessmentId, new Kept(version, card));
    return card;
  }
}
