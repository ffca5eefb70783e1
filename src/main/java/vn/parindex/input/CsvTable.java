package vn.parindex.input;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (UTF-8, a byte-order mark allowed) read record by record: the delimiter is the comma,
 * semicolon or tab that the first line uses most (a comma when none does).
 */
final class CsvTable {

  private CsvTable() {}

  static FileTable read(byte[] content, ReadBudget budget) throws IOException {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
    List<FileTable.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        long number = record.getRecordNumber();
        budget.row(number);
        List<String> cells = new ArrayList<>(record.size());
        boolean any = false;
        for (int i = 0; i < record.size(); i++) {
          String cell = record.get(i);
          if (!cell.isEmpty()) {
            budget.chars(number, cell.length());
            budget.cell(number, i);
            any = true;
          }
          cells.add(cell);
        }
        if (any) {
          rows.add(new FileTable.Row((int) number, cells));
        }
      }
    }
    return new FileTable(null, rows, null);
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long most = count(first, ',');
    for (char candidate : new char[] {';', '\t'}) {
      long n = count(first, candidate);
      if (n > most) {
        most = n;
        best = candidate;
      }
    }
    return best;
  }

  private static long count(String line, char c) {
    return line.chars().filter(x -> x == c).count();
  }
}
