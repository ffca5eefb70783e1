package vn.parindex.framework;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.Decimals;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.FileTable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.TableFiles;
import vn.parindex.input.Text;

/**
 * Reads a criteria table from the first sheet of a workbook, and classification bands from an
 * optional sheet "Xếp loại" (columns min_percent, label), streaming and within the file bounds.
 * Numbers are read as stored, so a code Excel stored as 1.1 is read as "1.1".
 */
final class CriteriaXlsxReader {

  static final String BANDS_SHEET = "Xếp loại";

  /** The sheet of the set's rules: one setting a row, its name then its value. */
  static final String RULES_SHEET = "Cài đặt";

  private CriteriaXlsxReader() {}

  static CriteriaDraft read(String fileName, byte[] content, FileLimits limits) {
    List<FileTable> sheets =
        TableFiles.read(
            FileKind.XLSX,
            fileName,
            content,
            limits,
            (index, name) -> index == 0 || isBands(name) || isRules(name));
    List<InputProblem> problems = new ArrayList<>();
    List<RawCriterion> rows = List.of();
    if (sheets.isEmpty()) {
      problems.add(InputProblem.ofFile("framework.empty"));
    } else {
      List<FileTable.Row> first = nonBlank(sheets.get(0));
      if (first.isEmpty()) {
        problems.add(InputProblem.ofFile("framework.empty"));
      } else {
        rows = CriteriaCsvReader.rows(first, problems);
      }
    }
    List<ClassificationBand> bands = new ArrayList<>();
    CriteriaDraft.Rules rules = CriteriaDraft.Rules.NONE;
    for (FileTable sheet : sheets) {
      if (isBands(sheet.name())) {
        bands = bands(sheet, problems);
      } else if (isRules(sheet.name())) {
        rules = rules(sheet);
      }
    }
    return new CriteriaDraft(null, null, null, bands, rows, problems, List.of(), rules);
  }

  private static boolean isBands(String sheetName) {
    return sheetName != null && TableColumns.fold(sheetName).equals("xep loai");
  }

  private static boolean isRules(String sheetName) {
    return sheetName != null && TableColumns.fold(sheetName).equals("cai dat");
  }

  /** Rows "surveyMissing | rescale", "bonusMax | 2", "penaltyMax | 5"; other rows are ignored. */
  private static CriteriaDraft.Rules rules(FileTable sheet) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    for (FileTable.Row row : sheet.rows()) {
      values.put(TableColumns.fold(row.cell(0) == null ? "" : row.cell(0)), row.cell(1));
    }
    return new CriteriaDraft.Rules(
        values.get("surveymissing"), values.get("bonusmax"), values.get("penaltymax"));
  }

  private static List<ClassificationBand> bands(FileTable sheet, List<InputProblem> problems) {
    List<ClassificationBand> bands = new ArrayList<>();
    List<FileTable.Row> rows = nonBlank(sheet);
    for (FileTable.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      String at = BANDS_SHEET + "!" + row.number();
      String label = row.cell(1);
      String min = row.cell(0);
      try {
        var percent = Decimals.parse(min).orElseThrow(() -> new NumberFormatException(""));
        if (label == null || label.isBlank()) {
          problems.add(InputProblem.of(row.number(), at, "framework.band.label.missing"));
        } else {
          bands.add(new ClassificationBand(percent, Text.clean(label)));
        }
      } catch (NumberFormatException e) {
        problems.add(InputProblem.of(row.number(), at, "input.number.invalid", min));
      }
    }
    return bands;
  }

  private static List<FileTable.Row> nonBlank(FileTable sheet) {
    return sheet.rows().stream().filter(r -> !CriteriaCsvReader.blank(r)).toList();
  }
}
