package vn.parindex.plan.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.parindex.plan.Plan;
import vn.parindex.plan.Wording;

/** "Nơi nhận" and the recipients on the left, the signature block on the right. */
final class PdfSignature {

  /** About the block's height in points: the authority, the title, room to sign, the name. */
  static final float HEIGHT = 130;

  private PdfSignature() {}

  static void write(Document doc, Plan plan) {
    PdfPTable table = new PdfPTable(new float[] {45, 48});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setKeepTogether(true);
    PdfPCell left =
        PlanPdfDocument.cell(
            PlanPdfDocument.line(
                Wording.get("doc.recipients"), 12, true, true, Element.ALIGN_LEFT));
    for (String recipient : AppendixRows.recipients(plan)) {
      left.addElement(PlanPdfDocument.line(recipient, 11, false, false, Element.ALIGN_LEFT));
    }
    table.addCell(left);
    Paragraph name =
        PlanPdfDocument.line(plan.signature().name(), 14, true, false, Element.ALIGN_CENTER);
    name.setSpacingBefore(70);
    table.addCell(
        PlanPdfDocument.cell(
            PlanPdfDocument.line(
                plan.signature().authority(), 14, true, false, Element.ALIGN_CENTER),
            PlanPdfDocument.line(plan.signature().title(), 14, true, false, Element.ALIGN_CENTER),
            name));
    doc.add(table);
  }
}
