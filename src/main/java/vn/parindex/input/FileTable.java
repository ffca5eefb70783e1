package vn.parindex.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of an uploaded file as cells of text: a CSV, a sheet of a workbook (with its name) or a
 * table of a Word document (with the document's paragraphs as {@code text}). Only rows holding
 * something are kept, each with its number as the user sees it; an empty cell is null or "".
 */
public record FileTable(String name, List<Row> rows, String text) {

  public FileTable {
    rows = Collections.unmodifiableList(new ArrayList<>(rows));
  }

  /** A row: its number as the user sees it (1-based) and its cells from the first column on. */
  public record Row(int number, List<String> cells) {

    public Row {
      cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The cell at an index, null beyond the row's end. */
    public String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }
  }
}
