package vn.parindex.input;

import java.util.List;

/** Input that cannot be taken as it is; nothing has been stored. Maps to HTTP 422. */
public class InvalidInputException extends RuntimeException {

  private final List<InputProblem> problems;

  public InvalidInputException(List<InputProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).messageKey());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(InputProblem problem) {
    this(List.of(problem));
  }

  public List<InputProblem> problems() {
    return problems;
  }
}
