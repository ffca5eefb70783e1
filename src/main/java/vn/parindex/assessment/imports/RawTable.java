package vn.parindex.assessment.imports;

import java.util.List;

/**
 * A table as read from a file, before any meaning is given to it: rows of cell texts (an empty cell
 * null or blank) with the row number the user sees, and for a Word document the text around the
 * table.
 */
record RawTable(List<Row> rows, String planText) {

  RawTable {
    rows = List.copyOf(rows);
  }

  record Row(int number, List<String> cells) {

    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }
}
