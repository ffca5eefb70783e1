package vn.parindex.assessment.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.parindex.assessment.TextFacts;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;

/**
 * Gives the lines of an appendix table their values and collects every problem at once (row and
 * column named as the user wrote them). A score above the max is not a problem here: the table is
 * kept as given and the checker reports it.
 */
final class AppendixParser {

  private final AppendixTable table;
  private final List<InputProblem> problems;

  AppendixParser(AppendixTable table, List<InputProblem> problems) {
    this.table = table;
    this.problems = problems;
  }

  List<ParsedLine> parse() {
    List<ParsedLine> parsed = new ArrayList<>();
    Set<CriterionCode> seen = new HashSet<>();
    if (table.lines().isEmpty()) {
      problems.add(InputProblem.ofFile("assessment.import.empty"));
    }
    for (AppendixLine line : table.lines()) {
      Optional<CriterionCode> code = code(line);
      if (code.isPresent() && !seen.add(code.get())) {
        problems.add(
            problem(
                line, AppendixColumn.CODE, "assessment.import.code.duplicate", code.get().value()));
      }
      if (line.content() == null) {
        problems.add(problem(line, AppendixColumn.CONTENT, "assessment.import.content.missing"));
      }
      BigDecimal max = number(line, AppendixColumn.MAX, line.max());
      if (max == null && line.max() == null) {
        problems.add(problem(line, AppendixColumn.MAX, "assessment.import.max.missing"));
      } else if (max != null && max.signum() < 0) {
        problems.add(
            problem(line, AppendixColumn.MAX, "assessment.import.max.negative", line.max()));
      }
      BigDecimal points = number(line, AppendixColumn.POINTS, line.points());
      if (points != null && points.signum() < 0) {
        problems.add(
            problem(
                line, AppendixColumn.POINTS, "assessment.import.points.negative", line.points()));
      }
      BigDecimal rate = null;
      try {
        rate = TextFacts.achievedRate(line.reason()).orElse(null);
      } catch (NumberFormatException e) {
        rate = null;
      }
      parsed.add(
          new ParsedLine(
              line.row(),
              code.orElse(null),
              line.content(),
              max,
              points,
              rate,
              line.reason(),
              line.measure(),
              line.note()));
    }
    Set<CriterionCode> parents = parents(parsed);
    for (int i = 0; i < parsed.size(); i++) {
      ParsedLine line = parsed.get(i);
      boolean parent = line.code() != null && parents.contains(line.code());
      // an empty points cell (text that is not a number was reported already)
      boolean blank = table.lines().get(i).points() == null;
      if (line.code() != null && !parent && line.points() == null && blank) {
        problems.add(
            InputProblem.of(
                line.row(),
                table.columnName(AppendixColumn.POINTS),
                "assessment.import.points.missing",
                line.code().value()));
      }
    }
    return parsed;
  }

  /** The codes that are the parent of another line's code (one pass, not one per line). */
  static Set<CriterionCode> parents(List<ParsedLine> all) {
    Set<CriterionCode> parents = new HashSet<>();
    for (ParsedLine line : all) {
      if (line.code() != null) {
        line.code().parent().ifPresent(parents::add);
      }
    }
    return parents;
  }

  BigDecimal totalPoints() {
    AppendixLine total = table.total();
    if (total == null) {
      return null;
    }
    return number(total, AppendixColumn.POINTS, total.points());
  }

  private Optional<CriterionCode> code(AppendixLine line) {
    if (line.code() == null) {
      problems.add(problem(line, AppendixColumn.CODE, "assessment.import.code.missing"));
      return Optional.empty();
    }
    Optional<CriterionCode> code = CriterionCode.parse(line.code());
    if (code.isEmpty()) {
      problems.add(
          problem(line, AppendixColumn.CODE, "assessment.import.code.invalid", line.code()));
    }
    return code;
  }

  private BigDecimal number(AppendixLine line, AppendixColumn column, String raw) {
    try {
      return Decimals.parse(raw).orElse(null);
    } catch (NumberFormatException e) {
      problems.add(problem(line, column, "input.number.invalid", raw));
      return null;
    }
  }

  private InputProblem problem(
      AppendixLine line, AppendixColumn column, String key, Object... args) {
    return InputProblem.of(line.row(), table.columnName(column), key, args);
  }
}
