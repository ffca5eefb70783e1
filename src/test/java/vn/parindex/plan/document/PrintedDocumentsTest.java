package vn.parindex.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.PlanSeed;

/**
 * The documents as LibreOffice prints them (one conversion for all files): no heading is the last
 * text of a page, and no cell loses text (a row too short for its wrapped text, or taller than a
 * page, prints cut off). Needs LibreOffice and pdftotext (bin/test installs them): fails without.
 */
class PrintedDocumentsTest {

  private static final String SOFFICE = tool("PARINDEX_TEST_SOFFICE", "/usr/bin/soffice");
  private static final String PDFTOTEXT = tool("PARINDEX_TEST_PDFTOTEXT", "/usr/bin/pdftotext");

  private static Path dir;
  private static Plan seed;
  private static Plan long_;

  @BeforeAll
  static void print() throws Exception {
    assertThat(Path.of(SOFFICE))
        .as("LibreOffice (soffice) is needed to print the documents; bin/test installs it")
        .isExecutable();
    assertThat(Path.of(PDFTOTEXT))
        .as("pdftotext (poppler-utils) is needed; bin/test installs it")
        .isExecutable();
    dir = Files.createDirectories(Path.of("target/printed"));
    seed = PlanSeed.plan();
    long_ = longPlan();
    Files.write(dir.resolve("seed.docx"), new PlanDocxDocument().render(seed));
    Files.write(dir.resolve("long.docx"), new PlanDocxDocument().render(long_));
    Files.write(dir.resolve("seed-sheet.xlsx"), new PlanAppendixXlsx().render(seed));
    Files.write(dir.resolve("long-sheet.xlsx"), new PlanAppendixXlsx().render(long_));
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
                dir.resolve("seed.docx").toString(),
                dir.resolve("long.docx").toString(),
                dir.resolve("seed-sheet.xlsx").toString(),
                dir.resolve("long-sheet.xlsx").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(lo.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    assertThat(lo.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }

  @Test
  void noHeadingIsTheLastTextOfAPage() throws Exception {
    for (Plan plan : List.of(seed, long_)) {
      String name = plan == seed ? "seed" : "long";
      List<String> pages = pages(name + ".pdf");
      List<String> headings = new ArrayList<>();
      List<PlanSection> sections = BodySections.of(plan);
      for (int i = 0; i < sections.size(); i++) {
        headings.add(words((i + 1) + ". " + sections.get(i).heading()));
      }
      headings.add(words(plan.appendixTitle()));
      for (int p = 0; p < pages.size(); p++) {
        for (String heading : headings) {
          assertThat(stranded(pages.get(p), heading))
              .as("%s.pdf page %d ends with the heading «%s»", name, p + 1, heading)
              .isFalse();
        }
      }
      assertThat(String.join(" ", pages)).as(name).contains(headings.get(3));
    }
  }

  @Test
  void everyWordOfTheAppendixTablePrints() throws Exception {
    for (Plan plan : List.of(seed, long_)) {
      String name = plan == seed ? "seed" : "long";
      List<String> expected = new ArrayList<>();
      for (AppendixRow row : AppendixRows.rows(plan)) {
        row.cells().forEach(c -> expected.add(c));
      }
      assertThat(missing(expected, String.join(" ", pages(name + ".pdf"))))
          .as("words of the appendix missing from %s.pdf (a row cut off)", name)
          .isEmpty();
    }
  }

  @Test
  void everyWordOfTheWorkbookPrintsWithDecimalCommas() throws Exception {
    for (String name : List.of("seed", "long")) {
      List<String> expected = new ArrayList<>();
      try (XSSFWorkbook book =
          new XSSFWorkbook(
              new ByteArrayInputStream(Files.readAllBytes(dir.resolve(name + "-sheet.xlsx"))))) {
        for (Row row : book.getSheetAt(0)) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              expected.add(cell.getStringCellValue());
            }
          }
        }
      }
      String printed = String.join(" ", pages(name + "-sheet.pdf"));
      assertThat(missing(expected, printed))
          .as("words of the workbook missing from its print (a row too short)")
          .isEmpty();
      if (name.equals("seed")) {
        assertThat(printed).contains("18,61").contains("63,53").doesNotContain("18.61");
      }
    }
  }

  @Test
  void vietnameseFiguresTakeADecimalComma() throws Exception {
    String printed = String.join(" ", pages("seed.pdf"));
    assertThat(List.of("bị trừ 6,47 điểm", "18,61", "Tổng cộng 70,00 63,53", "Tiêu chí 2.3 Bộ"))
        .allMatch(printed::contains);
    assertThat(List.of("6.47", "18.61", "63.53")).noneMatch(printed::contains);
  }

  /** The page ends inside or right after the heading: nothing of what it heads follows it. */
  static boolean stranded(String page, String heading) {
    String start = heading.substring(0, Math.min(heading.length(), 24));
    int at = page.lastIndexOf(start);
    while (at > 0 && page.charAt(at - 1) != ' ') {
      at = page.lastIndexOf(start, at - 1);
    }
    return at >= 0 && heading.startsWith(page.substring(at).strip());
  }

  /** Words of the texts that the printed text does not hold as often (punctuation aside). */
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

  /** The text of each page of a PDF LibreOffice printed, words separated by single spaces. */
  private static List<String> pages(String pdf) throws IOException, InterruptedException {
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

  /** The seed plan with many more sections and one very long line. */
  private static Plan longPlan() {
    Plan plan = PlanSeed.plan();
    List<PlanSection> sections = new ArrayList<>(plan.sections());
    // one-line sections: headings and items alternate, so some heading meets a page foot
    for (int s = 1; s <= 60; s++) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < 1 + s / 20; i++) {
        items.add("Nhiệm vụ bổ sung của mục " + s + ".");
      }
      sections.add(new PlanSection("Bộ phận thử nghiệm thứ " + s, null, items));
    }
    String reason = "Lí do mất điểm được ghi rất dài để một dòng cao gần nửa trang. ";
    plan.addLine(
        new PlanLine(
            0,
            false,
            "5.2",
            "Tiêu chí có lí do và biện pháp dài",
            java.math.BigDecimal.ONE,
            java.math.BigDecimal.ZERO,
            reason.repeat(12),
            "Biện pháp khắc phục được ghi rất dài. ".repeat(15),
            "Công chức Văn hóa – Xã hội",
            null,
            null));
    Plan.PlanText text = plan.text();
    plan.edit(
        new Plan.PlanText(
            text.legalBases(),
            text.opening(),
            sections,
            text.closing(),
            text.recipients(),
            text.appendixTitle()));
    return plan;
  }

  private static String tool(String env, String fallback) {
    String value = System.getenv(env);
    return value == null || value.isBlank() ? fallback : value;
  }
}
