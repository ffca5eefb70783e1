package vn.parindex.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task the plan suggests, pre-filled for the officer to tick, assign and confirm: one per
 * appendix line (title from the measure, the line's criterion, department guessed from its
 * "responsible" text, due from its deadline, never in the past) and one per body-section item. A
 * proposal whose line already has tasks lists them and is not ticked: another task for it is a
 * deliberate split.
 */
public record TaskProposal(
    String key,
    boolean fromLine,
    String code,
    String title,
    String responsible,
    Long departmentId,
    LocalDate dueOn,
    String lineKey,
    List<TaskProposal.LineTask> tasks) {

  /** A task already made from the line, with a link on the page. */
  public record LineTask(long id, String title, TaskStatus status) {}

  /** Ticked at first: a plan line that has no task yet. */
  public boolean ticked() {
    return fromLine && tasks.isEmpty();
  }

  public boolean hasTasks() {
    return !tasks.isEmpty();
  }
}
