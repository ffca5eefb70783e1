package vn.parindex.task;

import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** A move the task's rules refuse (HTTP 422, message in Vietnamese). */
final class TaskRefused {

  private TaskRefused() {}

  static InvalidInputException because(String messageKey, Object... args) {
    return new InvalidInputException(InputProblem.of(0, "status", messageKey, args));
  }
}
