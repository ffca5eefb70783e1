package vn.parindex.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where text breaks into lines, measured with the embedded font's metrics (Liberation Serif,
 * metric-compatible with Times New Roman): the same for the DOCX, the PDF and the workbook.
 */
public final class TextLines {

  private TextLines() {}

  /**
   * The text broken into as few lines as fit {@code width}, made as even as possible, so a subject
   * never leaves one word alone on its last line ("… năm" / "2024").
   */
  public static List<String> balanced(String text, float width, float size, boolean bold) {
    String[] words = text.strip().split("\\s+");
    List<String> widest = wrap(words, width, size, bold);
    if (widest.size() < 2) {
      return widest;
    }
    float low = PdfFonts.width(text, size, bold, false) / widest.size();
    float high = width;
    List<String> best = widest;
    for (int i = 0; i < 12; i++) {
      float mid = (low + high) / 2;
      List<String> lines = wrap(words, mid, size, bold);
      if (lines.size() <= widest.size()) {
        best = lines;
        high = mid;
      } else {
        low = mid;
      }
    }
    return best;
  }

  /** How many lines the text takes in a column {@code width} wide (each "\n" starts a line). */
  public static int count(String text, float width, float size, boolean bold) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      String stripped = paragraph.strip();
      if (stripped.isEmpty()) {
        lines++;
        continue;
      }
      for (String line : wrap(stripped.split("\\s+"), width, size, bold)) {
        // a word wider than the column is broken inside it, over as many lines as it needs
        lines += Math.max(1, (int) Math.ceil(PdfFonts.width(line, size, bold, false) / width));
      }
    }
    return lines;
  }

  /** Greedy wrapping at spaces; a word wider than the column takes a line of its own. */
  public static List<String> wrap(String[] words, float width, float size, boolean bold) {
    float space = PdfFonts.width(" ", size, bold, false);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    for (String word : words) {
      // widths add up word by word: the font is not kerned, so this is the line's width
      float w = PdfFonts.width(word, size, bold, false);
      if (line.isEmpty()) {
        line.append(word);
        used = w;
      } else if (used + space + w > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
        used = w;
      } else {
        line.append(' ').append(word);
        used += space + w;
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
