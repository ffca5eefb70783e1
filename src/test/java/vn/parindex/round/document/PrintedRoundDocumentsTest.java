package vn.parindex.round.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The round's documents as LibreOffice prints them (one conversion for all files), and our own
 * PDFs: no heading is the last text of a page, and no table row loses text. Needs LibreOffice and
 * pdftotext (bin/test installs them): fails without.
 */
class PrintedRoundDocumentsTest {

  private static final String SOFFICE = tool("PARINDEX_TEST_SOFFICE", "/usr/bin/soffice");
  private static final String PDFTOTEXT = tool("PARINDEX_TEST_PDFTOTEXT", "/usr/bin/pdftotext");

  /** The prints: LibreOffice's of the Word files, and the PDFs made by the application. */
  private static final List<String> PRINTS =
      List.of(
          "report",
          "long-report",
          "decision",
          "report-openpdf",
          "long-report-openpdf",
          "decision-openpdf");

  private static Path dir;

  @BeforeAll
  static void print() throws Exception {
    assertThat(Path.of(SOFFICE)).as("LibreOffice (soffice) is needed").isExecutable();
    assertThat(Path.of(PDFTOTEXT)).as("pdftotext (poppler-utils) is needed").isExecutable();
    dir = Files.createDirectories(Path.of("target/printed-round"));
    Files.write(dir.resolve("report.docx"), SelfReportDocument.docx(Samples.report(false)));
    Files.write(dir.resolve("long-report.docx"), SelfReportDocument.docx(Samples.longReport()));
    Files.write(dir.resolve("decision.docx"), DecisionDocument.docx(Samples.decision(40)));
    Files.write(dir.resolve("decision-sheet.xlsx"), DecisionXlsx.render(Samples.decision(40)));
    Files.write(dir.resolve("report-openpdf.pdf"), SelfReportDocument.pdf(Samples.report(false)));
    Files.write(
        dir.resolve("long-report-openpdf.pdf"), SelfReportDocument.pdf(Samples.longReport()));
    Files.write(dir.resolve("decision-openpdf.pdf"), DecisionDocument.pdf(Samples.decision(40)));
    Path profile = Files.createTempDirectory("parindex-lo");
    Process lo =
        new ProcessBuilder(
                SOFFICE,
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                dir.resolve("report.docx").toString(),
                dir.resolve("long-report.docx").toString(),
                dir.resolve("decision.docx").toString(),
                dir.resolve("decision-sheet.xlsx").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(lo.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    assertThat(lo.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }

  @Test
  void noHeadingIsTheLastTextOfAPage() throws Exception {
    List<String> headings =
        List.of(
            DocWords.get("report.section1"),
            DocWords.get("report.section2"),
            DocWords.get("report.section3"),
            DocWords.get("report.section4"),
            DocWords.get("annex.title"),
            DecisionDocument.annexSubject(Samples.decision(40)));
    for (String name : PRINTS) {
      List<String> pages = pages(name + ".pdf");
      assertThat(pages).as(name).isNotEmpty();
      for (int p = 0; p < pages.size(); p++) {
        for (String heading : headings) {
          assertThat(stranded(pages.get(p), words(heading)))
              .as("%s.pdf page %d ends with the heading «%s»", name, p + 1, heading)
              .isFalse();
        }
      }
    }
    // the long report runs over pages, so some heading did meet a page foot
    assertThat(pages("long-report.pdf").size()).isGreaterThan(2);
  }

  @Test
  void everyWordOfTheTablesPrints() throws Exception {
    for (String name : PRINTS) {
      List<String> expected = new ArrayList<>();
      if (name.startsWith("decision")) {
        Decision d = Samples.decision(40);
        expected.addAll(DecisionDocument.headers(d));
        for (int i = 0; i < d.lines().size(); i++) {
          expected.addAll(DecisionDocument.cells(d.lines().get(i), i + 1));
        }
      } else {
        SelfReport r = name.startsWith("long") ? Samples.longReport() : Samples.report(false);
        for (SelfReport.Line line : r.lines()) {
          expected.add(line.name());
          if (line.note() != null) {
            expected.add(line.note());
          }
        }
      }
      assertThat(missing(expected, String.join(" ", pages(name + ".pdf"))))
          .as("words of the table missing from %s.pdf (a row cut off)", name)
          .isEmpty();
    }
  }

  @Test
  void everyWordOfTheWorkbookPrintsWithDecimalCommas() throws Exception {
    List<String> expected = new ArrayList<>();
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(Files.readAllBytes(dir.resolve("decision-sheet.xlsx"))))) {
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            expected.add(cell.getStringCellValue());
          }
        }
      }
    }
    String printed = String.join(" ", pages("decision-sheet.pdf"));
    assertThat(missing(expected, printed))
        .as("words of the workbook missing from its print")
        .isEmpty();
    assertThat(printed).contains("85,25").contains("tăng 3 bậc").doesNotContain("85.25");
  }

  /** The page ends inside or right after the heading: nothing of what it heads follows it. */
  static boolean stranded(String page, String heading) {
    String start = heading.substring(0, Math.min(heading.length(), 24));
    int at = page.lastIndexOf(start);
    return at >= 0 && heading.startsWith(page.substring(at).strip());
  }

  static List<String> missing(List<String> texts, String printed) {
    Map<String, Integer> found = new HashMap<>();
    for (String w : words(printed).split(" ")) {
      found.merge(w, 1, Integer::sum);
    }
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      for (String w : words(text).split(" ")) {
        if (!w.isEmpty() && found.merge(w, -1, Integer::sum) < 0) {
          missing.add(w);
        }
      }
    }
    return missing;
  }

  static String words(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.replaceAll("[\\s\\u00a0]+", " ").replaceAll("(?<=\\S)[,;:.)]+(?= |$)", "").strip();
  }

  private static List<String> pages(String pdf) throws Exception {
    Path in = dir.resolve(pdf);
    Path out = dir.resolve(pdf + ".txt");
    Process p =
        new ProcessBuilder(PDFTOTEXT, "-enc", "UTF-8", in.toString(), out.toString()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    List<String> pages = new ArrayList<>();
    for (String page : Files.readString(out, StandardCharsets.UTF_8).split("\f")) {
      if (!page.isBlank()) {
        pages.add(words(page));
      }
    }
    return pages;
  }

  private static String tool(String env, String fallback) {
    String value = System.getenv(env);
    return value == null || value.isBlank() ? fallback : value;
  }
}
