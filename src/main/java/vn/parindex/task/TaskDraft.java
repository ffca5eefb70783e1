package vn.parindex.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/** What a new task is made of, checked before anything is stored. */
public record TaskDraft(
    long unitId,
    TaskSource source,
    Long planId,
    List<String> criterionCodes,
    String title,
    String description,
    Long departmentId,
    Long ownerUserId,
    Long leaderUserId,
    LocalDate startOn,
    LocalDate dueOn,
    List<TaskMilestone> milestones) {

  public TaskDraft {
    source = source == null ? TaskSource.OTHER : source;
    criterionCodes =
        criterionCodes == null
            ? List.of()
            : criterionCodes.stream().map(Text::clean).filter(s -> !s.isEmpty()).toList();
    title = Text.clean(title == null ? "" : title);
    description = Text.cleanOrNull(description);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  private static final int CODES = 200;
  private static final int MILESTONE_TITLE = 500;

  /** Throws naming every missing or inconsistent field (row = the draft's 1-based number). */
  void check(int row) {
    List<InputProblem> problems = new ArrayList<>();
    if (title.isEmpty()) {
      problems.add(InputProblem.of(row, "title", "task.field.blank"));
    } else if (title.length() > 1000) {
      problems.add(InputProblem.of(row, "title", "task.field.tooLong", 1000));
    }
    if (dueOn == null) {
      problems.add(InputProblem.of(row, "due", "task.field.blank"));
    } else if (startOn != null && startOn.isAfter(dueOn)) {
      problems.add(InputProblem.of(row, "start", "task.start.afterDue"));
    }
    if (description != null && description.length() > 4000) {
      problems.add(InputProblem.of(row, "description", "task.field.tooLong", 4000));
    }
    // stored joined by ";" in a column of 200 characters
    if (String.join(";", criterionCodes).length() > CODES) {
      problems.add(InputProblem.of(row, "criterionCodes", "task.field.tooLong", CODES));
    }
    for (TaskMilestone m : milestones) {
      if (m.title().length() > MILESTONE_TITLE) {
        problems.add(InputProblem.of(row, "milestones", "task.field.tooLong", MILESTONE_TITLE));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
