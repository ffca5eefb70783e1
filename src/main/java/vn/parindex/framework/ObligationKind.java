package vn.parindex.framework;

/** How an obligation falls due in a year. */
public enum ObligationKind {
  /** Must happen between two dates of the year (publicise the index results in Q1). */
  WINDOW,
  /** At least N times a year (supervision ≥ 1). */
  RECURRING,
  /** Done on or before a date of the year (100% of the yearly plan before 15/11). */
  DEADLINE,
  /** Each request answered within N days of its date (ad-hoc reports). */
  WITHIN_DAYS
}
