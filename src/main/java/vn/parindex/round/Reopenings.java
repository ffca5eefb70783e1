package vn.parindex.round;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's reopenings, open and closed, newest first, as its page reads them once: the list it
 * shows, and from the open ones the locks they lift (what {@link Rounds#lifts} reads on its own for
 * a step, worked out once here) and their reasons.
 */
record Reopenings(List<Row> rows, Lifts lifts) {

  /** One reopening: {@code code} null for the whole unit, {@code by} the username. */
  record Row(long id, String code, String reason, String by, LocalDateTime at, boolean closed) {}

  static Reopenings of(List<Row> rows) {
    return new Reopenings(
        List.copyOf(rows),
        Lifts.of(rows.stream().filter(r -> !r.closed()).map(Row::code).toList()));
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
