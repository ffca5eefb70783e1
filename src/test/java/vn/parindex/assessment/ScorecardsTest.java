package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScorecardsTest {

  private final Scorecards cache =
      new Scorecards(new org.springframework.cache.concurrent.ConcurrentMapCacheManager());
  private final AtomicInteger computed = new AtomicInteger();

  private Scorecard compute() {
    computed.incrementAndGet();
    return null; // what is kept does not matter here, only when it is computed
  }

  @Test
  void aScoredTreeIsComputedOnceForAVersionAndAgainWhenTheVersionMoves() {
    cache.get(7, 0, this::compute);
    cache.get(7, 0, this::compute);
    assertThat(computed).hasValue(1);

    cache.get(7, 1, this::compute);
    cache.get(7, 1, this::compute);
    assertThat(computed).hasValue(2);

    cache.get(8, 1, this::compute);
    assertThat(computed).hasValue(3);
  }

  @Test
  void theCacheStaysBounded() {
    for (long id = 0; id <= Scorecards.MAX; id++) {
      cache.get(id, 0, this::compute);
    }
    cache.get(0, 0, this::compute); // cleared when full: computed again
    assertThat(computed).hasValue(Scorecards.MAX + 2);
  }
}
