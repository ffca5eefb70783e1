package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tasks of a group (a department, a unit), cancelled ones left out. The four first counts split the
 * tasks (verified, done awaiting verification, open and not yet due, open and overdue); {@code
 * onTime} counts those done or verified by their due date plus the open ones not yet due.
 */
public record TaskCounts(int verified, int done, int open, int overdue, int onTime) {

  static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0);

  public int total() {
    return verified + done + open + overdue;
  }

  /** Verified tasks as a percentage of all, 2 decimals; zero when there are none. */
  public BigDecimal completionPercent() {
    return percent(verified);
  }

  public BigDecimal onTimePercent() {
    return percent(onTime);
  }

  private BigDecimal percent(int part) {
    if (total() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(total()), 2, RoundingMode.HALF_UP);
  }

  TaskCounts plus(TaskCounts o) {
    return new TaskCounts(
        verified + o.verified,
        done + o.done,
        open + o.open,
        overdue + o.overdue,
        onTime + o.onTime);
  }
}
