package vn.parindex.plan.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.parindex.document.PdfFonts;
import vn.parindex.document.TextLines;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanHeader;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.Wording;

/**
 * The plan as PDF (OpenPDF, Liberation Serif embedded), laid out like the DOCX: A4 portrait, the
 * appendix on landscape pages, page numbers centred at the top from page 2. All text is NFC.
 */
public final class PlanPdfDocument {

  static final float MM = 72f / 25.4f;
  private static final float BODY = 14;
  private static final Locale VI = Locale.forLanguageTag("vi");

  public byte[] render(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setPageEvent(new PageNumbers());
    doc.open();
    heading(doc, plan);
    body(doc, writer, plan);
    PdfSignature.write(doc, plan);
    doc.setPageSize(PageSize.A4.rotate());
    doc.setMargins(25 * MM, 15 * MM, 20 * MM, 20 * MM);
    doc.newPage();
    PdfAppendix.write(doc, writer, plan);
    doc.close();
    return out.toByteArray();
  }

  static String nfc(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
  }

  static Paragraph line(String text, float size, boolean bold, boolean italic, int align) {
    Paragraph p = new Paragraph(nfc(text), PdfFonts.font(size, bold, italic));
    p.setAlignment(align);
    p.setLeading(size * 1.2f);
    return p;
  }

  static PdfPCell cell(Paragraph... lines) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(PdfPCell.NO_BORDER);
    for (Paragraph p : lines) {
      cell.addElement(p);
    }
    return cell;
  }

  private static void heading(Document doc, Plan plan) {
    PlanHeader h = plan.header();
    PdfPTable table = new PdfPTable(new float[] {35, 58});
    table.setWidthPercentage(100);
    Paragraph rule = new Paragraph();
    rule.add(new Chunk(new LineSeparator(0.6f, 35, Color.BLACK, Element.ALIGN_CENTER, 2)));
    table.addCell(
        cell(
            line(h.authorityUpper().toUpperCase(VI), 13, false, false, Element.ALIGN_CENTER),
            line(h.authorityUnit().toUpperCase(VI), 13, true, false, Element.ALIGN_CENTER),
            rule));
    Paragraph motto = new Paragraph();
    motto.setAlignment(Element.ALIGN_CENTER);
    Chunk mottoText = new Chunk(nfc(Wording.get("doc.motto")), PdfFonts.font(13, true, false));
    mottoText.setUnderline(0.6f, -2f);
    motto.add(mottoText);
    table.addCell(
        cell(line(Wording.get("doc.nation"), 12, true, false, Element.ALIGN_CENTER), motto));
    table.addCell(
        cell(
            line(
                Wording.get("doc.number", h.printedNumber()),
                13,
                false,
                false,
                Element.ALIGN_CENTER)));
    table.addCell(cell(line(AppendixRows.placeDate(plan), 13, false, true, Element.ALIGN_CENTER)));
    doc.add(table);
    Paragraph title = line(h.title().toUpperCase(VI), 14, true, false, Element.ALIGN_CENTER);
    title.setSpacingBefore(18);
    doc.add(title);
    Subject lines = Subject.of(h.subject());
    doc.add(
        line(String.join("\n", lines.lines()), Subject.SIZE, true, false, Element.ALIGN_CENTER));
    float percent = lines.ruleWidth() / (doc.right() - doc.left()) * 100;
    Paragraph subjectRule = new Paragraph();
    subjectRule.add(
        new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, -3)));
    subjectRule.setSpacingAfter(14);
    doc.add(subjectRule);
  }

  private static void body(Document doc, PdfWriter writer, Plan plan) {
    for (String basis : plan.legalBases()) {
      doc.add(justified(AppendixRows.text(basis), false, true));
    }
    for (String text : plan.opening()) {
      doc.add(justified(AppendixRows.text(text), false, false));
    }
    List<PlanSection> sections = BodySections.of(plan);
    for (int i = 0; i < sections.size(); i++) {
      String heading = (i + 1) + ". " + sections.get(i).heading();
      List<String> items = sections.get(i).items();
      // a heading and the first two lines of what follows it share a page
      float next = items.isEmpty() ? 0 : Math.min(2, lines(items.get(0), false)) * LEADING;
      keep(doc, writer, lines(heading, true) * LEADING + 6 + next);
      doc.add(justified(heading, true, false));
      for (String item : items) {
        doc.add(justified("- " + item, false, false));
      }
    }
    if (!plan.closing().isEmpty()) {
      String closing = AppendixRows.text(plan.closing());
      keep(doc, writer, lines(closing, false) * LEADING + PdfSignature.HEIGHT);
      doc.add(justified(closing, false, false));
    }
  }

  private static final float LEADING = BODY * 1.2f;

  /** Lines a justified body paragraph takes (first-line indent counted on every line). */
  private static int lines(String text, boolean bold) {
    return TextLines.count(text, 165 * MM - 36, BODY, bold);
  }

  /**
   * Starts a new page unless {@code height} points are left on this one, with a line to spare for
   * the spacing and leading OpenPDF adds before a paragraph.
   */
  private static void keep(Document doc, PdfWriter writer, float height) {
    if (writer.getVerticalPosition(false) - doc.bottom() < height + LEADING) {
      doc.newPage();
    }
  }

  private static Paragraph justified(String text, boolean bold, boolean italic) {
    Paragraph p = line(text, BODY, bold, italic, Element.ALIGN_JUSTIFIED);
    p.setFirstLineIndent(36);
    p.setSpacingAfter(6);
    return p;
  }

  /** Page numbers centred at the top, from page 2 on. */
  private static final class PageNumbers extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      int page = writer.getPageNumber();
      if (page < 2) {
        return;
      }
      Font font = PdfFonts.font(13, false, false);
      float x = (document.left() + document.right()) / 2;
      float y = document.top() + 10 * MM;
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase(String.valueOf(page), font),
          x,
          y,
          0);
    }
  }
}
