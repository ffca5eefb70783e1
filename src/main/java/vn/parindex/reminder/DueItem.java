package vn.parindex.reminder;

import java.time.LocalDate;
import vn.parindex.framework.Obligation;

/**
 * What an obligation asks of a unit in a year, one item per due date: its status on the day asked,
 * the occurrences counted and those required (for recurring ones), the done date when done.
 */
public record DueItem(
    Obligation obligation,
    LocalDate startOn,
    LocalDate dueOn,
    DueStatus status,
    LocalDate doneOn,
    int counted,
    int required,
    Long occurrenceId) {

  public int month() {
    return dueOn.getMonthValue();
  }
}
