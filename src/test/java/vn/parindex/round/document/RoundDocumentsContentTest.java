package vn.parindex.round.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** What the round's documents say: the figures with a decimal comma, the rank, the change. */
class RoundDocumentsContentTest {

  @Test
  void theSubmittedReportHasItsHeadingTableExplanationsAndTheChairmansTexts() throws Exception {
    String text = docx(SelfReportDocument.docx(Samples.report(false)));
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("ỦY BAN NHÂN DÂN")
        .contains("XÃ VĨNH CHẤP")
        .contains("Vĩnh Chấp, ngày 28 tháng 01 năm 2031")
        .contains("Tự đánh giá, chấm điểm Chỉ số cải cách\nhành chính năm 2031 của xã Vĩnh Chấp")
        .contains("Tổng điểm tự đánh giá: 8,50/15,00 điểm, đạt 56,67%")
        .contains("Số 12/KH-UBND ngày 15/01/2031: Kế hoạch cải cách hành chính năm 2031")
        .contains("Tiêu chí 1.3 (Tỷ lệ hồ sơ giải quyết đúng hạn): tự đánh giá 1,50/3,00 điểm")
        .contains("III. KHÓ KHĂN, VƯỚNG MẮC")
        .contains("Máy tính bộ phận một cửa đã cũ.")
        .contains("Đề nghị tỉnh tập huấn cách nhập chỉ số trên hệ thống.")
        .contains("TM. ỦY BAN NHÂN DÂN")
        .doesNotContain("DỰ THẢO")
        .doesNotContain("8.50")
        .doesNotContain("1.50");
    // the survey leaf is not the unit's to explain
    assertThat(text).doesNotContain("Tiêu chí 2.1");
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void aLeafNotScoredIsSaidInWordsAndEachExplanationEndsAsASentence() throws Exception {
    SelfReport base = Samples.report(false);
    java.util.List<SelfReport.Line> lines = new java.util.ArrayList<>(base.lines());
    lines.add(
        new SelfReport.Line(
            "1.4",
            "Tuyên truyền cải cách hành chính",
            false,
            false,
            new java.math.BigDecimal("2.5"),
            null,
            null,
            java.util.List.of()));
    SelfReport report =
        new SelfReport(
            base.unitLabel(),
            base.parentLabel(),
            base.place(),
            base.date(),
            base.year(),
            false,
            lines,
            base.max(),
            base.self(),
            base.percent(),
            base.difficulties(),
            base.proposals());
    String text = docx(SelfReportDocument.docx(report)).replace('\n', ' ');
    assertThat(text)
        .contains(
            "Tiêu chí 1.4 (Tuyên truyền cải cách hành chính): chưa tự chấm điểm (điểm tối đa"
                + " 2,50). Chưa có giải trình.")
        .contains("tự đánh giá 1,50/3,00 điểm. Tử số 1, mẫu số 2: đạt 50%.")
        .doesNotContain("chưa chấm/");
  }

  @Test
  void beforeSubmissionTheReportIsADraftWithoutADay() throws Exception {
    String text = docx(SelfReportDocument.docx(Samples.report(true)));
    assertThat(text).contains("DỰ THẢO").contains("ngày      tháng      năm 2031");
    assertThat(text).contains("IV. ĐỀ XUẤT, KIẾN NGHỊ").contains("Không có.");
    assertThat(pdf(SelfReportDocument.pdf(Samples.report(true)))).contains("DỰ THẢO");
  }

  @Test
  void theReportPdfSaysWhatTheWordFileSays() throws Exception {
    String text = pdf(SelfReportDocument.pdf(Samples.report(false)));
    assertThat(text)
        .contains("Vĩnh Chấp, ngày 28 tháng 01 năm 2031")
        .contains("8,50")
        .contains("56,67")
        .contains("Máy tính bộ phận một cửa đã cũ.")
        .doesNotContain("8.50");
  }

  @Test
  void theDecisionHasItsArticlesAndTheAnnexWithRankAndChange() throws Exception {
    String text = docx(DecisionDocument.docx(Samples.decision(5)));
    assertThat(text)
        .contains("Số: 123/QĐ-UBND")
        // Decree 30: a leading zero for days below 10 and the months 1 and 2 only
        .contains("Quảng Trị, ngày 31 tháng 3 năm 2031")
        .contains(
            "Về việc phê duyệt và công bố Chỉ số cải cách hành chính\nnăm 2031 của các xã,"
                + " phường trên địa bàn tỉnh Quảng Trị")
        .contains("Điều 1. Phê duyệt và công bố Chỉ số cải cách hành chính năm 2031 của 5 xã,")
        .contains("Điều 3.")
        .contains("Nơi nhận:")
        .contains("(Kèm theo Quyết định số 123/QĐ-UBND ngày 31/03/2031")
        .contains("Lĩnh vực 8 (30,00 điểm)")
        .contains("85,25")
        .contains("tăng 3 bậc")
        .contains("giảm 1 bậc")
        .contains("—")
        .contains("So với năm 2030")
        .doesNotContain("85.25");
    String pdf = pdf(DecisionDocument.pdf(Samples.decision(5)));
    assertThat(pdf).contains("Điều 2.").contains("85,25").contains("tăng 3 bậc");
  }

  @Test
  void theAnnexWorkbookHoldsNumbersShownWithACommaAndTheChangeInWords() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(DecisionXlsx.render(Samples.decision(5))))) {
      XSSFSheet sheet = book.getSheetAt(0);
      Row first = sheet.getRow(DecisionXlsx.HEADER_ROW + 1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Xã Vĩnh Chấp");
      assertThat(first.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(85.25);
      assertThat(first.getCell(10).getCellStyle().getDataFormatString()).contains("0.00");
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(14).getStringCellValue()).isEqualTo("tăng 3 bậc");
      Row third = sheet.getRow(DecisionXlsx.HEADER_ROW + 3);
      assertThat(third.getCell(12).getNumericCellValue()).isEqualTo(2);
      assertThat(third.getCell(14).getStringCellValue()).isEqualTo("—");
      assertThat(
              new DataFormatter(java.util.Locale.forLanguageTag("vi"))
                  .formatCellValue(first.getCell(11)))
          .isEqualTo("85,25");
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getRepeatingRows()).isNotNull();
      // a long unit name wraps: its row is taller than one line
      Row last = sheet.getRow(DecisionXlsx.HEADER_ROW + 5);
      assertThat(last.getCell(1).getStringCellValue()).startsWith("Xã thử nghiệm");
      assertThat(last.getHeightInPoints()).isGreaterThan(20);
    }
  }

  @Test
  void theAnnexWorkbookNamesEachAreaWithItsMaximumAsTheDocumentDoes() throws Exception {
    Decision d = Samples.decision(5);
    List<String> legend = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DecisionXlsx.render(d)))) {
      XSSFSheet sheet = book.getSheetAt(0);
      // one blank row between the table and the legend
      assertThat(sheet.getRow(DecisionXlsx.legendRow(d) - 1) == null).isTrue();
      for (int r = DecisionXlsx.legendRow(d); r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        legend.add(row.getCell(0).getStringCellValue());
        // across the table's width, so the print does not cut a long area name
        assertThat(sheet.getMergedRegions())
            .anySatisfy(
                m -> {
                  assertThat(m.getFirstRow()).isEqualTo(row.getRowNum());
                  assertThat(m.getLastColumn()).isEqualTo(DecisionDocument.headers(d).size() - 1);
                });
      }
    }
    List<String> expected = new ArrayList<>();
    for (Decision.Area area : d.areas()) {
      expected.add(
          "Lĩnh vực "
              + area.code()
              + ": "
              + area.name()
              + " (tối đa "
              + (area.code().equals("8") ? "30,00" : "10,00")
              + " điểm).");
    }
    assertThat(legend).containsExactlyElementsOf(expected);
    assertThat(legend.get(6))
        .isEqualTo(
            "Lĩnh vực 7: Xây dựng và phát triển Chính quyền điện tử, Chính quyền số (tối đa 10,00"
                + " điểm).");
    // the three formats say the same
    String docx = docx(DecisionDocument.docx(d));
    String pdf = pdf(DecisionDocument.pdf(d)).replace('\n', ' ');
    for (String line : expected) {
      assertThat(docx).contains(line);
      assertThat(pdf).contains(line);
    }
  }

  static String docx(byte[] bytes) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  static String pdf(byte[] bytes) throws Exception {
    PdfReader reader = new PdfReader(bytes);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder all = new StringBuilder();
    for (int i = 1; i <= reader.getNumberOfPages(); i++) {
      all.append(extractor.getTextFromPage(i)).append('\n');
    }
    return all.toString();
  }
}
