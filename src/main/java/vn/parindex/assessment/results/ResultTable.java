package vn.parindex.assessment.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.Unit;

/**
 * A published results table checked row by row against a parent's children: every problem is
 * collected (row and column named) before anything is thrown. A row labelled "Điểm tối đa" / "max"
 * gives the area maxima when no criteria set exists (the total max is their sum).
 */
record ResultTable(
    ResultColumns columns,
    List<ResultRow> rows,
    Map<CriterionCode, BigDecimal> maxima,
    List<UnknownUnitsException.UnknownUnit> unknown) {

  private static final Set<String> MAX_LABELS =
      Set.of("diem toi da", "toi da", "max", "diem chuan");

  static ResultTable parse(List<List<String>> cells, List<Unit> children) {
    int headerAt = headerRow(cells);
    ResultColumns columns = ResultColumns.of(cells.get(headerAt));
    List<InputProblem> problems = new ArrayList<>();
    if (columns.code() < 0 && columns.name() < 0) {
      problems.add(InputProblem.of(headerAt + 1, "Mã đơn vị", "ranking.import.column.unit"));
    }
    if (columns.total() < 0) {
      problems.add(InputProblem.of(headerAt + 1, "Tổng điểm", "ranking.import.column.missing"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ResultUnits units = new ResultUnits(children);
    List<ResultRow> rows = new ArrayList<>();
    Map<CriterionCode, BigDecimal> maxima = new LinkedHashMap<>();
    Map<Long, Integer> seen = new HashMap<>();
    for (int r = headerAt + 1; r < cells.size(); r++) {
      List<String> line = cells.get(r);
      int row = r + 1;
      if (line.stream().allMatch(String::isEmpty)) {
        continue;
      }
      String code = cell(line, columns.code());
      String name = cell(line, columns.name());
      if (MAX_LABELS.contains(ResultColumns.fold(code))
          || MAX_LABELS.contains(ResultColumns.fold(name))) {
        readMaxima(line, row, columns, problems, maxima);
        continue;
      }
      Optional<Unit> unit = units.find(code, name, row, columns, problems);
      BigDecimal total = number(line, columns.total(), row, columns, true, problems);
      Integer rank = rank(line, row, columns, problems);
      Map<CriterionCode, BigDecimal> areas = new LinkedHashMap<>();
      columns
          .areas()
          .forEach(
              (area, col) -> {
                BigDecimal points = number(line, col, row, columns, false, problems);
                if (points != null) {
                  areas.put(area, points);
                }
              });
      if (unit.isPresent()) {
        Integer first = seen.putIfAbsent(unit.get().id(), row);
        if (first != null) {
          problems.add(
              InputProblem.of(
                  row,
                  columns.headerOf(columns.code() >= 0 ? columns.code() : columns.name()),
                  "ranking.import.unit.duplicate",
                  unit.get().code(),
                  first));
        } else if (total != null) {
          rows.add(new ResultRow(row, unit.get(), total, rank, areas));
        }
      }
    }
    List<UnknownUnitsException.UnknownUnit> unknown = units.unknown(problems);
    if (rows.isEmpty() && unknown.isEmpty() && problems.isEmpty()) {
      problems.add(InputProblem.ofFile("ranking.import.empty"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ResultTable(columns, rows, maxima, unknown);
  }

  /** The first row naming a total column (a title may stand above it), else the first non-blank. */
  private static int headerRow(List<List<String>> cells) {
    int firstNonBlank = -1;
    for (int r = 0; r < cells.size() && r < 15; r++) {
      if (cells.get(r).stream().allMatch(String::isEmpty)) {
        continue;
      }
      firstNonBlank = firstNonBlank < 0 ? r : firstNonBlank;
      if (ResultColumns.of(cells.get(r)).total() >= 0) {
        return r;
      }
    }
    if (firstNonBlank < 0) {
      throw new InvalidInputException(InputProblem.ofFile("ranking.import.empty"));
    }
    return firstNonBlank;
  }

  private static void readMaxima(
      List<String> line,
      int row,
      ResultColumns columns,
      List<InputProblem> problems,
      Map<CriterionCode, BigDecimal> maxima) {
    number(line, columns.total(), row, columns, false, problems);
    columns
        .areas()
        .forEach(
            (area, col) -> {
              BigDecimal max = number(line, col, row, columns, false, problems);
              if (max != null) {
                maxima.put(area, max);
              }
            });
  }

  private static BigDecimal number(
      List<String> line,
      int col,
      int row,
      ResultColumns columns,
      boolean required,
      List<InputProblem> problems) {
    String text = cell(line, col);
    try {
      Optional<BigDecimal> value = Decimals.parse(text);
      if (value.isEmpty() && required) {
        problems.add(InputProblem.of(row, columns.headerOf(col), "ranking.import.total.blank"));
      }
      if (value.isPresent() && value.get().signum() < 0) {
        problems.add(InputProblem.of(row, columns.headerOf(col), "ranking.import.negative", text));
        return null;
      }
      return value.orElse(null);
    } catch (NumberFormatException e) {
      problems.add(InputProblem.of(row, columns.headerOf(col), "input.number.invalid", text));
      return null;
    }
  }

  private static Integer rank(
      List<String> line, int row, ResultColumns columns, List<InputProblem> problems) {
    String text = cell(line, columns.rank());
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(text.replaceAll("\\.0+$", ""));
    } catch (NumberFormatException e) {
      problems.add(
          InputProblem.of(row, columns.headerOf(columns.rank()), "input.number.invalid", text));
      return null;
    }
  }

  private static String cell(List<String> line, int col) {
    if (col < 0 || col >= line.size() || line.get(col) == null) {
      return "";
    }
    return line.get(col);
  }
}
