package vn.parindex.input;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** All text enters the system in NFC: decomposed Vietnamese would compare and render wrongly. */
public final class Text {

  private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f]+");
  private static final Pattern LINE_BREAK = Pattern.compile(" *\\R *");

  private Text() {}

  /** NFC, non-breaking spaces made plain, runs of white space folded, trimmed; null stays null. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    text = text.replace('\u00A0', ' ').replace('\u200B', ' ').replace('\uFEFF', ' ');
    return LINE_BREAK.matcher(BLANKS.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
  }

  /** {@link #clean} and empty becomes null. */
  public static String cleanOrNull(String raw) {
    String text = clean(raw);
    return text == null || text.isEmpty() ? null : text;
  }

  public static boolean isBlank(String raw) {
    return raw == null || raw.isBlank();
  }
}
