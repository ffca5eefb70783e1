package bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile uploads: zip bombs (honest and lying about their sizes), broken packages, XML attacks,
 * cells, columns and rows past the bounds, binary and malformed CSV. {@code scale} sets the size of
 * the bombs (MB they expand to) and of the tables; the test corpus in {@code
 * src/test/resources/hostile} is {@code write(dir, 24)} (run with bench/imports.sh --corpus DIR),
 * the bench's larger one uses 1,100 (14.7 MB → 1.1 GB).
 */
public final class HostileFiles {

  private HostileFiles() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile");
    int scale = args.length > 1 ? Integer.parseInt(args[1]) : 24;
    Files.createDirectories(dir);
    for (var file : all(scale).entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /** File name (its extension the kind it claims) → content. */
  public static Map<String, byte[]> all(int scaleMb) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    // the padding is streamed into the zip: only the compressed bombs are ever in memory
    long spaces = scaleMb * 1024L * 1024L;
    files.put("bomb-sheet.xlsx", xlsx(sheetPadded(spaces), false));
    files.put("bomb-sheet-lying.xlsx", xlsx(sheetPadded(spaces), true));
    files.put("bomb-document.docx", docx(documentPadded(spaces), false));
    files.put("bomb-document-lying.docx", docx(documentPadded(spaces), true));
    files.put("bomb-rels.xlsx", bombRels(spaces));
    files.put(
        "truncated.xlsx",
        Arrays.copyOf(
            xlsx(
                sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>STT</t></is></c></row>"),
                false),
            300));
    files.put("not-a-package.docx", zip(List.of("hello.txt", "không phải tài liệu Word")));
    files.put("empty.xlsx", zip(List.of()));
    files.put(
        "xxe.xlsx",
        xlsx(
            XML
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\""
                + ImportTables.MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>",
            false));
    files.put(
        "billion-laughs.docx",
        docx(
            XML
                + "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><w:document xmlns:w=\""
                + ImportTables.WORD
                + "\"><w:body><w:p><w:r><w:t>&g;</w:t></w:r></w:p></w:body></w:document>",
            false));
    files.put(
        "far-column.xlsx",
        xlsx(
            sheet("<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>STT</t></is></c></row>"),
            false));
    files.put(
        "far-row.xlsx",
        xlsx(
            sheet(
                "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>STT</t></is></c></row>"),
            false));
    files.put(
        "bad-string-index.xlsx",
        xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c></row>"), false));
    files.put(
        "huge-cell.xlsx",
        xlsx(
            sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                    + "x".repeat(40_000)
                    + "</t></is></c></row>"),
            false));
    files.put(
        "huge-cell.csv",
        ("STT,Nội dung\n1,\"" + "x".repeat(40_000) + "\"\n").getBytes(StandardCharsets.UTF_8));
    files.put("wide-row.csv", (",".repeat(5_000) + "x\n").getBytes(StandardCharsets.UTF_8));
    files.put(
        "unbalanced-quote.csv",
        "STT,Nội dung\n1,\"không đóng ngoặc\n2,x\n".getBytes(StandardCharsets.UTF_8));
    files.put("binary.csv", new byte[] {'S', 'T', 'T', 0, 1, 2, (byte) 0xFF, (byte) 0xFE});
    files.put("latin1.csv", "STT,N\u00f4i dung\n".getBytes(StandardCharsets.ISO_8859_1));
    files.put(
        "deep-nesting.docx",
        docx(
            XML
                + "<w:document xmlns:w=\""
                + ImportTables.WORD
                + "\"><w:body>"
                + "<w:tbl><w:tr><w:tc>".repeat(2_000)
                + "</w:tc></w:tr></w:tbl>".repeat(2_000)
                + "</w:body></w:document>",
            false));
    files.put("many-entries.xlsx", manyEntries(scaleMb >= 100 ? 2_500 : 300));
    return files;
  }

  static final String XML = ImportTables.XML;

  /**
   * A bomb of real rows, compressing about as well as the one that ran the server out of memory (75
   * times, under POI's own ratio guard): an XLSX sheet or DOCX table expanding to {@code mb}.
   */
  public static byte[] rowsBomb(int mb, boolean docx) {
    long bytes = mb * 1024L * 1024L;
    if (docx) {
      return docx(
          StreamedZip.rows(
              XML + "<w:document xmlns:w=\"" + ImportTables.WORD + "\"><w:body><w:tbl>",
              bytes,
              r ->
                  "<w:tr><w:tc><w:p><w:r><w:t>Tiêu chí thành phần "
                      + r
                      + "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>",
              "</w:tbl></w:body></w:document>"),
          false);
    }
    return xlsx(
        StreamedZip.rows(
            XML + "<worksheet xmlns=\"" + ImportTables.MAIN + "\"><sheetData>",
            bytes,
            r ->
                "<row r=\""
                    + r
                    + "\"><c r=\"A"
                    + r
                    + "\" t=\"inlineStr\"><is><t>Tiêu chí thành phần về cải cách hành chính</t></is>"
                    + "</c><c r=\"B"
                    + r
                    + "\"><v>1</v></c></row>",
            "</sheetData></worksheet>"),
        false);
  }

  static String sheet(String rows) {
    return XML
        + "<worksheet xmlns=\""
        + ImportTables.MAIN
        + "\"><sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  /** A sheet whose one cell is followed by spaces expanding to the bomb's size. */
  static StreamedZip.Content sheetPadded(long spaces) {
    return StreamedZip.padded(
        sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>STT</t></is></c></row>")
            .replace("</sheetData></worksheet>", ""),
        spaces,
        "</sheetData></worksheet>");
  }

  static StreamedZip.Content documentPadded(long spaces) {
    return StreamedZip.padded(
        XML
            + "<w:document xmlns:w=\""
            + ImportTables.WORD
            + "\"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>",
        spaces,
        "</w:body></w:document>");
  }

  static byte[] xlsx(String sheetXml, boolean lying) {
    return xlsx(sheetXml.getBytes(StandardCharsets.UTF_8), lying);
  }

  static byte[] xlsx(byte[] sheetXml, boolean lying) {
    return xlsx(StreamedZip.bytes(sheetXml), lying);
  }

  static byte[] xlsx(StreamedZip.Content sheetXml, boolean lying) {
    Map<String, byte[]> entries = entries(ImportTables.xlsx(1));
    entries.remove("xl/sharedStrings.xml");
    byte[] zip = StreamedZip.zip(entries, Map.of("xl/worksheets/sheet1.xml", sheetXml));
    return lying ? lie(zip) : zip;
  }

  static byte[] docx(String documentXml, boolean lying) {
    return docx(StreamedZip.bytes(documentXml.getBytes(StandardCharsets.UTF_8)), lying);
  }

  static byte[] docx(StreamedZip.Content documentXml, boolean lying) {
    Map<String, byte[]> entries = entries(ImportTables.docx(1));
    byte[] zip = StreamedZip.zip(entries, Map.of("word/document.xml", documentXml));
    return lying ? lie(zip) : zip;
  }

  /** A relationships part POI would parse whole, padded to the bomb's size. */
  static byte[] bombRels(long spaces) {
    Map<String, byte[]> entries = entries(ImportTables.xlsx(1));
    String rels = new String(entries.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
    int end = rels.lastIndexOf("</Relationships>");
    return StreamedZip.zip(
        entries,
        Map.of(
            "xl/_rels/workbook.xml.rels",
            StreamedZip.padded(rels.substring(0, end), spaces, "</Relationships>")));
  }

  static byte[] manyEntries(int count) {
    Map<String, byte[]> entries = entries(ImportTables.xlsx(1));
    for (int i = 0; i < count; i++) {
      entries.put("xl/media/image" + i + ".bin", new byte[] {1});
    }
    return zip(entries);
  }

  /** Rewrites every central-directory entry to declare 1,000 bytes, whatever it holds. */
  static byte[] lie(byte[] zip) {
    byte[] out = zip.clone();
    for (int i = 0; i + 46 < out.length; i++) {
      if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
        out[i + 24] = (byte) 0xE8;
        out[i + 25] = 3;
        out[i + 26] = 0;
        out[i + 27] = 0;
      }
    }
    return out;
  }

  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] zip(List<String> nameThenText) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < nameThenText.size(); i += 2) {
      entries.put(nameThenText.get(i), nameThenText.get(i + 1).getBytes(StandardCharsets.UTF_8));
    }
    return zip(entries);
  }

  static List<String> names(int scaleMb) {
    return new ArrayList<>(all(scaleMb).keySet());
  }
}
