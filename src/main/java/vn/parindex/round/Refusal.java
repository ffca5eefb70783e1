package vn.parindex.round;

import java.util.List;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** The two ways a round refuses: a step not allowed now (409), or a field to correct (422). */
final class Refusal {

  private Refusal() {}

  /** A step the unit's state or a deadline does not allow; nothing is stored. */
  static ConflictException step(String key, Object... args) {
    return new ConflictException(null, List.of(), "round.refused." + key, args);
  }

  /** A field to correct, named by its label ({@code round.field.<field>}). */
  static InvalidInputException field(String field, String key, Object... args) {
    return new InvalidInputException(problem(field, key, args));
  }

  static InputProblem problem(String field, String key, Object... args) {
    return InputProblem.ofField(0, "round.field." + field, "round.invalid." + key, args);
  }
}
