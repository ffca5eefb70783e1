package vn.parindex.plan.document;

import java.util.List;
import vn.parindex.document.PdfFonts;
import vn.parindex.document.TextLines;

/**
 * The subject (trích yếu) under the title as Decree 30 sets it: bold 14 pt, centred, in balanced
 * lines, with a short rule under it a third as long as its longest line.
 */
record Subject(List<String> lines, float ruleWidth) {

  /** The portrait text width in points: A4 less 30 mm left and 15 mm right. */
  static final float TEXT_WIDTH = 165 * PlanPdfDocument.MM;

  static final float SIZE = 14;

  /** A little narrower than the text, so the subject reads as a centred block. */
  private static final float WIDTH = TEXT_WIDTH - 20 * PlanPdfDocument.MM;

  static Subject of(String subject) {
    List<String> lines = TextLines.balanced(subject, WIDTH, SIZE, true);
    float widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, PdfFonts.width(line, SIZE, true, false));
    }
    return new Subject(lines, widest / 3);
  }
}
