package vn.parindex.round;

import java.util.Set;

/** The locks lifted for a unit by an open reopening: the whole unit, or some of its criteria. */
record Lifts(boolean unit, Set<String> codes) {

  static final Lifts NONE = new Lifts(false, Set.of());

  Lifts {
    codes = Set.copyOf(codes);
  }

  /**
   * The locks the open reopenings of {@code codes} lift: a code null or blank is the whole unit.
   */
  static Lifts of(java.util.Collection<String> codes) {
    Set<String> some = new java.util.HashSet<>();
    boolean whole = false;
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        whole = true;
      } else {
        some.add(code);
      }
    }
    return whole || !some.isEmpty() ? new Lifts(whole, some) : NONE;
  }

  boolean covers(String code) {
    return unit || codes.contains(code);
  }
}
