package vn.parindex.input;

import java.util.List;

/**
 * One thing wrong with a user's input. {@code row} is 1-based as the user sees it (0 when the
 * problem is about the whole file); {@code column} is the header or field name as the user wrote
 * it. {@code messageKey} and {@code args} are resolved against the message bundles.
 */
public record InputProblem(int row, String column, String messageKey, List<Object> args) {

  public InputProblem {
    args = List.copyOf(args);
  }

  public static InputProblem of(int row, String column, String messageKey, Object... args) {
    return new InputProblem(row, column, messageKey, List.of(args));
  }

  public static InputProblem ofFile(String messageKey, Object... args) {
    return new InputProblem(0, null, messageKey, List.of(args));
  }
}
