package vn.parindex.assessment.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.parindex.input.FileKind;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * Reads the cells of a score table from CSV, XLSX (each sheet) or DOCX (each table, plus the text
 * of the document). Which table is the appendix is decided by {@link AppendixTable}.
 */
final class AppendixFiles {

  private AppendixFiles() {}

  /** Candidate tables in document order; never empty. */
  static List<RawTable> read(FileKind kind, String fileName, byte[] content) {
    try {
      List<RawTable> tables =
          switch (kind) {
            case CSV -> List.of(csv(content));
            case XLSX -> xlsx(content);
            case DOCX -> docx(content);
            case YAML -> throw unsupported(fileName);
          };
      if (tables.isEmpty() || tables.stream().allMatch(t -> t.rows().isEmpty())) {
        throw new InvalidInputException(InputProblem.ofFile("input.file.empty", fileName));
      }
      return tables;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw malformed(fileName, e);
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException) {
        throw e;
      }
      throw malformed(fileName, e);
    }
  }

  private static InvalidInputException unsupported(String fileName) {
    return new InvalidInputException(InputProblem.ofFile("input.file.unsupported", fileName));
  }

  private static InvalidInputException malformed(String fileName, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new InvalidInputException(
        InputProblem.ofFile("input.file.malformed", fileName, Text.clean(why)));
  }

  static RawTable csv(byte[] content) throws IOException {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = ',';
    if (count(firstLine, ';') > count(firstLine, ',')) {
      delimiter = ';';
    } else if (count(firstLine, '\t') > count(firstLine, ',')) {
      delimiter = '\t';
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    List<RawTable.Row> rows = new ArrayList<>();
    try (Reader reader =
            new InputStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      int number = 0;
      for (CSVRecord record : parser) {
        number++;
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        rows.add(new RawTable.Row(number, cells));
      }
    }
    return new RawTable(rows, null);
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  static List<RawTable> xlsx(byte[] content) throws IOException {
    List<RawTable> tables = new ArrayList<>();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      DataFormatter formatter = new DataFormatter();
      for (Sheet sheet : book) {
        List<RawTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            cells.add(cellText(row.getCell(i), formatter));
          }
          rows.add(new RawTable.Row(row.getRowNum() + 1, cells));
        }
        tables.add(new RawTable(rows, null));
      }
    }
    return tables;
  }

  /** Numbers exactly as stored (18.61 → "18.61", 3.0 → "3"), text as typed. */
  private static String cellText(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    if (type == CellType.NUMERIC) {
      BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
      return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
    if (type == CellType.STRING) {
      return cell.getStringCellValue();
    }
    return formatter.formatCellValue(cell);
  }

  static List<RawTable> docx(byte[] content) throws IOException {
    List<RawTable> tables = new ArrayList<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      StringBuilder plan = new StringBuilder();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          plan.append(paragraph.getText()).append('\n');
        }
      }
      for (XWPFTable table : document.getTables()) {
        List<RawTable.Row> rows = new ArrayList<>();
        int number = 0;
        for (XWPFTableRow row : table.getRows()) {
          number++;
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText());
          }
          rows.add(new RawTable.Row(number, cells));
        }
        tables.add(new RawTable(rows, plan.toString()));
      }
      if (tables.isEmpty()) {
        tables.add(new RawTable(List.of(), plan.toString()));
      }
    }
    return tables;
  }
}
