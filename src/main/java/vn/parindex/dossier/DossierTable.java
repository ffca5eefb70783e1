package vn.parindex.dossier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.FileTable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.TableFiles;
import vn.parindex.input.Text;

/**
 * Dossier records as a table: a CSV read record by record from its stream (a million rows in the
 * memory of one), or the first sheet of an XLSX through the bounded table readers. The first row
 * holding something is the heading row; every heading must name a field ({@link DossierColumn}),
 * and the required ones must be there.
 */
final class DossierTable {

  private DossierTable() {}

  static void csv(InputStream in, String fileName, FileLimits limits, DossierBatch batch) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      reader.mark(1 << 16);
      int bom = reader.read();
      if (bom != '\uFEFF') {
        reader.reset();
      }
      reader.mark(1 << 16);
      String firstLine = reader.readLine();
      reader.reset();
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(firstLine)).get();
      Headings headings = null;
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        for (CSVRecord record : parser) {
          int row = (int) record.getRecordNumber();
          if (headings == null) {
            if (record.stream().allMatch(String::isBlank)) {
              continue;
            }
            headings = Headings.of(record.toList(), row, batch);
            continue;
          }
          batch.add(headings.fields(row, record::get, record.size(), limits), row);
        }
      }
      if (headings == null) {
        throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.empty", fileName));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.malformed", fileName, FileKind.CSV));
    }
  }

  static void xlsx(byte[] content, String fileName, FileLimits limits, DossierBatch batch) {
    List<FileTable> tables =
        TableFiles.read(FileKind.XLSX, fileName, content, limits, (index, name) -> index == 0);
    List<FileTable.Row> rows = tables.isEmpty() ? List.of() : tables.get(0).rows();
    if (rows.isEmpty()) {
      throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.empty", fileName));
    }
    Headings headings = Headings.of(rows.get(0).cells(), rows.get(0).number(), batch);
    for (FileTable.Row row : rows.subList(1, rows.size())) {
      batch.add(headings.fields(row.number(), row::cell, row.cells().size(), limits), row.number());
    }
  }

  private static char delimiter(String line) {
    if (line == null) {
      return ',';
    }
    long commas = line.chars().filter(c -> c == ',').count();
    long semicolons = line.chars().filter(c -> c == ';').count();
    long tabs = line.chars().filter(c -> c == '\t').count();
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  /** Which column holds which field, and each heading as the file wrote it. */
  private record Headings(Map<DossierColumn, Integer> index, Map<DossierColumn, String> written) {

    static Headings of(List<String> cells, int row, DossierBatch batch) {
      Map<DossierColumn, Integer> index = new EnumMap<>(DossierColumn.class);
      Map<DossierColumn, String> written = new EnumMap<>(DossierColumn.class);
      boolean bad = false;
      for (int i = 0; i < cells.size(); i++) {
        String heading = Text.line(cells.get(i));
        if (heading == null || heading.isEmpty()) {
          continue;
        }
        var column = DossierColumn.named(heading);
        if (column.isEmpty() && DossierColumn.passedOver(heading)) {
          continue;
        }
        if (column.isEmpty()) {
          batch.problem(InputProblem.of(row, heading, "dossier.ingest.column.unknown", heading));
          bad = true;
        } else if (index.putIfAbsent(column.get(), i) != null) {
          batch.problem(InputProblem.of(row, heading, "dossier.ingest.column.twice", heading));
          bad = true;
        } else {
          written.put(column.get(), heading);
        }
      }
      for (DossierColumn c : DossierColumn.values()) {
        if (c.required() && !index.containsKey(c)) {
          batch.problem(
              InputProblem.of(row, c.heading(), "dossier.ingest.column.missing", c.heading()));
          bad = true;
        }
      }
      if (bad) {
        batch.stopIfRefused();
      }
      return new Headings(index, written);
    }

    DossierFields fields(
        int row, java.util.function.IntFunction<String> cell, int size, FileLimits limits) {
      DossierFields f = new DossierFields(row, c -> written.getOrDefault(c, c.heading()));
      for (var e : index.entrySet()) {
        int at = e.getValue();
        String value = at < size ? cell.apply(at) : null;
        if (value != null && value.length() > limits.maxCellChars()) {
          throw new InvalidInputException(
              InputProblem.of(
                  row, written.get(e.getKey()), "dossier.ingest.cell.long", limits.maxCellChars()));
        }
        f.set(e.getKey(), value);
      }
      return f;
    }
  }
}
