package vn.parindex.input;

import java.util.List;

/**
 * One thing wrong with a user's input. {@code row} is 1-based as the user sees it (0 when the
 * problem is about the whole file); {@code column} is the header or field name as the user wrote
 * it. {@code messageKey} and {@code args} are resolved against the message bundles.
 */
public record InputProblem(int row, String column, String messageKey, List<Object> args) {

  /** Marks a {@code column} that is a bundle key of a field's label, not a heading read. */
  public static final String LABEL = "label:";

  public InputProblem {
    args = List.copyOf(args);
  }

  public static InputProblem of(int row, String column, String messageKey, Object... args) {
    return new InputProblem(row, column, messageKey, List.of(args));
  }

  /**
   * A problem with a field whose label comes from the bundles ({@code labelKey}, e.g.
   * "assessment.field.reason"): a form field, or a cell checked where its heading is not known.
   */
  public static InputProblem ofField(int row, String labelKey, String messageKey, Object... args) {
    return new InputProblem(row, LABEL + labelKey, messageKey, List.of(args));
  }

  public static InputProblem ofFile(String messageKey, Object... args) {
    return new InputProblem(0, null, messageKey, List.of(args));
  }
}
