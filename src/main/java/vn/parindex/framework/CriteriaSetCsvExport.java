package vn.parindex.framework;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.parindex.input.Decimals;
import vn.parindex.input.SpreadsheetText;

/**
 * A criteria set as CSV (UTF-8 with a byte-order mark so Excel shows Vietnamese): code, name,
 * max_points, method, params, source. CSV holds no name, year, unit type or bands: an import asks
 * for the first three, and the bands are not carried (use YAML or XLSX for them). The set's rules
 * follow the criteria, one a row (name, value). Text that a spreadsheet would run as a formula is
 * neutralised ({@link SpreadsheetText}).
 */
public final class CriteriaSetCsvExport {

  static final String[] HEADER = {"code", "name", "max_points", "method", "params", "source"};

  private CriteriaSetCsvExport() {}

  public static byte[] write(CriteriaSet set) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord((Object[]) HEADER);
      for (Criterion c : set.criteria()) {
        boolean leaf = set.isLeaf(c.code());
        csv.printRecord(
            c.code().value(),
            SpreadsheetText.csvCell(c.name()),
            Decimals.plain(c.maxPoints()),
            leaf ? c.methodOrManual().kind().code() : "",
            SpreadsheetText.csvCell(leaf ? ParamsText.format(c.methodOrManual()) : ""),
            c.source() == null ? "" : c.source());
      }
      csv.printRecord("surveyMissing", set.rules().surveyMissingCode());
      csv.printRecord("bonusMax", Decimals.plain(set.rules().bonusMax()));
      csv.printRecord("penaltyMax", Decimals.plain(set.rules().penaltyMax()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
