package vn.parindex.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.parindex.input.SpreadsheetText;

/**
 * A list as CSV: UTF-8 with a byte-order mark (so Excel opens Vietnamese correctly), comma
 * separated, CRLF, quoted where needed, text in NFC, decimals with a point, dates ISO; text a
 * spreadsheet would run as a formula is neutralised ({@link SpreadsheetText}).
 */
public final class ListCsv {

  public static final String BOM = "\uFEFF";

  private ListCsv() {}

  public static byte[] write(ListExport list) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(list.headers().stream().map(SpreadsheetText::csvCell).toList());
      for (List<Object> row : list.rows()) {
        List<String> cells = new ArrayList<>();
        for (Object v : row) {
          cells.add(cell(v));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Number n) {
      return n.toString();
    }
    return SpreadsheetText.csvCell(v.toString());
  }
}
