package vn.parindex.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A criteria set as a workbook: sheet "Bộ chỉ số" (code, name, max_points, method, params, source;
 * codes as text so 1.10 stays 1.10), sheet "Xếp loại" (min_percent, label) and sheet "Cài đặt" (the
 * set's rules, one a row).
 */
public final class CriteriaSetXlsxExport {

  private CriteriaSetXlsxExport() {}

  public static byte[] write(CriteriaSet set) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = workbook.createSheet("Bộ chỉ số");
      header(sheet, bold, CriteriaSetCsvExport.HEADER);
      for (Criterion c : set.criteria()) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        boolean leaf = set.isLeaf(c.code());
        row.createCell(0).setCellValue(c.code().value());
        row.createCell(1).setCellValue(c.name());
        row.createCell(2).setCellValue(c.maxPoints().doubleValue());
        row.createCell(3).setCellValue(leaf ? c.methodOrManual().kind().code() : "");
        row.createCell(4).setCellValue(leaf ? ParamsText.format(c.methodOrManual()) : "");
        row.createCell(5).setCellValue(c.source() == null ? "" : c.source());
      }
      sheet.setColumnWidth(0, 10 * 256);
      sheet.setColumnWidth(1, 70 * 256);
      sheet.setColumnWidth(2, 12 * 256);
      sheet.setColumnWidth(3, 14 * 256);
      sheet.setColumnWidth(4, 50 * 256);
      sheet.setColumnWidth(5, 22 * 256);
      Sheet bands = workbook.createSheet(CriteriaXlsxReader.BANDS_SHEET);
      header(bands, bold, "min_percent", "label");
      for (ClassificationBand band : set.bands()) {
        Row row = bands.createRow(bands.getLastRowNum() + 1);
        row.createCell(0).setCellValue(band.minPercent().doubleValue());
        row.createCell(1).setCellValue(band.label());
      }
      Sheet rules = workbook.createSheet(CriteriaXlsxReader.RULES_SHEET);
      header(rules, bold, "setting", "value");
      rules.createRow(1).createCell(0).setCellValue("surveyMissing");
      rules.getRow(1).createCell(1).setCellValue(set.rules().surveyMissingCode());
      rules.createRow(2).createCell(0).setCellValue("bonusMax");
      rules.getRow(2).createCell(1).setCellValue(set.rules().bonusMax().doubleValue());
      rules.createRow(3).createCell(0).setCellValue("penaltyMax");
      rules.getRow(3).createCell(1).setCellValue(set.rules().penaltyMax().doubleValue());
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Sheet sheet, CellStyle bold, String... names) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
      row.getCell(i).setCellStyle(bold);
    }
  }
}
