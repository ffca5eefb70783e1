package vn.parindex.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Word primitives in the Decree 30 style: Times New Roman, sizes in points, lengths in twips. */
public final class Docx {

  public static final String FONT = "Times New Roman";
  public static final int MM = 57; // twips per millimetre, rounded down (56.7)

  private Docx() {}

  public static XWPFRun run(
      XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
    return run;
  }

  /** A paragraph with no space around it, aligned as asked. */
  public static XWPFParagraph tight(XWPFParagraph p, ParagraphAlignment align) {
    p.setAlignment(align);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    return p;
  }

  /** A paragraph in a table cell: the first one the cell came with, then new ones. */
  public static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
    return first ? cell.getParagraphs().get(0) : cell.addParagraph();
  }

  /** Fixed column widths (twips) so Word and LibreOffice lay the table out alike. */
  public static void columns(XWPFTable table, int... widths) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    table.setWidth(String.valueOf(total));
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    table
        .getRows()
        .forEach(
            row -> {
              for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidth(String.valueOf(widths[i]));
              }
            });
  }

  /** A4 with the given margins in millimetres; landscape swaps the sides. */
  public static void page(
      CTSectPr sect, boolean landscape, int top, int right, int bottom, int left) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    int shortSide = 11906;
    int longSide = 16838;
    size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
    size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(top * MM));
    mar.setRight(BigInteger.valueOf(right * MM));
    mar.setBottom(BigInteger.valueOf(bottom * MM));
    mar.setLeft(BigInteger.valueOf(left * MM));
    mar.setHeader(BigInteger.valueOf(10 * MM));
    mar.setFooter(BigInteger.valueOf(10 * MM));
  }
}
