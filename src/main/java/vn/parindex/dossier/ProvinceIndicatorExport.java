package vn.parindex.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.input.SpreadsheetText;
import vn.parindex.input.Text;

/**
 * The province's table of units × indicators as CSV (UTF-8 with a byte-order mark, so Excel reads
 * Vietnamese; decimals with a point) or XLSX (numbers as numbers, header frozen): per indicator its
 * rate, numerator, denominator and light in words, then the late dossiers and those without a
 * letter. Plain class: the headers and words come in from the caller.
 */
final class ProvinceIndicatorExport {

  private final List<String> headers;
  private final List<List<Object>> rows;

  private ProvinceIndicatorExport(List<String> headers, List<List<Object>> rows) {
    this.headers = headers;
    this.rows = rows;
  }

  /** {@code text} gives each header and light word by message key. */
  static ProvinceIndicatorExport of(
      ProvinceIndicators.View view, java.util.function.Function<String, String> text) {
    List<String> headers = new ArrayList<>();
    headers.add(text.apply("dossier.indicator.col.unitcode"));
    headers.add(text.apply("dossier.indicator.col.unit"));
    for (IndicatorCode code : IndicatorCode.values()) {
      String name = text.apply("dossier.indicator." + code.name() + ".name");
      headers.add(name + " (%)");
      headers.add(name + " – " + text.apply("dossier.indicator.col.numerator"));
      headers.add(name + " – " + text.apply("dossier.indicator.col.denominator"));
      headers.add(name + " – " + text.apply("dossier.indicator.col.light"));
    }
    headers.add(text.apply("dossier.indicator.col.late"));
    headers.add(text.apply("dossier.indicator.col.noletter"));
    List<List<Object>> rows = new ArrayList<>();
    for (ProvinceIndicators.Line line : view.lines()) {
      List<Object> row = new ArrayList<>();
      row.add(line.unit().code());
      row.add(line.unit().name());
      for (IndicatorCode code : IndicatorCode.values()) {
        IndicatorFigure f = line.figure(code);
        row.add(f.rate().orElse(null));
        row.add(f.numerator());
        row.add(f.denominator());
        row.add(text.apply("dossier.indicator.light." + line.lights().get(code.ordinal())));
      }
      row.add(line.late());
      row.add(line.lateWithoutLetter());
      rows.add(row);
    }
    return new ProvinceIndicatorExport(headers, rows);
  }

  byte[] csv() {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(headers.stream().map(SpreadsheetText::csvCell).toList());
      for (List<Object> row : rows) {
        List<String> cells = new ArrayList<>();
        for (Object v : row) {
          cells.add(
              v == null
                  ? ""
                  : v instanceof BigDecimal d
                      ? d.toPlainString()
                      : v instanceof Number n
                          ? n.toString()
                          : SpreadsheetText.csvCell(v.toString()));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] xlsx(String sheetName) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet =
          book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
      Row top = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        top.createCell(c).setCellValue(Text.clean(headers.get(c)));
        top.getCell(c).setCellStyle(header);
        sheet.setColumnWidth(c, (c == 1 ? 32 : 14) * 256);
      }
      int r = 1;
      for (List<Object> cells : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < cells.size(); c++) {
          Object v = cells.get(c);
          var cell = row.createCell(c);
          if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(decimal);
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v != null) {
            cell.setCellValue(Text.clean(v.toString()));
          }
        }
      }
      sheet.createFreezePane(2, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
