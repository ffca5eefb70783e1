package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** What other features count as open and overdue comes from {@link TaskStatus} itself. */
class TaskFiguresTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void theSqlListOfOpenStatusesIsTheEnumsOwn() {
    assertThat(TaskFigures.OPEN).isEqualTo("'PLANNED', 'IN_PROGRESS'");
    assertThat(TaskFigures.sqlList(s -> !s.open())).isEqualTo("'DONE', 'VERIFIED', 'CANCELLED'");
  }

  @Test
  void everyStatusIsCountedInExactlyOneGroup() {
    // The counts split tasks into open, done, verified and (left out) cancelled: a new status
    // must say which it is, or the dashboards would drop its tasks.
    for (TaskStatus status : TaskStatus.values()) {
      int groups =
          (status.open() ? 1 : 0)
              + (EnumSet.of(TaskStatus.DONE, TaskStatus.VERIFIED, TaskStatus.CANCELLED)
                      .contains(status)
                  ? 1
                  : 0);
      assertThat(groups).as(status.name()).isEqualTo(1);
    }
  }

  @Test
  void anOpenTaskIsOverdueFromTheDayAfterItsDueDate() {
    assertThat(TaskStatus.IN_PROGRESS.overdue(TODAY.minusDays(1), TODAY)).isTrue();
    assertThat(TaskStatus.PLANNED.overdue(TODAY, TODAY)).isFalse();
  }

  @Test
  void aClosedTaskIsNeverOverdue() {
    assertThat(TaskStatus.DONE.overdue(TODAY.minusDays(30), TODAY)).isFalse();
    assertThat(TaskStatus.CANCELLED.overdue(TODAY.minusDays(30), TODAY)).isFalse();
  }
}
