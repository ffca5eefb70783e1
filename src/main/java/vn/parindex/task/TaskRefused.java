package vn.parindex.task;

import java.util.Arrays;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * A move the task's rules refuse (HTTP 422, message in Vietnamese): about the move, so no field is
 * named; a status among the arguments reads as its name ("Đã hủy"), never its code.
 */
final class TaskRefused {

  private TaskRefused() {}

  static InvalidInputException because(String messageKey, Object... args) {
    Object[] shown =
        Arrays.stream(args)
            .map(
                a ->
                    a instanceof TaskStatus s
                        ? new DefaultMessageSourceResolvable("task.status." + s.name())
                        : a)
            .toArray();
    return new InvalidInputException(InputProblem.of(0, null, messageKey, shown));
  }
}
