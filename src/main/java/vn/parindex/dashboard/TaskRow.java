package vn.parindex.dashboard;

import java.time.LocalDate;
import java.util.Set;

/** One task as the lists and exports show it. */
record TaskRow(
    long id,
    String title,
    String department,
    String owner,
    String criterionCodes,
    LocalDate startOn,
    LocalDate dueOn,
    String status,
    int progress,
    boolean overdue) {

  private static final Set<String> CLOSED = Set.of("DONE", "VERIFIED", "CANCELLED");

  /** Due before today and not done, verified or cancelled. */
  static boolean overdue(String status, LocalDate due, LocalDate today) {
    return due.isBefore(today) && !CLOSED.contains(status);
  }
}
