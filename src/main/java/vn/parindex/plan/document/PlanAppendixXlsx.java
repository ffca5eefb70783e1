package vn.parindex.plan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import vn.parindex.plan.Plan;
import vn.parindex.plan.Wording;

/**
 * The appendix alone as a workbook for tracking: the published table plus who is responsible and
 * the deadline in their own columns; points as numbers shown with 2 decimals.
 */
public final class PlanAppendixXlsx {

  /** Rows 1–2 hold the title and the citing line; the table header is on row 4. */
  public static final int HEADER_ROW = 3;

  private static final int[] WIDTHS = {6, 32, 8, 8, 34, 34, 18, 18, 11};

  public byte[] render(Plan plan) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet(Wording.get("doc.appendix.sheet"));
      Styles styles = new Styles(book);
      title(sheet, 0, plan.appendixTitle().toUpperCase(Locale.forLanguageTag("vi")), styles.title);
      title(sheet, 1, AppendixRows.cite(plan), styles.cite);
      Row head = sheet.createRow(HEADER_ROW);
      List<String> headers = new ArrayList<>(AppendixRows.headers());
      headers.add(Wording.get("doc.col.responsible"));
      headers.add(Wording.get("doc.col.deadline"));
      for (int c = 0; c < headers.size(); c++) {
        text(head, c, headers.get(c), styles.header);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int r = HEADER_ROW + 1;
      for (AppendixRow line : AppendixRows.rows(plan)) {
        Row row = sheet.createRow(r++);
        boolean bold = line.bold();
        List<String> texts =
            Arrays.asList(
                line.code(),
                line.content(),
                null,
                null,
                line.reason(),
                line.measure(),
                line.note(),
                line.responsible(),
                null);
        for (int c = 0; c < texts.size(); c++) {
          if (c != 2 && c != 3 && c != 8) {
            text(row, c, texts.get(c), styles.text(bold && c < 2));
          }
        }
        number(row, 2, line.max(), styles.number(bold));
        number(row, 3, line.points(), styles.number(bold));
        Cell deadline = row.createCell(8);
        deadline.setCellStyle(styles.date);
        if (line.deadline() != null) {
          deadline.setCellValue(line.deadline());
        }
        row.setHeightInPoints(XlsxRowHeight.of(texts, WIDTHS, bold));
      }
      head.setHeightInPoints(XlsxRowHeight.of(headers, WIDTHS, true));
      XlsxPrint.asAnnex(sheet, HEADER_ROW, 0);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void title(XSSFSheet sheet, int r, String text, CellStyle style) {
    Row row = sheet.createRow(r);
    text(row, 0, text, style);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
  }

  private static void text(Row row, int c, String text, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellStyle(style);
    if (text != null) {
      cell.setCellValue(PlanPdfDocument.nfc(text));
    }
  }

  private static void number(Row row, int c, java.math.BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  /** The few cell styles a workbook needs, made once. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle cite;
    final CellStyle header;
    final CellStyle date;
    private final CellStyle[] texts = new CellStyle[2];
    private final CellStyle[] numbers = new CellStyle[2];

    Styles(XSSFWorkbook book) {
      // the default font too, so blank cells and column widths follow Times New Roman
      book.getFontAt(0).setFontName(Docx.FONT);
      title = base(book, true, false, HorizontalAlignment.CENTER);
      title.setWrapText(false);
      cite = base(book, false, true, HorizontalAlignment.CENTER);
      cite.setWrapText(false);
      header = bordered(base(book, true, false, HorizontalAlignment.CENTER));
      date = bordered(base(book, false, false, HorizontalAlignment.CENTER));
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      for (int b = 0; b < 2; b++) {
        texts[b] = bordered(base(book, b == 1, false, HorizontalAlignment.LEFT));
        numbers[b] = bordered(base(book, b == 1, false, HorizontalAlignment.CENTER));
        // Vietnamese (LCID 042A): a decimal comma wherever the workbook is opened
        numbers[b].setDataFormat(book.createDataFormat().getFormat("[$-42A]0.00"));
      }
    }

    CellStyle text(boolean bold) {
      return texts[bold ? 1 : 0];
    }

    CellStyle number(boolean bold) {
      return numbers[bold ? 1 : 0];
    }

    private static CellStyle base(
        XSSFWorkbook book, boolean bold, boolean italic, HorizontalAlignment align) {
      XSSFFont font = book.createFont();
      font.setFontName(Docx.FONT);
      font.setFontHeightInPoints((short) 12);
      font.setBold(bold);
      font.setItalic(italic);
      CellStyle style = book.createCellStyle();
      style.setFont(font);
      style.setAlignment(align);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      style.setWrapText(true);
      return style;
    }

    private static CellStyle bordered(CellStyle style) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
