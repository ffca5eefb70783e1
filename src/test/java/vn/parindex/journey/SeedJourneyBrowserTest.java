package vn.parindex.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.support.BrowserTest;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Units;

/**
 * A new commune PAR officer in a real Chromium: from the home page to the upload form, the scored
 * seed with its three findings, the plan editor, and the issued DOCX, PDF and XLSX.
 */
class SeedJourneyBrowserTest extends BrowserTest {

  @TempDir Path dir;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Test
  void officerWalksTheSeedFromUploadToTheSignedPlanDocuments() throws Exception {
    open("/");
    screenshot("journey-01-home");
    page.locator("nav").getByText("Tải bảng điểm").click();
    assertThat(page).hasURL(url("/assessments/upload"));
    upload(SeedTables.file(dir, "vinh-chap-2024.csv", SeedTables.csv()), "J-19165");
    screenshot("journey-02-upload-filled");
    page.getByText("Tải lên và chấm").click();

    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/assessments/\\d+$"));
    assertThreeFindings();
    Locator area1 = page.locator("#node-1");
    assertThat(area1).containsText("18,61");
    assertThat(area1).containsText("tính lại: 18,20");
    Locator totals = page.locator("#totals");
    assertThat(totals).containsText("6,47");
    assertThat(totals).containsText("6,88");
    assertThat(page.locator("#node-2\\.3"))
        .hasClass(java.util.regex.Pattern.compile("has-finding"));
    screenshot("journey-03-scored-tree");

    page.getByText("Lập kế hoạch khắc phục").click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/plans/\\d+$"));
    screenshot("journey-04-plan-draft");
    page.locator("input[name=signerName]").fill("Nguyễn Văn Hành");
    page.locator("input[name=number]").fill("05/KH-UBND");
    page.getByText("Lưu kế hoạch").click();
    assertThat(page.locator(".notice")).containsText("Đã lưu kế hoạch.");
    assertThat(page.locator("input[name=signerName]")).hasValue("Nguyễn Văn Hành");
    assertThat(page.locator("input[name=number]")).hasValue("05/KH-UBND");
    screenshot("journey-05-plan-saved");

    byte[] docx = download("Văn bản Word (DOCX)");
    assertThat(Arrays.copyOf(docx, 2)).isEqualTo(new byte[] {'P', 'K'});
    assertOfficialDocx(docx);

    byte[] pdf = download("PDF");
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    String first = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("05/KH-UBND");

    byte[] xlsx = download("Phụ lục Excel (XLSX)");
    assertThat(Arrays.copyOf(xlsx, 2)).isEqualTo(new byte[] {'P', 'K'});
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XSSFExcelExtractor extractor = new XSSFExcelExtractor(book)) {
      assertThat(extractor.getText()).contains("Tỷ lệ hồ sơ thanh toán trực tuyến");
    }
    screenshot("journey-06-downloaded");
  }

  @Test
  void theSameTableAsExcelOrWordShowsTheSameThreeFindings() throws Exception {
    String[][] files = {{"bang-diem.xlsx", "J-XLSX"}, {"ke-hoach.docx", "J-DOCX"}};
    byte[][] contents = {SeedTables.xlsx(), SeedTables.docx()};
    for (int i = 0; i < files.length; i++) {
      open("/assessments/upload");
      upload(SeedTables.file(dir, files[i][0], contents[i]), files[i][1]);
      page.getByText("Tải lên và chấm").click();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/assessments/\\d+$"));
      assertThreeFindings();
      assertThat(page.locator("#node-1")).containsText("tính lại: 18,20");
      screenshot("journey-07-tree-from-" + files[i][0].replace('.', '-'));
    }
  }

  @Test
  void aWordWhereANumberBelongsIsNamedByRowAndColumnAndNothingIsStored() throws Exception {
    int before = jdbc.sql("select count(*) from assessment").query(Integer.class).single();
    String bad = SeedTables.csvText().replace("1.1,Báo cáo CCHC,4,3.9,", "1.1,Báo cáo CCHC,4,hai,");
    assertThat(bad).contains(",hai,");
    open("/assessments/upload");
    upload(SeedTables.file(dir, "sai.csv", bad.getBytes(StandardCharsets.UTF_8)), "J-BAD");
    page.getByText("Tải lên và chấm").click();

    Locator errors = page.locator("#upload-errors");
    assertThat(errors).containsText("Dòng 3, cột «Số điểm»");
    assertThat(errors).containsText("«hai» không phải là một số.");
    screenshot("journey-08-refused");
    assertThat(units.findByCode("J-BAD")).isEmpty();
    assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single())
        .isEqualTo(before);
  }

  private void upload(Path file, String code) {
    page.locator("#file").setInputFiles(file);
    page.locator("#newCode").fill(code);
    page.locator("#newName").fill("Vĩnh Chấp");
    page.locator("#year").fill("2024");
  }

  private void assertThreeFindings() {
    Locator findings = page.locator("#findings .finding");
    assertThat(findings).hasCount(3);
    Locator section = page.locator("#findings");
    assertThat(section).containsText("2,80");
    assertThat(section).containsText("2,39");
    assertThat(section).containsText("0,91");
    assertThat(section).containsText("0,90");
    assertThat(section).containsText("21/13");
  }

  private byte[] download(String link) throws IOException {
    Download download = page.waitForDownload(() -> page.getByText(link, exact()).click());
    return Files.readAllBytes(download.path());
  }

  private static com.microsoft.playwright.Page.GetByTextOptions exact() {
    return new com.microsoft.playwright.Page.GetByTextOptions().setExact(true);
  }

  private static void assertOfficialDocx(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text)
          .contains("ỦY BAN NHÂN DÂN")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("KẾ HOẠCH")
          .contains("Số: 05/KH-UBND")
          .contains("Nguyễn Văn Hành");
      List<XWPFTable> tables = doc.getTables();
      XWPFTable appendix = tables.get(tables.size() - 1);
      List<String> codes = new ArrayList<>();
      String reason23 = null;
      for (XWPFTableRow row : appendix.getRows()) {
        String code = row.getCell(0).getText().trim();
        if (SeedTables.LOST_CODES.contains(code)) {
          codes.add(code);
        }
        if ("2.3".equals(code)) {
          reason23 = row.getCell(4).getText();
        }
      }
      assertThat(codes).containsExactlyElementsOf(SeedTables.LOST_CODES);
      // a Vietnamese document writes the decimal comma, also inside the reason as typed
      assertThat(reason23).contains("Tỷ lệ thanh toán trực tuyến đạt 90,78%");
    }
  }
}
