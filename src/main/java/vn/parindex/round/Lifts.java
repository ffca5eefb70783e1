package vn.parindex.round;

import java.util.Set;

/** The locks lifted for a unit by an open reopening: the whole unit, or some of its criteria. */
record Lifts(boolean unit, Set<String> codes) {

  static final Lifts NONE = new Lifts(false, Set.of());

  Lifts {
    codes = Set.copyOf(codes);
  }

  boolean covers(String code) {
    return unit || codes.contains(code);
  }
}
