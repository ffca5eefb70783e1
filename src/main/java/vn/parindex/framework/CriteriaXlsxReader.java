package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * Reads a criteria table from the first sheet of a workbook, and classification bands from an
 * optional sheet "Xếp loại" (columns min_percent, label). Numeric cells stay numbers, so a code
 * Excel stored as 1.1 is read as "1.1".
 */
final class CriteriaXlsxReader {

  static final String BANDS_SHEET = "Xếp loại";

  private static final DataFormatter TEXT = new DataFormatter();

  private CriteriaXlsxReader() {}

  static CriteriaDraft read(String fileName, byte[] content) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      List<InputProblem> problems = new ArrayList<>();
      List<RawCriterion> rows = criteria(workbook.getSheetAt(0), problems);
      List<ClassificationBand> bands = new ArrayList<>();
      for (Sheet sheet : workbook) {
        if (TableColumns.fold(sheet.getSheetName()).equals("xep loai")) {
          bands = bands(sheet, problems);
        }
      }
      return new CriteriaDraft(null, null, null, bands, rows, problems);
    } catch (InvalidInputException e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.malformed", fileName, String.valueOf(e.getMessage())));
    }
  }

  private static List<RawCriterion> criteria(Sheet sheet, List<InputProblem> problems) {
    List<Row> rows = nonBlank(sheet);
    if (rows.isEmpty()) {
      problems.add(InputProblem.ofFile("framework.empty"));
      return List.of();
    }
    Row header = rows.get(0);
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < header.getLastCellNum(); i++) {
      headers.add(TEXT.formatCellValue(header.getCell(i)));
    }
    TableColumns columns = new TableColumns(header.getRowNum() + 1, headers, problems);
    List<RawCriterion> result = new ArrayList<>();
    if (!columns.complete()) {
      return result;
    }
    for (Row row : rows.subList(1, rows.size())) {
      result.add(
          new RawCriterion(
              row.getRowNum() + 1,
              columns::written,
              value(row, columns.indexOf("code")),
              text(row, columns.indexOf("name")),
              value(row, columns.indexOf("max")),
              text(row, columns.indexOf("method")),
              text(row, columns.indexOf("params"))));
    }
    if (result.isEmpty()) {
      problems.add(InputProblem.ofFile("framework.empty"));
    }
    return result;
  }

  private static List<ClassificationBand> bands(Sheet sheet, List<InputProblem> problems) {
    List<ClassificationBand> bands = new ArrayList<>();
    List<Row> rows = nonBlank(sheet);
    for (Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      String at = BANDS_SHEET + "!" + (row.getRowNum() + 1);
      String label = text(row, 1);
      Object min = value(row, 0);
      try {
        BigDecimal percent =
            min instanceof Double d
                ? new BigDecimal(d.toString())
                : Decimals.parse((String) min).orElseThrow(() -> new NumberFormatException(""));
        if (label == null || label.isBlank()) {
          problems.add(InputProblem.of(row.getRowNum() + 1, at, "framework.band.label.missing"));
        } else {
          bands.add(new ClassificationBand(percent, Text.clean(label)));
        }
      } catch (NumberFormatException | ClassCastException e) {
        problems.add(InputProblem.of(row.getRowNum() + 1, at, "input.number.invalid", min));
      }
    }
    return bands;
  }

  private static List<Row> nonBlank(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      boolean blank = true;
      for (Cell cell : row) {
        blank &= TEXT.formatCellValue(cell).isBlank();
      }
      if (!blank) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** A number cell as a Double, anything else as its text. */
  private static Object value(Row row, int index) {
    Cell cell = index < 0 ? null : row.getCell(index);
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      return cell.getNumericCellValue();
    }
    return type == CellType.STRING ? cell.getStringCellValue() : TEXT.formatCellValue(cell);
  }

  private static String text(Row row, int index) {
    Cell cell = index < 0 ? null : row.getCell(index);
    return cell == null ? null : TEXT.formatCellValue(cell);
  }
}
