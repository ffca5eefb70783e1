package vn.parindex.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
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
import java.util.List;
import java.util.Locale;
import vn.parindex.document.Official.Block;

/**
 * An {@link Official} document as PDF (OpenPDF, Liberation Serif embedded, NFC), laid out like the
 * Word file: A4 portrait, a landscape annex, page numbers at the top from page 2, and no heading
 * left as the last line of a page.
 */
public final class OfficialPdf {

  static final float MM = 72f / 25.4f;

  /** The portrait text width in points: A4 less 30 mm left and 15 mm right. */
  static final float TEXT_WIDTH = 165 * MM;

  private static final float BODY = 14;
  private static final float LEADING = BODY * 1.2f;

  /** About the signature block's height in points: authority, title, room to sign, name. */
  private static final float SIGNATURE = 130;

  private static final Locale VI = Locale.forLanguageTag("vi");

  private OfficialPdf() {}

  public static byte[] render(Official document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setPageEvent(new PageNumbers());
    doc.open();
    List<Block> blocks = document.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      boolean signatureAfterNext =
          i + 2 < blocks.size() && blocks.get(i + 2) instanceof Official.Signature;
      Block block = blocks.get(i);
      if (block instanceof Official.Heading h) {
        heading(doc, h);
      } else if (block instanceof Official.Title t) {
        title(doc, t);
      } else if (block instanceof Official.Para p) {
        para(doc, writer, p, next, signatureAfterNext);
      } else if (block instanceof Official.Table t) {
        doc.add(table(t));
      } else if (block instanceof Official.Signature s) {
        doc.add(signature(s));
      } else {
        doc.setPageSize(PageSize.A4.rotate());
        doc.setMargins(25 * MM, 15 * MM, 20 * MM, 20 * MM);
        doc.newPage();
      }
    }
    doc.close();
    return out.toByteArray();
  }

  /** The subject in balanced lines a little narrower than the text (Decree 30: a centred block). */
  static List<String> subjectLines(String subject) {
    return TextLines.balanced(OfficialDocx.nfc(subject), TEXT_WIDTH - 20 * MM, BODY, true);
  }

  /** The rule under the subject: a third of its longest line. */
  static float ruleWidth(List<String> lines) {
    float widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, PdfFonts.width(line, BODY, true, false));
    }
    return widest / 3;
  }

  private static Paragraph line(String text, float size, boolean bold, boolean italic, int align) {
    Paragraph p = new Paragraph(OfficialDocx.nfc(text), PdfFonts.font(size, bold, italic));
    p.setAlignment(align);
    p.setLeading(size * 1.2f);
    return p;
  }

  private static PdfPCell cell(Paragraph... lines) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(PdfPCell.NO_BORDER);
    for (Paragraph p : lines) {
      cell.addElement(p);
    }
    return cell;
  }

  private static void heading(Document doc, Official.Heading h) {
    PdfPTable table = new PdfPTable(new float[] {36, 57});
    table.setWidthPercentage(100);
    Paragraph rule = new Paragraph();
    rule.add(new Chunk(new LineSeparator(0.6f, 35, Color.BLACK, Element.ALIGN_CENTER, 2)));
    table.addCell(
        cell(
            line(h.upper().toUpperCase(VI), 13, false, false, Element.ALIGN_CENTER),
            line(h.body().toUpperCase(VI), 13, true, false, Element.ALIGN_CENTER),
            rule));
    Paragraph motto = new Paragraph();
    motto.setAlignment(Element.ALIGN_CENTER);
    Chunk text = new Chunk(OfficialDocx.nfc(h.motto()), PdfFonts.font(13, true, false));
    text.setUnderline(0.6f, -2f);
    motto.add(text);
    table.addCell(cell(line(h.nation(), 12, true, false, Element.ALIGN_CENTER), motto));
    table.addCell(cell(line(h.number(), 13, false, false, Element.ALIGN_CENTER)));
    table.addCell(cell(line(h.placeDate(), 13, false, true, Element.ALIGN_CENTER)));
    doc.add(table);
  }

  private static void title(Document doc, Official.Title t) {
    Paragraph title = line(t.title().toUpperCase(VI), BODY, true, false, Element.ALIGN_CENTER);
    title.setSpacingBefore(18);
    doc.add(title);
    List<String> lines = subjectLines(t.subject());
    doc.add(line(String.join("\n", lines), BODY, true, false, Element.ALIGN_CENTER));
    float percent = ruleWidth(lines) / (doc.right() - doc.left()) * 100;
    Paragraph rule = new Paragraph();
    rule.add(new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, -3)));
    rule.setSpacingAfter(14);
    doc.add(rule);
  }

  private static void para(
      Document doc, PdfWriter writer, Official.Para p, Block next, boolean signatureAfterNext) {
    float width = doc.right() - doc.left();
    Paragraph x;
    switch (p.style()) {
      case CENTERED -> {
        x = line(p.text().toUpperCase(VI), BODY, true, false, Element.ALIGN_CENTER);
        keep(doc, writer, lines(p.text(), width, true) * LEADING + height(next, width));
      }
      case CITE -> {
        x = line(p.text(), 13, false, true, Element.ALIGN_CENTER);
        keep(doc, writer, lines(p.text(), width, false) * LEADING + height(next, width));
      }
      case DRAFT -> x = line(p.text(), 20, true, false, Element.ALIGN_CENTER);
      default -> {
        boolean heading = p.style() == Official.Style.HEADING;
        x =
            line(
                p.text(),
                BODY,
                heading,
                p.style() == Official.Style.ITALIC,
                Element.ALIGN_JUSTIFIED);
        x.setFirstLineIndent(36);
        if (heading) {
          // a heading and the first lines of what it heads share a page
          // (and the signature, when a short paragraph is all that stands between them)
          float after =
              signatureAfterNext && next instanceof Official.Para last
                  ? lines(last.text(), width - 36, false) * LEADING + SIGNATURE
                  : height(next, width);
          keep(doc, writer, lines(p.text(), width - 36, true) * LEADING + after);
        } else if (next instanceof Official.Signature) {
          // the signature never opens a page alone
          keep(doc, writer, lines(p.text(), width - 36, false) * LEADING + SIGNATURE);
        }
      }
    }
    if (p.style() == Official.Style.DRAFT) {
      x.getFont().setColor(new Color(0xC0, 0, 0));
    }
    x.setSpacingAfter(6);
    doc.add(x);
  }

  /** About the height of the start of a block: two lines of text, or a table's header and row. */
  private static float height(Block next, float width) {
    if (next instanceof Official.Para p) {
      return Math.min(2, lines(p.text(), width - 36, false)) * LEADING;
    }
    if (next instanceof Official.Table t) {
      float total = 0;
      for (float w : t.widths()) {
        total += w;
      }
      float h = 0;
      for (Official.Row row : t.header()) {
        h += rowHeight(t, row, width / total, true);
      }
      return t.rows().isEmpty() ? h : h + rowHeight(t, t.rows().get(0), width / total, false);
    }
    return 0;
  }

  private static float rowHeight(Official.Table t, Official.Row row, float scale, boolean bold) {
    int lines = 1;
    for (int c = 0; c < row.cells().size(); c++) {
      String text = row.cells().get(c);
      lines = Math.max(lines, TextLines.count(text, t.widths()[c] * scale - 6, t.size(), bold));
    }
    return lines * t.size() * 1.2f + 8;
  }

  private static int lines(String text, float width, boolean bold) {
    return TextLines.count(OfficialDocx.nfc(text), width, BODY, bold);
  }

  /** A new page unless {@code height} points are left, with a line to spare for spacing. */
  private static void keep(Document doc, PdfWriter writer, float height) {
    if (writer.getVerticalPosition(false) - doc.bottom() < height + LEADING) {
      doc.newPage();
    }
  }

  private static PdfPTable table(Official.Table t) {
    PdfPTable table = new PdfPTable(t.widths());
    table.setWidthPercentage(100);
    table.setHeaderRows(t.header().size());
    table.setSpacingAfter(8);
    for (Official.Row row : t.header()) {
      cells(table, row, null, true, t.size());
    }
    for (Official.Row row : t.rows()) {
      cells(table, row, t.center(), row.bold(), t.size());
    }
    return table;
  }

  private static void cells(
      PdfPTable table, Official.Row row, boolean[] center, boolean bold, float size) {
    for (int c = 0; c < row.cells().size(); c++) {
      boolean centred = center == null || center[c];
      PdfPCell cell =
          new PdfPCell(
              new Phrase(OfficialDocx.nfc(row.cells().get(c)), PdfFonts.font(size, bold, false)));
      cell.setHorizontalAlignment(centred ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
      cell.setPadding(3);
      cell.setPaddingBottom(5);
      cell.setLeading(0, 1.2f);
      table.addCell(cell);
    }
  }

  private static PdfPTable signature(Official.Signature s) {
    PdfPTable table = new PdfPTable(new float[] {45, 48});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setKeepTogether(true);
    PdfPCell left = cell();
    if (!s.recipients().isEmpty()) {
      left.addElement(line(s.recipientsLabel(), 12, true, true, Element.ALIGN_LEFT));
      for (String recipient : s.recipients()) {
        left.addElement(line(recipient, 11, false, false, Element.ALIGN_LEFT));
      }
    }
    table.addCell(left);
    Paragraph name = line(s.name(), 14, true, false, Element.ALIGN_CENTER);
    name.setSpacingBefore(70);
    table.addCell(
        cell(
            line(s.authority(), 14, true, false, Element.ALIGN_CENTER),
            line(s.title(), 14, true, false, Element.ALIGN_CENTER),
            name));
    return table;
  }

  /** Page numbers centred at the top, from page 2 on. */
  private static final class PageNumbers extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      int page = writer.getPageNumber();
      if (page < 2) {
        return;
      }
      float x = (document.left() + document.right()) / 2;
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase(String.valueOf(page), PdfFonts.font(13, false, false)),
          x,
          document.top() + 10 * MM,
          0);
    }
  }
}
