package vn.parindex.plan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import vn.parindex.document.Docx;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.Wording;

/**
 * The plan as a Word document in the Decree 30/2020 layout: A4 portrait for the plan itself, then
 * the appendix in its own landscape section; page numbers centred at the top from page 2.
 */
public final class PlanDocxDocument {

  static final double BODY = 14;
  static final int INDENT = 720; // 1.27 cm first-line indent

  public byte[] render(Plan plan) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTSectPr last = doc.getDocument().getBody().addNewSectPr();
      pageNumbers(doc);
      DocxHeading.write(doc, plan);
      body(doc, plan);
      DocxSignature.write(doc, plan);
      CTSectPr first = portraitBreak(doc, last);
      Docx.page(first, false, 20, 15, 20, 30);
      Docx.page(last, true, 20, 15, 20, 25);
      DocxAppendix.write(doc, plan);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void body(XWPFDocument doc, Plan plan) {
    for (String basis : plan.legalBases()) {
      Docx.run(paragraph(doc), AppendixRows.text(basis), BODY, false, true);
    }
    for (String text : plan.opening()) {
      Docx.run(paragraph(doc), AppendixRows.text(text), BODY, false, false);
    }
    List<PlanSection> sections = BodySections.of(plan);
    for (int i = 0; i < sections.size(); i++) {
      XWPFParagraph heading = paragraph(doc);
      heading.setKeepNext(true); // never the last line of a page
      Docx.run(heading, (i + 1) + ". " + sections.get(i).heading(), BODY, true, false);
      for (String item : sections.get(i).items()) {
        Docx.run(paragraph(doc), "- " + item, BODY, false, false);
      }
    }
    if (!plan.closing().isEmpty()) {
      XWPFParagraph closing = paragraph(doc);
      closing.setKeepNext(true); // the signature never opens a page alone
      Docx.run(closing, AppendixRows.text(plan.closing()), BODY, false, false);
    }
  }

  /** A justified body paragraph with the first-line indent and 6 pt after. */
  static XWPFParagraph paragraph(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(INDENT);
    p.setSpacingBefore(0);
    p.setSpacingAfter(120);
    return p;
  }

  /** Headers live on the last section; the first section (the plan) shows none on page 1. */
  private static void pageNumbers(XWPFDocument doc) {
    doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = Docx.tight(header.createParagraph(), ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    var run = field.addNewR();
    var props = run.addNewRPr();
    var fonts = props.addNewRFonts();
    fonts.setAscii(Docx.FONT);
    fonts.setHAnsi(Docx.FONT);
    props.addNewSz().setVal(java.math.BigInteger.valueOf(26));
    run.addNewT().setStringValue("2");
  }

  /** Ends the plan's section (portrait, first page without number) before the appendix. */
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

  /** A short centred rule, as under the issuing authority's name. */
  static void rule(XWPFTableCell cell, int indent) {
    XWPFParagraph p = Docx.tight(cell.addParagraph(), ParagraphAlignment.CENTER);
    p.setBorderBottom(Borders.SINGLE);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    Docx.run(p, "", 2, false, false);
  }

  static void underlinedBold(XWPFParagraph p, String text, double size) {
    Docx.run(p, text, size, true, false).setUnderline(UnderlinePatterns.SINGLE);
  }

  static XWPFTable borderless(XWPFDocument doc, int rows, int... widths) {
    XWPFTable table = doc.createTable(rows, widths.length);
    table.removeBorders();
    Docx.columns(table, widths);
    return table;
  }

  static String word(String key, Object... args) {
    return Wording.get(key, args);
  }
}
