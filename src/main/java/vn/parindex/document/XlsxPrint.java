package vn.parindex.document;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How an annex table prints, the same for every document that has one: A4 landscape, one page wide,
 * the header row frozen and repeated on every page, the page number centred at the top.
 */
public final class XlsxPrint {

  private XlsxPrint() {}

  /** Sets the sheet up as a printed annex whose header is {@code headerRow}. */
  public static void asAnnex(Sheet sheet, int headerRow, int frozenColumns) {
    sheet.createFreezePane(frozenColumns, headerRow + 1);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, 0.6);
    sheet.setMargin(PageMargin.RIGHT, 0.4);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    sheet.getHeader().setCenter("&\"Times New Roman\"&12&P");
  }
}
