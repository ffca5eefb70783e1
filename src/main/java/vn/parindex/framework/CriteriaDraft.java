package vn.parindex.framework;

import java.util.List;
import vn.parindex.input.InputProblem;

/**
 * A criteria set as read from a file, unchecked. {@code year}, {@code unitType} and {@code name}
 * are raw text (a table leaves them to the request); {@code problems} are those the reader found;
 * {@code obligations} those the criteria carry (YAML only), each naming its criterion; {@code
 * rules} the set's rules for a round's totals as written (YAML keys, or the workbook's sheet "Cài
 * đặt").
 */
record CriteriaDraft(
    String name,
    String year,
    String unitType,
    List<ClassificationBand> bands,
    List<RawCriterion> rows,
    List<InputProblem> problems,
    List<Obligation> obligations,
    Rules rules) {

  /** The rules as written, each null when the file leaves it out. */
  record Rules(String surveyMissing, String bonusMax, String penaltyMax) {
    static final Rules NONE = new Rules(null, null, null);
  }

  CriteriaDraft {
    rules = rules == null ? Rules.NONE : rules;
    bands = List.copyOf(bands);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    obligations = List.copyOf(obligations);
  }

  /** A draft from a table: tables carry no obligations. */
  CriteriaDraft(
      String name,
      String year,
      String unitType,
      List<ClassificationBand> bands,
      List<RawCriterion> rows,
      List<InputProblem> problems) {
    this(name, year, unitType, bands, rows, problems, List.of(), Rules.NONE);
  }
}
