package vn.parindex.assessment.results;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.FileTable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.TableFiles;
import vn.parindex.input.Text;

/**
 * Reads a published results table (CSV or the first sheet of an XLSX, streaming and within the file
 * bounds) into rows of cleaned text; blank rows are kept as empty lists so row numbers stay what
 * the user sees. CSV delimiter: comma, semicolon or tab, whichever the first line uses most.
 */
final class ResultSheet {

  private ResultSheet() {}

  static List<List<String>> read(String fileName, byte[] content, FileLimits limits) {
    FileKind kind = FileKind.check(fileName, content);
    if (kind != FileKind.XLSX && kind != FileKind.CSV) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.unsupported", FileKind.safeName(fileName)));
    }
    List<FileTable> tables =
        TableFiles.read(
            kind, FileKind.safeName(fileName), content, limits, (index, name) -> index == 0);
    List<List<String>> rows = new ArrayList<>();
    for (FileTable.Row row : tables.isEmpty() ? List.<FileTable.Row>of() : tables.get(0).rows()) {
      while (rows.size() < row.number() - 1) {
        rows.add(List.of());
      }
      List<String> cells = new ArrayList<>(row.cells().size());
      row.cells().forEach(cell -> cells.add(cell == null ? "" : Text.clean(cell)));
      rows.add(cells);
    }
    return rows;
  }
}
