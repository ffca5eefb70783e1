package vn.parindex.assessment.publicresults;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.parindex.input.Messages;
import vn.parindex.input.SpreadsheetText;

/**
 * The published ranking as CSV, one line per unit with a column per area: UTF-8 with a byte-order
 * mark (Excel reads Vietnamese), decimals with a point, text that a spreadsheet would run as a
 * formula neutralised ({@link SpreadsheetText}), headers in the reader's language.
 */
final class PublicResultsCsv {

  private static final String BOM = "\uFEFF";

  private PublicResultsCsv() {}

  static byte[] write(PublicRanking ranking, Messages messages) {
    Map<String, String> areas = new LinkedHashMap<>();
    ranking.units().forEach(u -> u.areas().forEach(a -> areas.putIfAbsent(a.code(), a.name())));
    List<String> headers = new ArrayList<>();
    for (String key :
        List.of("rank", "of", "code", "name", "total", "max", "percent", "band", "previous")) {
      headers.add(messages.get("publicresults.csv." + key));
    }
    areas.forEach((code, name) -> headers.add(code + " " + name));
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(headers.stream().map(SpreadsheetText::csvCell).toList());
      for (PublicRanking.Line u : ranking.units()) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(u.rank()));
        cells.add(Integer.toString(u.of()));
        cells.add(SpreadsheetText.csvCell(u.code()));
        cells.add(SpreadsheetText.csvCell(u.name()));
        cells.add(number(u.total()));
        cells.add(number(u.max()));
        cells.add(number(u.percent()));
        cells.add(SpreadsheetText.csvCell(u.band()));
        cells.add(u.previousRank() == null ? "" : u.previousRank().toString());
        for (String code : areas.keySet()) {
          cells.add(
              u.areas().stream()
                  .filter(a -> a.code().equals(code))
                  .findFirst()
                  .map(a -> number(a.points()))
                  .orElse(""));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
