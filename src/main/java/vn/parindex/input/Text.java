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
    String text = INVISIBLE.matcher(raw).replaceAll("");
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    return LINE_BREAK.matcher(BLANKS.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
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
