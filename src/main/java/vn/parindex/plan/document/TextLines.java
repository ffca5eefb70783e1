package vn.parindex.plan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where text breaks into lines, measured with the embedded font's metrics (Liberation Serif,
 * metric-compatible with Times New Roman): the same for the DOCX, the PDF and the workbook.
 */
final class TextLines {

  private TextLines() {}

  /**
   * The text broken into as few lines as fit {@code width}, made as even as possible, so a subject
   * never leaves one word alone on its last line ("… năm" / "2024").
   */
  static List<String> balanced(String text, float width, float size, boolean bold) {
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
  static int count(String text, float width, float size, boolean bold) {
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
  static List<String> wrap(String[] words, float width, float size, boolean bold) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && PdfFonts.width(candidate, size, bold, false) > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
