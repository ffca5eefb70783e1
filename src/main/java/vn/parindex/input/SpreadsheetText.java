package vn.parindex.input;

/**
 * Text written into a spreadsheet export. A cell starting with {@code = + - @}, a tab or a carriage
 * return is taken as a formula by Excel and LibreOffice when a CSV is opened ("=HYPERLINK(…)" in a
 * reason would run on the reader's machine): such text gets a leading single quote, as spreadsheet
 * applications expect for text that must stay text. Numbers are written as numbers, not through
 * here.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /** True when a spreadsheet would read this text as a formula. */
  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The text as a CSV cell: NFC, and neutralised when it looks like a formula. */
  public static String csvCell(String text) {
    if (text == null) {
      return "";
    }
    // cleaned first: an invisible character before "=" must not hide the formula
    String clean = Text.clean(text);
    return looksLikeFormula(clean) || looksLikeFormula(text) ? "'" + clean : clean;
  }
}
