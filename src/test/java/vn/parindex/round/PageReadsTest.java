package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A page's shared reads live only while the page is assembled, whatever ends it. */
class PageReadsTest {

  @Test
  void livesOnlyWhileThePageIsAssembled() {
    assertThat(PageReads.current()).isNull();
    PageReads seen =
        PageReads.during(
            () -> {
              PageReads outer = PageReads.current();
              // a page within the page shares the same reads
              assertThat(PageReads.during(PageReads::current)).isSameAs(outer);
              return outer;
            });
    assertThat(seen).isNotNull();
    assertThat(PageReads.current()).isNull();
    assertThatThrownBy(
            () ->
                PageReads.during(
                    () -> {
                      throw new IllegalStateException("refused");
                    }))
        .hasMessage("refused");
    assertThat(PageReads.current()).isNull();
    // a second page reads afresh
    assertThat(PageReads.during(PageReads::current)).isNotSameAs(seen);
  }

  @Test
  void theScopeIsReadOncePerPage() {
    int[] reads = {0};
    PageReads.during(
        () -> {
          PageReads page = PageReads.current();
          assertThat(page.sees(() -> read(reads, true)).test(7)).isTrue();
          assertThat(page.sees(() -> read(reads, false)).test(7)).isTrue();
          return null;
        });
    assertThat(reads[0]).isEqualTo(1);
  }

  private static java.util.function.LongPredicate read(int[] reads, boolean answer) {
    reads[0]++;
    return id -> answer;
  }
}
