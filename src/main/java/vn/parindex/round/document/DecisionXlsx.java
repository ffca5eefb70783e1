package vn.parindex.round.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.document.Docx;
import vn.parindex.document.XlsxPrint;
import vn.parindex.document.XlsxRowHeight;

/**
 * The decision's annex as a workbook: printable (A4 landscape, one page wide, header repeated),
 * rows as tall as their wrapped text, points and percentages as numbers shown with a decimal comma,
 * the rank as a whole number.
 */
public final class DecisionXlsx {

  /** Rows 1–3 hold the title, the subject and the citing line; the table header is on row 5. */
  public static final int HEADER_ROW = 4;

  private DecisionXlsx() {}

  public static byte[] render(Decision d) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet(DocWords.get("annex.sheet"));
      book.getFontAt(0).setFontName(Docx.FONT);
      List<String> headers = DecisionDocument.headers(d);
      int[] widths = widths(d.areas().size());
      CellStyle title = style(book, true, false, HorizontalAlignment.CENTER, false);
      CellStyle cite = style(book, false, true, HorizontalAlignment.CENTER, false);
      title(sheet, 0, DocWords.get("annex.title"), title, widths.length);
      title(sheet, 1, DecisionDocument.annexSubject(d), title, widths.length);
      title(sheet, 2, DecisionDocument.cite(d), cite, widths.length);
      CellStyle header = style(book, true, false, HorizontalAlignment.CENTER, true);
      CellStyle text = style(book, false, false, HorizontalAlignment.LEFT, true);
      CellStyle centred = style(book, false, false, HorizontalAlignment.CENTER, true);
      CellStyle number = style(book, false, false, HorizontalAlignment.CENTER, true);
      // Vietnamese (LCID 042A): a decimal comma wherever the workbook is opened
      number.setDataFormat(book.createDataFormat().getFormat("[$-42A]0.00"));
      CellStyle whole = style(book, false, false, HorizontalAlignment.CENTER, true);
      whole.setDataFormat(book.createDataFormat().getFormat("0"));
      Row head = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < headers.size(); c++) {
        text(head, c, headers.get(c), header);
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      head.setHeightInPoints(XlsxRowHeight.of(headers, widths, true));
      int r = HEADER_ROW + 1;
      int areas = d.areas().size();
      for (Decision.Line line : d.lines()) {
        Row row = sheet.createRow(r);
        List<String> cells = DecisionDocument.cells(line, r - HEADER_ROW);
        whole(row, 0, r - HEADER_ROW, whole);
        text(row, 1, line.unit(), text);
        for (int a = 0; a < areas; a++) {
          number(row, 2 + a, line.areaPoints().get(a), number);
        }
        number(row, 2 + areas, line.total(), number);
        number(row, 3 + areas, line.percent(), number);
        whole(row, 4 + areas, line.rank(), whole);
        text(row, 5 + areas, line.band(), centred);
        text(row, 6 + areas, cells.get(cells.size() - 1), centred);
        row.setHeightInPoints(XlsxRowHeight.of(cells, widths, false));
        r++;
      }
      legend(book, sheet, d, widths);
      XlsxPrint.asAnnex(sheet, HEADER_ROW, 2);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first row of the area legend: one blank row below the table's last line. */
  public static int legendRow(Decision d) {
    return HEADER_ROW + d.lines().size() + 2;
  }

  /**
   * The legend the DOCX and PDF print below the table (the header names an area by its code only),
   * one area a row across the table's width, wrapped and as tall as its text.
   */
  private static void legend(XSSFWorkbook book, XSSFSheet sheet, Decision d, int[] widths) {
    CellStyle style = style(book, false, false, HorizontalAlignment.LEFT, false);
    style.setWrapText(true);
    int[] across = {Arrays.stream(widths).sum()};
    int r = legendRow(d);
    for (String line : DecisionDocument.legend(d)) {
      title(sheet, r, line, style, widths.length);
      sheet.getRow(r).setHeightInPoints(XlsxRowHeight.of(List.of(line), across, false));
      r++;
    }
  }

  /** Column widths in characters: STT, unit, the areas, total, %, rank, band, change. */
  private static int[] widths(int areas) {
    int[] widths = new int[areas + 7];
    Arrays.fill(widths, 11);
    widths[0] = 6;
    widths[1] = 30;
    widths[2 + areas + 3] = 16;
    widths[2 + areas + 4] = 16;
    return widths;
  }

  private static void title(XSSFSheet sheet, int r, String text, CellStyle style, int columns) {
    Row row = sheet.createRow(r);
    text(row, 0, text, style);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
  }

  private static void text(Row row, int c, String text, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellStyle(style);
    if (text != null) {
      cell.setCellValue(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
    }
  }

  private static void number(Row row, int c, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  private static void whole(Row row, int c, int value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellStyle(style);
    cell.setCellValue(value);
  }

  private static CellStyle style(
      XSSFWorkbook book, boolean bold, boolean italic, HorizontalAlignment align, boolean border) {
    XSSFFont font = book.createFont();
    font.setFontName(Docx.FONT);
    font.setFontHeightInPoints((short) 12);
    font.setBold(bold);
    font.setItalic(italic);
    CellStyle style = book.createCellStyle();
    style.setFont(font);
    style.setAlignment(align);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(border);
    if (border) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }
}
