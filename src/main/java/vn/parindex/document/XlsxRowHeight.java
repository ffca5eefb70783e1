package vn.parindex.document;

import java.util.List;

/**
 * A workbook row's height for its wrapped text, in points. Neither Excel nor LibreOffice sizes a
 * row to wrapped text written by a program, so a row left at the default height prints its first
 * line only, or spills over its neighbours.
 */
public final class XlsxRowHeight {

  private static final float SIZE = 12;
  private static final float LINE =
      16; // a 12 pt line as Excel spaces it (15.75); LibreOffice needs less
  private static final float PADDING = 4;
  private static final float MAX = 409; // the highest row a workbook allows

  private XlsxRowHeight() {}

  /** {@code widths} in characters of the default font, as the sheet's columns are set. */
  public static float of(List<String> texts, int[] widths, boolean bold) {
    int lines = 1;
    for (int c = 0; c < texts.size(); c++) {
      if (texts.get(c) != null) {
        lines = Math.max(lines, TextLines.count(texts.get(c), points(widths[c]), SIZE, bold));
      }
    }
    return Math.min(MAX, lines * LINE + PADDING);
  }

  /** A column's text width: 7 px per character at 96 dpi, less the cell's margins. */
  private static float points(int characters) {
    return characters * 7 * 0.75f - 6;
  }
}
