package vn.parindex.task.web;

import java.time.LocalDate;
import java.util.List;
import vn.parindex.page.Times;
import vn.parindex.task.TaskRow;

/**
 * A task row with its at-a-glance flags computed for today, its due date as shown (dd/MM/yyyy) and
 * the message key of its status, computed once per row in Java: a board lists dozens of rows.
 */
record BoardRow(TaskRow task, boolean overdue, boolean stuck, String due, String statusKey) {

  /** The row's class: "late" when overdue, else none. */
  public String rowClass() {
    return overdue ? "late" : null;
  }

  /** Progress as shown ("40%"). */
  public String progressText() {
    return task.progress() + "%";
  }

  static List<BoardRow> of(List<TaskRow> rows, LocalDate today, int stuckDays) {
    return rows.stream()
        .map(
            r ->
                new BoardRow(
                    r,
                    r.overdue(today),
                    r.stuck(today, stuckDays),
                    Times.date(r.dueOn()),
                    "task.status." + r.status().name()))
        .toList();
  }

  /** On time / late / stuck / verified counts for the board's summary. */
  record Summary(long total, long onTime, long late, long stuck, long verified) {

    static Summary of(List<BoardRow> rows) {
      return new Summary(
          rows.size(),
          rows.stream().filter(r -> r.task().status().open() && !r.overdue()).count(),
          rows.stream().filter(BoardRow::overdue).count(),
          rows.stream().filter(BoardRow::stuck).count(),
          rows.stream().filter(r -> r.task().status().name().equals("VERIFIED")).count());
    }
  }
}
