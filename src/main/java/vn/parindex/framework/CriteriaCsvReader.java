package vn.parindex.framework;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** Reads a criteria table from CSV (UTF-8, comma or semicolon separated, first line the header). */
final class CriteriaCsvReader {

  private CriteriaCsvReader() {}

  static CriteriaDraft read(String fileName, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    List<CSVRecord> records;
    try {
      records =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .get()
              .parse(new StringReader(text))
              .getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.malformed", fileName, String.valueOf(e.getMessage())));
    }
    records = records.stream().filter(r -> !blank(r)).toList();
    List<InputProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      throw new InvalidInputException(InputProblem.ofFile("input.file.empty", fileName));
    }
    CSVRecord header = records.get(0);
    TableColumns columns =
        new TableColumns((int) header.getRecordNumber(), header.toList(), problems);
    List<RawCriterion> rows = new ArrayList<>();
    if (columns.complete()) {
      for (CSVRecord record : records.subList(1, records.size())) {
        rows.add(
            new RawCriterion(
                (int) record.getRecordNumber(),
                columns::written,
                cell(record, columns, "code"),
                cell(record, columns, "name"),
                cell(record, columns, "max"),
                cell(record, columns, "method"),
                cell(record, columns, "params")));
      }
      if (rows.isEmpty()) {
        problems.add(InputProblem.ofFile("framework.empty"));
      }
    }
    return new CriteriaDraft(null, null, null, List.of(), rows, problems);
  }

  private static String cell(CSVRecord record, TableColumns columns, String field) {
    int i = columns.indexOf(field);
    return i >= 0 && i < record.size() ? record.get(i) : null;
  }

  private static boolean blank(CSVRecord record) {
    return record.stream().allMatch(cell -> cell == null || cell.isBlank());
  }

  private static long count(String line, char c) {
    return line.chars().filter(ch -> ch == c).count();
  }
}
