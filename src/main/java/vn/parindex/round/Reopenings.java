package vn.parindex.round;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's reopenings, open and closed, newest first, as its page reads them once: the list it
 * shows, and from the open ones the locks they lift (what {@link Rounds#lifts} reads on its own for
 * a step) and their reasons.
 */
record Reopenings(List<Row> rows) {

  /** One reopening: {@code code} null for the whole unit, {@code by} the username. */
  record Row(long id, String code, String reason, String by, LocalDateTime at, boolean closed) {}

  static final Reopenings NONE = new Reopenings(List.of());

  Reopenings {
    rows = List.copyOf(rows);
  }

  /** The locks the open ones lift: a code null (or blank) stands for the whole unit. */
  Lifts lifts() {
    Set<String> some = new HashSet<>();
    boolean whole = false;
    for (Row r : rows) {
      if (!r.closed()) {
        if (r.code() == null || r.code().isEmpty()) {
          whole = true;
        } else {
          some.add(r.code());
        }
      }
    }
    return whole || !some.isEmpty() ? new Lifts(whole, some) : Lifts.NONE;
  }

  /** The reasons of the open ones by code ("" for the whole unit), latest (by id) last. */
  Map<String, String> openReasons() {
    List<Row> open = new ArrayList<>();
    for (Row r : rows) {
      if (!r.closed()) {
        open.add(r);
      }
    }
    open.sort(Comparator.comparingLong(Row::id));
    Map<String, String> reasons = new LinkedHashMap<>();
    for (Row r : open) {
      reasons.put(r.code() == null ? "" : r.code(), r.reason());
    }
    return reasons;
  }
}
