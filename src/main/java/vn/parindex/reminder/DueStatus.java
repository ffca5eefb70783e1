package vn.parindex.reminder;

/** Where an obligation stands on a given day. */
public enum DueStatus {
  DONE,
  UPCOMING,
  DUE_SOON,
  MISSED
}
