package bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Score tables of any length in the appendix layout, as CSV, XLSX and DOCX, written directly (the
 * XML of the packages by hand, so that generating 100,000 rows costs far less than importing them):
 * areas "1".."k" of 999 points, each followed by its items "a.1".."a.999" of 1 point with a
 * seed-length reason on every fourth. Rows = k + items, so 10,000 rows are 10 areas of 999 items.
 */
public final class ImportTables {

  static final List<String> HEADER =
      List.of(
          "STT",
          "Nội dung/tiêu chí/tiêu chí thành phần bị mất điểm",
          "Điểm chuẩn",
          "Số điểm",
          "Lí do mất điểm",
          "Biện pháp khắc phục",
          "Ghi chú");

  private ImportTables() {}

  /** The header row, then {@code rows} rows of cells. */
  public static List<List<String>> rows(int rows) {
    List<List<String>> all = new ArrayList<>(rows + 1);
    all.add(HEADER);
    int area = 0;
    int item = 999;
    for (int r = 0; r < rows; r++) {
      if (item == 999) {
        area++;
        item = 0;
        all.add(row(String.valueOf(area), "Lĩnh vực " + area, "999", "998.5", "", ""));
        continue;
      }
      item++;
      boolean lost = item % 4 == 0;
      all.add(
          row(
              area + "." + item,
              "Tiêu chí thành phần " + area + "." + item + " về cải cách thủ tục hành chính",
              "1",
              lost ? "0,5" : "1",
              lost ? "Chưa công khai đầy đủ thủ tục hành chính trên cổng dịch vụ công; " : "",
              lost ? "Giao công chức Văn phòng – Thống kê rà soát, cập nhật trong quý I" : ""));
    }
    return all;
  }

  private static List<String> row(
      String code, String name, String max, String points, String reason, String measure) {
    return List.of(code, name, max, points, reason, measure, "");
  }

  public static byte[] csv(int rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows(rows)) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        String cell = row.get(c);
        out.append(cell.contains(",") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      out.append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One sheet, shared strings for text and numeric cells for codes of areas and maxima. */
  public static byte[] xlsx(int rows) {
    List<String> strings = new ArrayList<>();
    StringBuilder sheet = new StringBuilder(rows * 200);
    sheet.append(XML).append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetData>");
    int r = 0;
    for (List<String> row : rows(rows)) {
      r++;
      sheet.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        if (cell.isEmpty()) {
          continue;
        }
        String ref = (char) ('A' + c) + String.valueOf(r);
        boolean number = r > 1 && (c == 2 || (c == 0 && cell.indexOf('.') < 0));
        if (number) {
          sheet.append("<c r=\"").append(ref).append("\"><v>").append(cell).append("</v></c>");
        } else {
          strings.add(cell);
          sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>");
          sheet.append(strings.size() - 1).append("</v></c>");
        }
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    StringBuilder shared = new StringBuilder(strings.size() * 60);
    shared.append(XML).append("<sst xmlns=\"").append(MAIN).append("\" count=\"");
    shared.append(strings.size()).append("\" uniqueCount=\"").append(strings.size()).append("\">");
    strings.forEach(s -> shared.append("<si><t>").append(escape(s)).append("</t></si>"));
    shared.append("</sst>");
    return zip(
        List.of(
            "[Content_Types].xml",
            XML
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>",
            "_rels/.rels",
            XML
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>",
            "xl/workbook.xml",
            XML
                + "<workbook xmlns=\""
                + MAIN
                + "\" xmlns:r=\""
                + REL
                + "\"><sheets><sheet name=\"Phụ lục\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels",
            XML
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>",
            "xl/worksheets/sheet1.xml",
            sheet.toString(),
            "xl/sharedStrings.xml",
            shared.toString()));
  }

  /** Two paragraphs of plan text, then the table. */
  public static byte[] docx(int rows) {
    StringBuilder doc = new StringBuilder(rows * 400);
    doc.append(XML).append("<w:document xmlns:w=\"").append(WORD).append("\"><w:body>");
    paragraph(doc, "KẾ HOẠCH Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2024");
    paragraph(doc, "Năm 2024, UBND xã đứng thứ 11/18 xã, thị trấn, bị trừ 6.47 điểm.");
    doc.append("<w:tbl>");
    for (List<String> row : rows(rows)) {
      doc.append("<w:tr>");
      for (String cell : row) {
        doc.append("<w:tc>");
        paragraph(doc, cell);
        doc.append("</w:tc>");
      }
      doc.append("</w:tr>");
    }
    doc.append("</w:tbl><w:sectPr/></w:body></w:document>");
    return zip(
        List.of(
            "[Content_Types].xml",
            XML
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>",
            "_rels/.rels",
            XML
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>",
            "word/document.xml",
            doc.toString()));
  }

  private static void paragraph(StringBuilder doc, String text) {
    doc.append("<w:p>");
    if (!text.isEmpty()) {
      doc.append("<w:r><w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
    }
    doc.append("</w:p>");
  }

  static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Entries as (name, text) pairs, deflated. */
  static byte[] zip(List<String> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.size(); i += 2) {
        zip.putNextEntry(new ZipEntry(entries.get(i)));
        zip.write(entries.get(i + 1).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String describe(byte[] bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes.length / 1e6);
  }
}
