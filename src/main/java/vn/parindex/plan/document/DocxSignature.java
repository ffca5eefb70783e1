package vn.parindex.plan.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.parindex.document.Docx;
import vn.parindex.plan.Plan;

/** "Nơi nhận" on the left, the signature block on the right, in a borderless table. */
final class DocxSignature {

  private DocxSignature() {}

  static void write(XWPFDocument doc, Plan plan) {
    XWPFTable table = PlanDocxDocument.borderless(doc, 1, 4500, 4800);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFParagraph heading = Docx.tight(left.getParagraphs().get(0), ParagraphAlignment.LEFT);
    heading.setSpacingBefore(120);
    Docx.run(heading, PlanDocxDocument.word("doc.recipients"), 12, true, true);
    for (String recipient : AppendixRows.recipients(plan)) {
      Docx.run(
          Docx.tight(left.addParagraph(), ParagraphAlignment.LEFT), recipient, 11, false, false);
    }
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph authority = Docx.tight(right.getParagraphs().get(0), ParagraphAlignment.CENTER);
    authority.setSpacingBefore(120);
    Docx.run(authority, plan.signature().authority(), 14, true, false);
    Docx.run(
        Docx.tight(right.addParagraph(), ParagraphAlignment.CENTER),
        plan.signature().title(),
        14,
        true,
        false);
    for (int i = 0; i < 4; i++) {
      Docx.run(Docx.tight(right.addParagraph(), ParagraphAlignment.CENTER), "", 14, false, false);
    }
    Docx.run(
        Docx.tight(right.addParagraph(), ParagraphAlignment.CENTER),
        plan.signature().name(),
        14,
        true,
        false);
  }
}
