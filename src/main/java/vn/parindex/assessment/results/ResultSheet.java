package vn.parindex.assessment.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.input.FileKind;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * Reads a published results table (CSV or XLSX) into rows of cleaned text; blank rows are kept as
 * empty lists so row numbers stay what the user sees. CSV delimiter: comma, semicolon or tab,
 * whichever the first line uses most.
 */
final class ResultSheet {

  private ResultSheet() {}

  static List<List<String>> read(String fileName, byte[] content) {
    FileKind kind = FileKind.check(fileName, content);
    try {
      if (kind == FileKind.XLSX) {
        return xlsx(content);
      }
      if (kind == FileKind.CSV) {
        return csv(new String(content, StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(
          InputProblem.ofFile(
              "input.file.malformed", FileKind.safeName(fileName), e.getClass().getSimpleName()));
    }
    throw new InvalidInputException(
        InputProblem.ofFile("input.file.unsupported", FileKind.safeName(fileName)));
  }

  private static List<List<String>> csv(String text) throws IOException {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String first = text.lines().findFirst().orElse("");
    char delimiter = ',';
    long best = first.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = first.chars().filter(c -> c == candidate).count();
      if (count > best) {
        best = count;
        delimiter = candidate;
      }
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : format.parse(new StringReader(text))) {
      List<String> cells = new ArrayList<>();
      record.forEach(value -> cells.add(Text.clean(value)));
      rows.add(cells);
    }
    return rows;
  }

  private static List<List<String>> xlsx(byte[] content) throws IOException {
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(Text.clean(cell(row.getCell(c), formatter)));
          }
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  private static String cell(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC
        || (cell.getCellType() == CellType.FORMULA
            && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
      return java.math.BigDecimal.valueOf(cell.getNumericCellValue())
          .stripTrailingZeros()
          .toPlainString();
    }
    if (cell.getCellType() == CellType.FORMULA) {
      return cell.getStringCellValue();
    }
    return formatter.formatCellValue(cell);
  }
}
