package vn.parindex.input;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Reads the tables of an uploaded CSV, XLSX or DOCX within {@link FileLimits}, in time linear in
 * the file's size: a file past a bound is refused at that point, naming the bound; a file that
 * cannot be read is refused as broken, never with the parser's own words.
 */
public final class TableFiles {

  private TableFiles() {}

  /** Every table (each sheet of a workbook, each table of a document), in order. */
  public static List<FileTable> read(
      FileKind kind, String fileName, byte[] content, FileLimits limits) {
    return read(kind, fileName, content, limits, (index, name) -> true);
  }

  /**
   * The tables of the sheets {@code wanted} accepts (by index from 0 and name); a CSV or Word
   * document gives all of its tables.
   */
  public static List<FileTable> read(
      FileKind kind,
      String fileName,
      byte[] content,
      FileLimits limits,
      BiPredicate<Integer, String> wanted) {
    ReadBudget budget = new ReadBudget(limits, fileName);
    try {
      List<FileTable> tables =
          switch (kind) {
            case CSV -> List.of(CsvTable.read(content, budget));
            case XLSX -> XlsxTables.read(content, budget, wanted);
            case DOCX -> DocxTables.read(content, budget);
            case YAML ->
                throw new InvalidInputException(
                    InputProblem.ofFile("input.file.unsupported", fileName));
          };
      budget.time();
      return tables;
    } catch (Exception e) {
      throw refusal(e, kind, fileName);
    }
  }

  /** The bound that stopped the reading, wherever the parser wrapped it; else "broken". */
  private static InvalidInputException refusal(Throwable e, FileKind kind, String fileName) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
      if (t instanceof org.xml.sax.SAXException sax && sax.getException() != null) {
        InvalidInputException inner = find(sax.getException());
        if (inner != null) {
          return inner;
        }
      }
    }
    return new InvalidInputException(InputProblem.ofFile("input.file.malformed", fileName, kind));
  }

  private static InvalidInputException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }
}
