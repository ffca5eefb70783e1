package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortLivedTest {

  private final AtomicInteger computed = new AtomicInteger();

  private String compute() {
    return "v" + computed.incrementAndGet();
  }

  @Test
  void aValueIsComputedOnceWhileItLives() {
    ShortLived<String, String> cache = new ShortLived<>(Duration.ofHours(1));

    assertThat(cache.get("a", this::compute)).isEqualTo("v1");
    assertThat(cache.get("a", this::compute)).isEqualTo("v1");
    assertThat(cache.get("b", this::compute)).isEqualTo("v2");
  }

  @Test
  void aDueValueIsComputedAgainByOneCallerWhileTheOthersGetThePreviousOne() {
    ShortLived<String, String> cache = new ShortLived<>(Duration.ofNanos(1));
    assertThat(cache.get("a", this::compute)).isEqualTo("v1");

    String[] seenDuringRefresh = new String[1];
    String refreshed =
        cache.get(
            "a",
            () -> {
              seenDuringRefresh[0] = cache.get("a", this::compute); // another request meanwhile
              return compute();
            });

    assertThat(seenDuringRefresh[0]).isEqualTo("v1");
    assertThat(refreshed).isEqualTo("v2");
    assertThat(computed).hasValue(2);
  }

  @Test
  void aFailedRefreshIsTriedAgainByTheNextCaller() {
    ShortLived<String, String> cache = new ShortLived<>(Duration.ofNanos(1));
    cache.get("a", this::compute);

    assertThatThrownBy(
            () ->
                cache.get(
                    "a",
                    () -> {
                      throw new IllegalStateException("database gone");
                    }))
        .hasMessage("database gone");
    assertThat(cache.get("a", this::compute)).isEqualTo("v2");
  }

  @Test
  void aZeroTimeKeepsNothing() {
    ShortLived<String, String> cache = new ShortLived<>(Duration.ZERO);

    cache.get("a", this::compute);
    cache.get("a", this::compute);

    assertThat(computed).hasValue(2);
  }
}
