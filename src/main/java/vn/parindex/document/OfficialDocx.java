package vn.parindex.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import vn.parindex.document.Official.Block;

/**
 * An {@link Official} document as Word: A4 portrait (30/15/20/20 mm), a landscape section for a
 * wide annex, Times New Roman 14 pt, page numbers centred at the top from page 2.
 */
public final class OfficialDocx {

  private static final double BODY = 14;
  private static final int INDENT = 720;
  private static final Locale VI = Locale.forLanguageTag("vi");

  private OfficialDocx() {}

  public static byte[] render(Official document) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTSectPr last = doc.getDocument().getBody().addNewSectPr();
      pageNumbers(doc);
      CTSectPr portrait = null;
      XWPFParagraph lastPara = null;
      for (Block block : document.blocks()) {
        if (block instanceof Official.Heading h) {
          heading(doc, h);
        } else if (block instanceof Official.Title t) {
          title(doc, t);
        } else if (block instanceof Official.Para p) {
          lastPara = para(doc, p);
        } else if (block instanceof Official.Table t) {
          table(doc, t);
        } else if (block instanceof Official.Signature s) {
          if (lastPara != null) {
            lastPara.setKeepNext(true); // the signature never opens a page alone
          }
          signature(doc, s);
        } else {
          portrait = portraitBreak(doc, last);
        }
      }
      if (portrait == null) {
        if (!last.isSetTitlePg()) {
          last.addNewTitlePg();
        }
        Docx.page(last, false, 20, 15, 20, 30);
      } else {
        Docx.page(portrait, false, 20, 15, 20, 30);
        Docx.page(last, true, 20, 15, 20, 25);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String nfc(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
  }

  private static void heading(XWPFDocument doc, Official.Heading h) {
    XWPFTable table = borderless(doc, 2, 3600, 5700);
    XWPFTableCell left = table.getRow(0).getCell(0);
    line(left.getParagraphs().get(0), nfc(h.upper()).toUpperCase(VI), 13, false);
    line(left.addParagraph(), nfc(h.body()).toUpperCase(VI), 13, true);
    XWPFParagraph rule = Docx.tight(left.addParagraph(), ParagraphAlignment.CENTER);
    rule.setBorderBottom(Borders.SINGLE);
    rule.setIndentationLeft(1100);
    rule.setIndentationRight(1100);
    Docx.run(rule, "", 2, false, false);
    XWPFTableCell right = table.getRow(0).getCell(1);
    line(right.getParagraphs().get(0), nfc(h.nation()), 12, true);
    XWPFParagraph m = Docx.tight(right.addParagraph(), ParagraphAlignment.CENTER);
    Docx.run(m, nfc(h.motto()), 13, true, false).setUnderline(UnderlinePatterns.SINGLE);
    XWPFParagraph number = table.getRow(1).getCell(0).getParagraphs().get(0);
    line(number, nfc(h.number()), 13, false).setSpacingBefore(120);
    XWPFParagraph date =
        Docx.tight(table.getRow(1).getCell(1).getParagraphs().get(0), ParagraphAlignment.CENTER);
    date.setSpacingBefore(120);
    Docx.run(date, nfc(h.placeDate()), 13, false, true);
  }

  private static void title(XWPFDocument doc, Official.Title t) {
    XWPFParagraph title = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    title.setSpacingBefore(360);
    title.setKeepNext(true);
    Docx.run(title, nfc(t.title()).toUpperCase(VI), 14, true, false);
    List<String> lines = OfficialPdf.subjectLines(t.subject());
    XWPFParagraph subject = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    subject.setKeepNext(true);
    Docx.run(subject, String.join("\n", lines), 14, true, false);
    XWPFParagraph rule = Docx.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    rule.setBorderBottom(Borders.SINGLE);
    int side = (int) ((OfficialPdf.TEXT_WIDTH - OfficialPdf.ruleWidth(lines)) / 2 * 20);
    rule.setIndentationLeft(side);
    rule.setIndentationRight(side);
    rule.setSpacingAfter(240);
    Docx.run(rule, "", 4, false, false);
  }

  private static XWPFParagraph para(XWPFDocument doc, Official.Para p) {
    XWPFParagraph x = doc.createParagraph();
    x.setSpacingBefore(0);
    x.setSpacingAfter(120);
    String text = nfc(p.text());
    switch (p.style()) {
      case BODY, ITALIC, HEADING -> {
        x.setAlignment(ParagraphAlignment.BOTH);
        x.setFirstLineIndent(INDENT);
        x.setKeepNext(p.style() == Official.Style.HEADING);
        Docx.run(
            x, text, BODY, p.style() == Official.Style.HEADING, p.style() == Official.Style.ITALIC);
      }
      case CENTERED -> {
        x.setAlignment(ParagraphAlignment.CENTER);
        x.setKeepNext(true);
        Docx.run(x, text.toUpperCase(VI), BODY, true, false);
      }
      case CITE -> {
        x.setAlignment(ParagraphAlignment.CENTER);
        x.setKeepNext(true);
        Docx.run(x, text, 13, false, true);
      }
      case DRAFT -> {
        x.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(x, text, 20, true, false).setColor("C00000");
      }
    }
    return x;
  }

  private static void table(XWPFDocument doc, Official.Table t) {
    int rows = t.header().size() + t.rows().size();
    XWPFTable table = doc.createTable(rows, t.widths().length);
    int[] twips = new int[t.widths().length];
    for (int i = 0; i < twips.length; i++) {
      twips[i] = Math.round(t.widths()[i] * Docx.MM);
    }
    Docx.columns(table, twips);
    int r = 0;
    for (Official.Row row : t.header()) {
      XWPFTableRow x = table.getRow(r++);
      x.setRepeatHeader(true);
      x.setCantSplitRow(true);
      cells(x, row.cells(), null, true, t.size());
    }
    for (Official.Row row : t.rows()) {
      XWPFTableRow x = table.getRow(r++);
      x.setCantSplitRow(true);
      cells(x, row.cells(), t.center(), row.bold(), t.size());
    }
    // a paragraph after the table, so a following block does not join it
    Docx.tight(doc.createParagraph(), ParagraphAlignment.LEFT).setSpacingAfter(120);
  }

  private static void cells(
      XWPFTableRow row, List<String> texts, boolean[] center, boolean bold, float size) {
    for (int c = 0; c < texts.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      boolean centred = center == null || center[c];
      XWPFParagraph p =
          Docx.tight(
              cell.getParagraphs().get(0),
              centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      Docx.run(p, nfc(texts.get(c)), size, bold, false);
    }
  }

  private static void signature(XWPFDocument doc, Official.Signature s) {
    XWPFTable table = borderless(doc, 1, 4500, 4800);
    table.getRow(0).setCantSplitRow(true);
    XWPFTableCell left = table.getRow(0).getCell(0);
    if (!s.recipients().isEmpty()) {
      XWPFParagraph heading = Docx.tight(left.getParagraphs().get(0), ParagraphAlignment.LEFT);
      heading.setSpacingBefore(120);
      Docx.run(heading, nfc(s.recipientsLabel()), 12, true, true);
      for (String recipient : s.recipients()) {
        Docx.run(
            Docx.tight(left.addParagraph(), ParagraphAlignment.LEFT),
            nfc(recipient),
            11,
            false,
            false);
      }
    }
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph authority = line(right.getParagraphs().get(0), nfc(s.authority()), 14, true);
    authority.setSpacingBefore(120);
    line(right.addParagraph(), nfc(s.title()), 14, true);
    for (int i = 0; i < 4; i++) {
      line(right.addParagraph(), "", 14, false);
    }
    line(right.addParagraph(), nfc(s.name()), 14, true);
  }

  private static XWPFParagraph line(XWPFParagraph p, String text, double size, boolean bold) {
    Docx.tight(p, ParagraphAlignment.CENTER);
    Docx.run(p, text, size, bold, false);
    return p;
  }

  private static XWPFTable borderless(XWPFDocument doc, int rows, int... widths) {
    XWPFTable table = doc.createTable(rows, widths.length);
    table.removeBorders();
    Docx.columns(table, widths);
    return table;
  }

  /** The page number centred at the top, none on the first page. */
  private static void pageNumbers(XWPFDocument doc) {
    doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    var header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = Docx.tight(header.createParagraph(), ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    var run = field.addNewR();
    var props = run.addNewRPr();
    var fonts = props.addNewRFonts();
    fonts.setAscii(Docx.FONT);
    fonts.setHAnsi(Docx.FONT);
    props.addNewSz().setVal(BigInteger.valueOf(26));
    run.addNewT().setStringValue("2");
  }

  /**
   * Ends the portrait section here (its first page without a number); what follows is the last
   * section, numbered on every page.
   */
  private static CTSectPr portraitBreak(XWPFDocument doc, CTSectPr last) {
    XWPFParagraph p = Docx.tight(doc.createParagraph(), ParagraphAlignment.LEFT);
    var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTSectPr first = ppr.addNewSectPr();
    for (CTHdrFtrRef ref : last.getHeaderReferenceList()) {
      CTHdrFtrRef copy = first.addNewHeaderReference();
      copy.setType(ref.getType());
      copy.setId(ref.getId());
    }
    for (int i = last.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
      if (last.getHeaderReferenceArray(i).getType() == STHdrFtr.FIRST) {
        last.removeHeaderReference(i);
      }
    }
    if (last.isSetTitlePg()) {
      last.unsetTitlePg();
    }
    first.addNewTitlePg();
    return first;
  }
}
