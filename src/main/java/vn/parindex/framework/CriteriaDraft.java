package vn.parindex.framework;

import java.util.List;
import vn.parindex.input.InputProblem;

/**
 * A criteria set as read from a file, unchecked. {@code year}, {@code unitType} and {@code name}
 * are raw text (a table leaves them to the request); {@code problems} are those the reader found.
 */
record CriteriaDraft(
    String name,
    String year,
    String unitType,
    List<ClassificationBand> bands,
    List<RawCriterion> rows,
    List<InputProblem> problems) {

  CriteriaDraft {
    bands = List.copyOf(bands);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
