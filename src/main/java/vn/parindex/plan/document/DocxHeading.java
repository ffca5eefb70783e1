package vn.parindex.plan.document;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.parindex.document.Docx;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanHeader;

/** The heading block: authority and nation in a borderless table, number and date, then title. */
final class DocxHeading {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final double SIZE = 13;

  private DocxHeading() {}

  static void write(XWPFDocument doc, Plan plan) {
    PlanHeader h = plan.header();
    XWPFTable table = PlanDocxDocument.borderless(doc, 2, 3500, 5800);
    XWPFTableCell left = table.getRow(0).getCell(0);
    line(left, true, h.authorityUpper().toUpperCase(VI), false, false);
    line(left, false, h.authorityUnit().toUpperCase(VI), true, false);
    PlanDocxDocument.rule(left, 1000);
    XWPFTableCell right = table.getRow(0).getCell(1);
    line(right, true, PlanDocxDocument.word("doc.nation"), true, false, 12);
    XWPFParagraph motto = Docx.tight(right.addParagraph(), ParagraphAlignment.CENTER);
    PlanDocxDocument.underlinedBold(motto, PlanDocxDocument.word("doc.motto"), SIZE);
    XWPFParagraph number =
        Docx.tight(table.getRow(1).getCell(0).getParagraphs().get(0), ParagraphAlignment.CENTER);
    number.setSpacingBefore(120);
    Docx.run(number, PlanDocxDocument.word("doc.number", h.printedNumber()), SIZE, false, false);
    XWPFParagraph date =
        Docx.tight(table.getRow(1).getCell(1).getParagraphs().get(0), ParagraphAlignment.CENTER);
    date.setSpacingBefore(120);
    Docx.run(date, AppendixRows.placeDate(plan), SIZE, false, true);

    XWPFParagraph title = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    title.setSpacingBefore(360);
    Docx.run(title, h.title().toUpperCase(VI), 14, true, false);
    title.setKeepNext(true);
    XWPFParagraph subject = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    subject.setKeepNext(true);
    Subject lines = Subject.of(h.subject());
    Docx.run(subject, String.join("\n", lines.lines()), 14, true, false);
    // the short rule under the subject: a third of its longest line, centred
    XWPFParagraph rule = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    rule.setBorderBottom(Borders.SINGLE);
    int side = (int) ((Subject.TEXT_WIDTH - lines.ruleWidth()) / 2 * 20);
    rule.setIndentationLeft(side);
    rule.setIndentationRight(side);
    rule.setSpacingAfter(240);
    Docx.run(rule, "", 4, false, false);
  }

  private static void line(
      XWPFTableCell cell, boolean first, String text, boolean bold, boolean italic) {
    line(cell, first, text, bold, italic, SIZE);
  }

  private static void line(
      XWPFTableCell cell, boolean first, String text, boolean bold, boolean italic, double size) {
    XWPFParagraph p = Docx.tight(Docx.cellParagraph(cell, first), ParagraphAlignment.CENTER);
    Docx.run(p, text, size, bold, italic);
  }
}
