package vn.parindex.plan.document;

import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.parindex.document.Docx;
import vn.parindex.document.TextLines;
import vn.parindex.plan.Plan;

/** The appendix: title, the citing line, and the table with its header row repeated. */
final class DocxAppendix {

  /** Column widths in twips for 257 mm of landscape text width. */
  static final int[] WIDTHS = {850, 3000, 1000, 1000, 3100, 3200, 2400};

  /** Cell padding in twips: 1.5 mm at the sides, 1 mm above and below. */
  static final int PAD_SIDE = 85;

  static final int PAD_TOP = 60;

  private static final double SIZE = 12;

  /** A row taller than this (points) may break across pages; a shorter one never does. */
  private static final float UNSPLIT_HEIGHT = 400;

  private DocxAppendix() {}

  static void write(XWPFDocument doc, Plan plan) {
    XWPFParagraph title = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    title.setKeepNext(true);
    Docx.run(title, plan.appendixTitle().toUpperCase(Locale.forLanguageTag("vi")), 13, true, false);
    XWPFParagraph cite = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    cite.setKeepNext(true);
    cite.setSpacingAfter(200);
    Docx.run(cite, AppendixRows.cite(plan), 13, false, true);

    List<AppendixRow> rows = AppendixRows.rows(plan);
    XWPFTable table = doc.createTable(rows.size() + 1, WIDTHS.length);
    Docx.columns(table, WIDTHS);
    table.setCellMargins(PAD_TOP, PAD_SIDE, PAD_TOP, PAD_SIDE);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    List<String> headers = AppendixRows.headers();
    for (int c = 0; c < headers.size(); c++) {
      cell(head.getCell(c), headers.get(c), true, ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      AppendixRow line = rows.get(r);
      List<String> cells = line.cells();
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(height(cells, line.bold()) < UNSPLIT_HEIGHT);
      for (int c = 0; c < cells.size(); c++) {
        ParagraphAlignment align =
            c == 0 || c == 2 || c == 3 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
        XWPFParagraph p = cell(row.getCell(c), cells.get(c), line.bold() && c < 4, align);
        // an area row keeps with its first item, as a heading does
        p.setKeepNext(line.area());
      }
    }
  }

  /** The row's height in points as Word lays it out (12 pt lines at 1.15, plus padding). */
  static float height(List<String> cells, boolean bold) {
    int lines = 1;
    for (int c = 0; c < cells.size(); c++) {
      float width = (WIDTHS[c] - 2 * PAD_SIDE) / 20f;
      lines = Math.max(lines, TextLines.count(cells.get(c), width, (float) SIZE, bold));
    }
    return lines * 13.8f + 2 * PAD_TOP / 20f;
  }

  private static XWPFParagraph cell(
      XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph p = Docx.tight(cell.getParagraphs().get(0), align);
    Docx.run(p, text, SIZE, bold, false);
    return p;
  }
}
