package vn.parindex.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A list as it is exported: a name (sheet and file name), headers, and rows of cells (String,
 * Number, LocalDate, Boolean or null). Any feature can build one and hand it to {@link
 * ListDownload#of} to answer with XLSX ({@link ListXlsx}) or CSV ({@link ListCsv}).
 */
public record ListExport(String name, List<String> headers, List<List<Object>> rows) {

  public ListExport {
    headers = List.copyOf(headers);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }
}
