package vn.parindex.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.input.SpreadsheetText;
import vn.parindex.input.Text;

/**
 * A list as an XLSX workbook: bold header row, frozen below the header, numbers as numbers, dates
 * as dates, text in NFC, column widths fitted to the longest cell (no AWT font metrics needed).
 */
public final class ListXlsx {

  private static final int MAX_WIDTH_CHARS = 80;

  private ListXlsx() {}

  public static byte[] write(ListExport list) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(Text.clean(list.name())));
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle asText = book.createCellStyle();
      asText.setQuotePrefixed(true);
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
      int[] widths = new int[list.headers().size()];
      Row top = sheet.createRow(0);
      for (int c = 0; c < list.headers().size(); c++) {
        String text = Text.clean(list.headers().get(c));
        top.createCell(c).setCellValue(text);
        top.getCell(c).setCellStyle(header);
        widths[c] = text.length();
      }
      int r = 1;
      for (List<Object> cells : list.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < cells.size(); c++) {
          Object v = cells.get(c);
          var cell = row.createCell(c);
          String shown;
          if (v == null) {
            shown = "";
          } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(decimal);
            shown = d.toPlainString();
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            shown = n.toString();
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
            shown = "00/00/0000";
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
            shown = b.toString();
          } else {
            shown = Text.clean(v.toString());
            cell.setCellValue(shown);
            if (SpreadsheetText.looksLikeFormula(shown)) {
              cell.setCellStyle(asText); // stays text when someone edits the cell in Excel
            }
          }
          if (c < widths.length) {
            widths[c] = Math.max(widths[c], shown.length());
          }
        }
      }
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 2) * 256);
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
