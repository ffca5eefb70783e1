package vn.parindex.plan.document;

import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;

/** The appendix: title, the citing line, and the table with its header row repeated. */
final class DocxAppendix {

  /** Column widths in twips for 257 mm of landscape text width. */
  static final int[] WIDTHS = {850, 3300, 1000, 1000, 3300, 3300, 1800};

  private static final double SIZE = 12;

  private DocxAppendix() {}

  static void write(XWPFDocument doc, Plan plan) {
    XWPFParagraph title = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    Docx.run(title, plan.appendixTitle().toUpperCase(Locale.forLanguageTag("vi")), 13, true, false);
    XWPFParagraph cite = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    cite.setSpacingAfter(200);
    Docx.run(cite, AppendixRows.cite(plan), 13, false, true);

    List<PlanLine> lines = plan.lines();
    XWPFTable table = doc.createTable(lines.size() + 1, WIDTHS.length);
    Docx.columns(table, WIDTHS);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    List<String> headers = AppendixRows.headers();
    for (int c = 0; c < headers.size(); c++) {
      cell(head.getCell(c), headers.get(c), true, ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < lines.size(); r++) {
      PlanLine line = lines.get(r);
      List<String> cells = AppendixRows.cells(line);
      XWPFTableRow row = table.getRow(r + 1);
      for (int c = 0; c < cells.size(); c++) {
        ParagraphAlignment align =
            c == 0 || c == 2 || c == 3 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
        cell(row.getCell(c), cells.get(c), line.area(), align);
      }
    }
  }

  private static void cell(
      XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph p = Docx.tight(cell.getParagraphs().get(0), align);
    Docx.run(p, text, SIZE, bold, false);
  }
}
