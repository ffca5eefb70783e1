package vn.parindex.framework;

import java.util.function.UnaryOperator;
import vn.parindex.input.InputProblem;

/**
 * One criterion as a file gave it, before any check: cells as text (or numbers, for Excel), the
 * params as text or, from YAML, a map. {@code row} is the line a user sees (0 for YAML); {@code
 * column} turns a field (code, name, max, method, params, source) into the column the user wrote.
 */
record RawCriterion(
    int row,
    UnaryOperator<String> column,
    Object code,
    String name,
    Object max,
    String method,
    Object params,
    String source) {

  InputProblem problem(String field, String messageKey, Object... args) {
    return InputProblem.of(row, column.apply(field), messageKey, args);
  }
}
