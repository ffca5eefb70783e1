package vn.parindex.framework;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.FileTable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.TableFiles;

/**
 * Reads a criteria table from CSV (UTF-8, comma, semicolon or tab separated, first line the
 * header), streaming and within the file bounds. A row whose first cell names one of the set's
 * rules ({@code surveyMissing}, {@code bonusMax}, {@code penaltyMax}) gives its value in the
 * second.
 */
final class CriteriaCsvReader {

  private CriteriaCsvReader() {}

  static CriteriaDraft read(String fileName, byte[] content, FileLimits limits) {
    FileTable table = TableFiles.read(FileKind.CSV, fileName, content, limits).get(0);
    List<FileTable.Row> records = table.rows().stream().filter(r -> !blank(r)).toList();
    if (records.isEmpty()) {
      throw new InvalidInputException(InputProblem.ofFile("input.file.empty", fileName));
    }
    java.util.Map<String, String> rules = new java.util.HashMap<>();
    List<FileTable.Row> criteria = new ArrayList<>();
    for (FileTable.Row record : records) {
      String key = TableColumns.fold(record.cell(0) == null ? "" : record.cell(0));
      if (RULES.contains(key)) {
        rules.put(key, record.cell(1));
      } else {
        criteria.add(record);
      }
    }
    List<InputProblem> problems = new ArrayList<>();
    List<RawCriterion> rows = rows(criteria, problems);
    return new CriteriaDraft(
        null,
        null,
        null,
        List.of(),
        rows,
        problems,
        List.of(),
        new CriteriaDraft.Rules(
            rules.get("surveymissing"), rules.get("bonusmax"), rules.get("penaltymax")));
  }

  private static final java.util.Set<String> RULES =
      java.util.Set.of("surveymissing", "bonusmax", "penaltymax");

  /** The header is the first row; every other row a criterion. */
  static List<RawCriterion> rows(List<FileTable.Row> records, List<InputProblem> problems) {
    FileTable.Row header = records.get(0);
    TableColumns columns = new TableColumns(header.number(), header.cells(), problems);
    List<RawCriterion> rows = new ArrayList<>();
    if (!columns.complete()) {
      return rows;
    }
    for (FileTable.Row record : records.subList(1, records.size())) {
      rows.add(
          new RawCriterion(
              record.number(),
              columns::written,
              record.cell(columns.indexOf("code")),
              record.cell(columns.indexOf("name")),
              record.cell(columns.indexOf("max")),
              record.cell(columns.indexOf("method")),
              record.cell(columns.indexOf("params")),
              record.cell(columns.indexOf("source"))));
    }
    if (rows.isEmpty()) {
      problems.add(InputProblem.ofFile("framework.empty"));
    }
    return rows;
  }

  static boolean blank(FileTable.Row row) {
    return row.cells().stream().allMatch(cell -> cell == null || cell.isBlank());
  }
}
