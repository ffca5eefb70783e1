package vn.parindex.assessment.imports;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.FileTable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.TableFiles;

/**
 * Reads the cells of a score table from CSV, XLSX (each sheet) or DOCX (each table, plus the text
 * of the document), streaming and within the file bounds. Which table is the appendix is decided by
 * {@link AppendixTable}.
 */
final class AppendixFiles {

  private AppendixFiles() {}

  /** Candidate tables in document order; never empty. */
  static List<RawTable> read(FileKind kind, String fileName, byte[] content, FileLimits limits) {
    if (kind == FileKind.YAML) {
      throw new InvalidInputException(InputProblem.ofFile("input.file.unsupported", fileName));
    }
    List<RawTable> tables = new ArrayList<>();
    for (FileTable table : TableFiles.read(kind, fileName, content, limits)) {
      List<RawTable.Row> rows = new ArrayList<>(table.rows().size());
      table.rows().forEach(r -> rows.add(new RawTable.Row(r.number(), r.cells())));
      tables.add(new RawTable(rows, table.text()));
    }
    if (tables.isEmpty() || tables.stream().allMatch(t -> t.rows().isEmpty())) {
      throw new InvalidInputException(InputProblem.ofFile("input.file.empty", fileName));
    }
    return tables;
  }
}
