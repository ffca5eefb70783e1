package vn.parindex.dossier;

import java.util.Arrays;
import java.util.function.Function;

/**
 * One record as read, every field still text: a sync record of a JSON batch (named by its place in
 * {@code data}) or a row of a CSV/XLSX file (named by its row number and the file's headings).
 */
final class DossierFields {

  private final String[] values = new String[DossierColumn.values().length];
  private final int row;
  private final Function<DossierColumn, String> names;

  /**
   * @param row the file's row as the user sees it, 0 for a JSON record
   * @param names each field as the source names it (a heading as written, "data[3].NgayHenTra")
   */
  DossierFields(int row, Function<DossierColumn, String> names) {
    this.row = row;
    this.names = names;
  }

  int row() {
    return row;
  }

  /** The field as its source names it, for a message. */
  String name(DossierColumn column) {
    return names.apply(column);
  }

  /** The text of a field, trimmed; null when absent or blank. */
  String get(DossierColumn column) {
    return values[column.ordinal()];
  }

  void set(DossierColumn column, String value) {
    String v = value == null ? null : value.strip();
    values[column.ordinal()] = v == null || v.isEmpty() ? null : v;
  }

  boolean blank() {
    return Arrays.stream(values).allMatch(v -> v == null);
  }
}
