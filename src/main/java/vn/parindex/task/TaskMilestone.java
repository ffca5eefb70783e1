package vn.parindex.task;

import java.time.LocalDate;
import vn.parindex.input.Text;

/** An intermediate step of a task, with its own date. */
public record TaskMilestone(int position, String title, LocalDate dueOn, LocalDate doneOn) {

  public TaskMilestone {
    title = Text.clean(title == null ? "" : title);
  }
}
