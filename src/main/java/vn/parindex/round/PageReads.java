package vn.parindex.round;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import vn.parindex.unit.Unit;

/**
 * What one page of a unit reads over and over, read once while the page is assembled. The unit's
 * page asks seven services for its parts (the sheet, the aids, the fillers, the adjustments, the
 * plan, the decisions, the dossier figures), and each loads the round, the unit and its row and
 * checks the reader's scope again: 7 reads of the round, 6 of the unit and of its row and 10 of the
 * reader's subtree a page. Only while {@link #during} runs, on its thread, and only around reading:
 * a page writes nothing while it is assembled, and its parts were already read in separate
 * transactions (never one snapshot), so a part reading what an earlier part read shows nothing a
 * second read would not.
 */
public final class PageReads {

  private static final ThreadLocal<PageReads> CURRENT = new ThreadLocal<>();

  final Map<Long, Round> rounds = new HashMap<>();
  final Map<String, Unit> units = new HashMap<>();
  final Map<Long, Map<Long, RoundUnit>> rows = new HashMap<>();
  private LongPredicate sees;

  private PageReads() {}

  /** The page assembled by {@code page}, its parts sharing what they read. */
  public static <T> T during(Supplier<T> page) {
    if (CURRENT.get() != null) {
      return page.get();
    }
    CURRENT.set(new PageReads());
    try {
      return page.get();
    } finally {
      CURRENT.remove();
    }
  }

  /** The reads of the page being assembled on this thread, or null outside one. */
  static PageReads current() {
    return CURRENT.get();
  }

  /** The reader's scope as a test of unit ids, read once (one query) for the page. */
  LongPredicate sees(Supplier<LongPredicate> read) {
    if (sees == null) {
      sees = read.get();
    }
    return sees;
  }
}
