package vn.parindex.plan.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.parindex.plan.Plan;

/**
 * The appendix pages: title, citing line, the table with its header row on every page. The table is
 * added one area at a time so an area row never ends a page without its first item.
 */
final class PdfAppendix {

  private static final float SIZE = 11.5f;

  private PdfAppendix() {}

  static void write(Document doc, PdfWriter writer, Plan plan) {
    doc.add(
        PlanPdfDocument.line(
            plan.appendixTitle().toUpperCase(Locale.forLanguageTag("vi")),
            13,
            true,
            false,
            Element.ALIGN_CENTER));
    Paragraph cite =
        PlanPdfDocument.line(AppendixRows.cite(plan), 13, false, true, Element.ALIGN_CENTER);
    cite.setSpacingAfter(10);
    doc.add(cite);
    boolean first = true;
    for (List<AppendixRow> group : groups(AppendixRows.rows(plan))) {
      PdfPTable table = table(group, doc.right() - doc.left());
      float needed = table.getRowHeight(0) + table.getRowHeight(1);
      if (group.size() > 1 && group.get(0).area()) {
        needed += table.getRowHeight(2);
      }
      boolean newPage = writer.getVerticalPosition(true) - doc.bottom() < needed;
      if (newPage) {
        doc.newPage();
      }
      // the header row opens each page; an area that goes on the same page does not repeat it
      table.setSkipFirstHeader(!first && !newPage);
      doc.add(table);
      first = false;
    }
  }

  /** The rows cut before each area row. */
  private static List<List<AppendixRow>> groups(List<AppendixRow> rows) {
    List<List<AppendixRow>> groups = new ArrayList<>();
    for (AppendixRow row : rows) {
      if (groups.isEmpty() || row.area()) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(row);
    }
    return groups;
  }

  private static PdfPTable table(List<AppendixRow> rows, float width) {
    int[] widths = DocxAppendix.WIDTHS;
    float[] relative = new float[widths.length];
    for (int c = 0; c < widths.length; c++) {
      relative[c] = widths[c];
    }
    PdfPTable table = new PdfPTable(relative);
    table.setTotalWidth(width);
    table.setLockedWidth(true);
    table.setHeaderRows(1);
    for (String header : AppendixRows.headers()) {
      table.addCell(cell(header, true, Element.ALIGN_CENTER));
    }
    for (AppendixRow row : rows) {
      List<String> cells = row.cells();
      for (int c = 0; c < cells.size(); c++) {
        int align = c == 0 || c == 2 || c == 3 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
        table.addCell(cell(cells.get(c), row.bold() && c < 4, align));
      }
    }
    return table;
  }

  private static PdfPCell cell(String text, boolean bold, int align) {
    PdfPCell cell = new PdfPCell();
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPaddingLeft(4);
    cell.setPaddingRight(4);
    cell.setPaddingTop(2);
    cell.setPaddingBottom(5);
    Paragraph p = PlanPdfDocument.line(text, SIZE, bold, false, align);
    cell.addElement(p);
    return cell;
  }
}
