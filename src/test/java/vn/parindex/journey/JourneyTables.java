package vn.parindex.journey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
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

/**
 * The seed's appendix table as the officer would have it: the classpath CSV, the same table typed
 * into Excel (codes stored as numbers, decimal commas) and left in a Word document.
 */
final class JourneyTables {

  /** The lost criteria of the seed, in the order of the table. */
  static final List<String> LOST_CODES =
      List.of(
          "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "4.1",
          "4.2", "4.3", "5.1");

  private JourneyTables() {}

  static byte[] csv() {
    try (InputStream in = JourneyTables.class.getResourceAsStream("/demo/vinh-chap-2024.csv")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String csvText() {
    return new String(csv(), StandardCharsets.UTF_8);
  }

  static List<List<String>> rows() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(csvText()))) {
      List<String> cells = new ArrayList<>();
      r.forEach(cells::add);
      rows.add(cells);
    }
    return rows;
  }

  static byte[] xlsx() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Phụ lục");
      sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC KẾT QUẢ CHỈ SỐ CCHC NĂM 2024");
      List<List<String>> rows = rows();
      for (int i = 0; i < rows.size(); i++) {
        XSSFRow row = sheet.createRow(i + 2);
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

  static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph()
          .createRun()
          .setText("KẾ HOẠCH Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2024");
      List<List<String>> rows = rows();
      XWPFTable table = doc.createTable(1, 7);
      for (int c = 0; c < 7; c++) {
        table.getRow(0).getCell(c).setText(rows.get(0).get(c));
      }
      for (List<String> cells : rows.subList(1, rows.size())) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < 7; c++) {
          row.getCell(c).setText(cells.get(c));
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** Writes bytes to a temporary file with the given name, as a user's file on disk. */
  static Path file(Path dir, String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }
}
