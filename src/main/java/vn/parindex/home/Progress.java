package vn.parindex.home;

import java.time.LocalDate;
import java.util.List;
import vn.parindex.task.TaskRow;
import vn.parindex.task.TaskStatus;

/** Where a plan's tasks stand: verified of all (cancelled ones left out), awaiting, overdue. */
record Progress(long total, long verified, long awaiting, long overdue) {

  static Progress of(List<TaskRow> tasks, LocalDate today) {
    return new Progress(
        tasks.stream().filter(t -> t.status() != TaskStatus.CANCELLED).count(),
        tasks.stream().filter(t -> t.status() == TaskStatus.VERIFIED).count(),
        tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count(),
        tasks.stream().filter(t -> t.overdue(today)).count());
  }

  Label note() {
    return total == 0
        ? Label.key("home.plan.noTasks")
        : Label.key("home.plan.progress", verified, total, awaiting, overdue);
  }
}
