package vn.parindex.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.ImportCommand;

/** The seed's appendix table (classpath demo CSV) and the same table written as XLSX and DOCX. */
public final class SeedTables {

  private SeedTables() {}

  /**
   * The seed's 2024 table as a published import for a unit: its stated loss (6.47) and rank (11/18,
   * up 3), against the partial criteria set the import builds.
   */
  public static ImportCommand publishedImport(String unitCode) throws IOException {
    return new ImportCommand(
        unitCode,
        2024,
        null,
        AssessmentStage.PUBLISHED,
        "vinh-chap-2024.csv",
        csv(),
        new BigDecimal("6.47"),
        new StatedRank(11, 18, 3));
  }

  public static byte[] csv() throws IOException {
    try (InputStream in = SeedTables.class.getResourceAsStream("/demo/vinh-chap-2024.csv")) {
      return in.readAllBytes();
    }
  }

  public static List<List<String>> rows() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.DEFAULT.parse(new StringReader(new String(csv(), StandardCharsets.UTF_8)))) {
      List<String> cells = new ArrayList<>();
      r.forEach(cells::add);
      rows.add(cells);
    }
    return rows;
  }

  /** A title row first, codes as numeric cells where Excel would store them, points with commas. */
  public static byte[] xlsx() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Phụ lục");
      sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC KẾT QUẢ CHỈ SỐ CCHC NĂM 2024");
      int r = 2;
      List<List<String>> rows = rows();
      for (int i = 0; i < rows.size(); i++) {
        XSSFRow row = sheet.createRow(r++);
        List<String> cells = rows.get(i);
        for (int c = 0; c < cells.size(); c++) {
          String text = cells.get(c);
          if (i > 0 && c == 0 && text.matches("\\d+(\\.\\d)?")) {
            row.createCell(c).setCellValue(Double.parseDouble(text));
          } else if (i > 0 && c == 2) {
            row.createCell(c).setCellValue(Double.parseDouble(text));
          } else if (i > 0 && c == 3) {
            row.createCell(c).setCellValue(text.replace('.', ','));
          } else {
            row.createCell(c).setCellValue(text);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  /** Plan paragraphs, then the table with row 1.3 split in two (a continuation row). */
  public static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph()
          .createRun()
          .setText("KẾ HOẠCH Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2024");
      doc.createParagraph()
          .createRun()
          .setText(
              "Năm 2024, UBND xã Vĩnh Chấp đứng thứ 11/18 xã, thị trấn trên toàn huyện (tăng 3 bậc so"
                  + " với năm 2023), bị trừ 6.47 điểm.");
      List<List<String>> rows = rows();
      XWPFTable table = doc.createTable(1, 7);
      for (int c = 0; c < 7; c++) {
        table.getRow(0).getCell(c).setText(rows.get(0).get(c));
      }
      for (int i = 1; i < rows.size(); i++) {
        List<String> cells = rows.get(i);
        XWPFTableRow row = table.createRow();
        boolean split = "1.3".equals(cells.get(0));
        for (int c = 0; c < 7; c++) {
          String text = cells.get(c);
          if (split && c == 4) {
            text = text.substring(0, text.indexOf(" hình"));
          }
          row.getCell(c).setText(c == 1 && i == 1 ? "<b>" + text + "</b>" : text);
        }
        if (split) {
          XWPFTableRow rest = table.createRow();
          for (int c = 0; c < 7; c++) {
            rest.getCell(c)
                .setText(c == 4 ? cells.get(4).substring(cells.get(4).indexOf(" hình") + 1) : "");
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The 16 criteria that lost points, in order: the appendix lines of the plan. */
  public static final List<String> LOST_CODES =
      List.of(
          "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "4.1",
          "4.2", "4.3", "5.1");

  public static String csvText() throws IOException {
    return new String(csv(), StandardCharsets.UTF_8);
  }

  /** Writes bytes to a temporary file with the given name, as a user's file on disk. */
  public static Path file(Path dir, String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }
}
