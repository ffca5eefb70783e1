package vn.parindex.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.parindex.plan.PlanSeed;

class PlanPdfDocumentTest {

  @Test
  void pdfTextIsNfcVietnameseWithHeaderAndAppendix() throws Exception {
    byte[] pdf = new PlanPdfDocument().render(PlanSeed.plan());
    Files.write(Path.of("target/plan-seed-openpdf.pdf"), pdf);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    String first = extractor.getTextFromPage(1);
    assertThat(first)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Vĩnh Chấp, ngày 05 tháng 02 năm 2025")
        .contains("KẾ HOẠCH");
    assertThat(Normalizer.isNormalized(first, Normalizer.Form.NFC)).isTrue();
    StringBuilder all = new StringBuilder();
    for (int i = 1; i <= reader.getNumberOfPages(); i++) {
      all.append(extractor.getTextFromPage(i));
    }
    assertThat(all.toString())
        .contains("TỔNG HỢP CÁC NỘI DUNG")
        .contains("18,61")
        .doesNotContain("18.61");
    assertThat(reader.getPageSizeWithRotation(reader.getNumberOfPages()).getWidth())
        .isGreaterThan(reader.getPageSize(1).getWidth());
  }
}
