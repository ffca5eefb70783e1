package vn.parindex.plan.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import vn.parindex.plan.Plan;

/** The appendix pages: title, citing line, the table with its header row on every page. */
final class PdfAppendix {

  private static final float SIZE = 11.5f;

  private PdfAppendix() {}

  static void write(Document doc, Plan plan) {
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
    PdfPTable table = new PdfPTable(new float[] {850, 3300, 1000, 1000, 3300, 3300, 1800});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : AppendixRows.headers()) {
      table.addCell(cell(header, true, Element.ALIGN_CENTER));
    }
    for (AppendixRow row : AppendixRows.rows(plan)) {
      List<String> cells = row.cells();
      for (int c = 0; c < cells.size(); c++) {
        int align = c == 0 || c == 2 || c == 3 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
        table.addCell(cell(cells.get(c), row.bold() && c < 4, align));
      }
    }
    doc.add(table);
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
