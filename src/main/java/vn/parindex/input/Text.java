package vn.parindex.input;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * All text enters the system here, in NFC: decomposed Vietnamese would compare and render wrongly.
 * Invisible characters a copy from Word or Excel carries (control characters, a byte-order mark or
 * a zero-width space inside a cell, direction overrides) are dropped: they can only confuse a
 * reader, a comparison or a spreadsheet that opens an export.
 */
public final class Text {

  /** C0 and C1 controls except tab and line breaks, zero-width and bidirectional marks, BOM. */
  private static final Pattern INVISIBLE =
      Pattern.compile(
          "[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064"
              + "\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB]");

  private static final Pattern BLANKS = Pattern.compile("[ \\t\\f\\u00A0\\u2000-\\u200A\\u202F]+");
  private static final Pattern LINE_BREAK = Pattern.compile(" *(?:\\R|\\x0B) *");

  private Text() {}

  /**
   * NFC, invisible characters dropped, runs of white space folded to one space, line breaks (a
   * vertical tab is Word's line break) kept as "\n", trimmed; null stays null.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    if (alreadyClean(raw)) {
      // most text is clean already (a plan's drafted lines are cleaned again at every copy): the
      // three patterns below cost a round's publication more than all its SQL
      return raw;
    }
    return cleanedTheLongWay(raw);
  }

  /** What {@link #clean} does to a text that is not {@link #alreadyClean}. */
  static String cleanedTheLongWay(String raw) {
    String text = INVISIBLE.matcher(raw).replaceAll("");
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    return LINE_BREAK.matcher(BLANKS.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
  }

  /**
   * Whether {@link #clean} would give the text back unchanged: no character any of its patterns
   * touches (controls, line breaks, invisible marks, blanks other than a single space), no run of
   * two spaces, nothing to strip at either end, and NFC already. Conservative: a text this refuses
   * is simply cleaned the long way.
   */
  static boolean alreadyClean(String raw) {
    int n = raw.length();
    if (n == 0) {
      return true;
    }
    if (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(n - 1))) {
      return false;
    }
    boolean composedForSure = true;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c < 0x20
          || (c >= 0x7F && c <= 0xA0)
          || (c >= 0x2000 && c <= 0x200F)
          || (c >= 0x2028 && c <= 0x202F)
          || (c >= 0x2060 && c <= 0x206F)
          || c >= 0xFEFF
          || (c == ' ' && previous == ' ')) {
        return false;
      }
      if (c >= 0x300 && !composedAlone(c)) {
        composedForSure = false;
      }
      previous = c;
    }
    // only characters that are NFC whatever stands beside them (none is a combining mark, none
    // combines with the one before): the text is NFC without asking the normalizer
    return composedForSure || Normalizer.isNormalized(raw, Normalizer.Form.NFC);
  }

  /**
   * Below U+0300 (Latin and its first extensions), Vietnamese letters with their marks (Latin
   * Extended Additional) and punctuation such as dashes and quotes: in NFC alone and next to each
   * other ({@code TextTest} checks every pair).
   */
  static boolean composedAlone(char c) {
    return c < 0x300 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2010 && c <= 0x205E);
  }

  /** {@link #clean} and empty becomes null. */
  public static String cleanOrNull(String raw) {
    String text = clean(raw);
    return text == null || text.isEmpty() ? null : text;
  }

  /** {@link #clean} on one line: for names, codes and titles, where a line break is a typo. */
  public static String line(String raw) {
    String text = clean(raw);
    return text == null ? null : text.replace('\n', ' ');
  }

  /** {@link #line} and empty becomes null. */
  public static String lineOrNull(String raw) {
    String text = line(raw);
    return text == null || text.isEmpty() ? null : text;
  }

  public static boolean isBlank(String raw) {
    return raw == null || raw.isBlank();
  }
}
