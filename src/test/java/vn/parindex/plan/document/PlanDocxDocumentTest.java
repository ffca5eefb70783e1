package vn.parindex.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSeed;

class PlanDocxDocumentTest {

  private final PlanDocxDocument document = new PlanDocxDocument();

  private XWPFDocument read(Plan plan) throws Exception {
    byte[] bytes = document.render(plan);
    Path out = Path.of("target/plan-seed.docx");
    Files.write(out, bytes);
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  @Test
  void headerTableCarriesAuthorityNationNumberAndDate() throws Exception {
    try (XWPFDocument doc = read(PlanSeed.plan())) {
      XWPFTable header = doc.getTables().get(0);
      List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
      assertThat(left.get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN");
      assertThat(left.get(1).getText()).isEqualTo("XÃ VĨNH CHẤP");
      assertThat(left.get(1).getRuns().get(0).isBold()).isTrue();
      List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
      assertThat(right.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(right.get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(right.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
      assertThat(right.get(1).getRuns().get(0).getUnderline().name()).isEqualTo("SINGLE");
      assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/KH-UBND");
      XWPFRun date = header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
      assertThat(date.text()).isEqualTo("Vĩnh Chấp, ngày 05 tháng 02 năm 2025");
      assertThat(date.isItalic()).isTrue();
      assertThat(date.getFontFamily()).isEqualTo("Times New Roman");
    }
  }

  @Test
  void titleIsBoldAndLegalBasesItalic() throws Exception {
    try (XWPFDocument doc = read(PlanSeed.plan())) {
      XWPFParagraph title = paragraph(doc, "KẾ HOẠCH");
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      XWPFParagraph basis =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().startsWith("Căn cứ"))
              .findFirst()
              .orElseThrow();
      assertThat(basis.getRuns().get(0).isItalic()).isTrue();
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
          .anyMatch(t -> t.contains("đứng thứ 11/18") && t.contains("tăng 3 bậc"));
    }
  }

  @Test
  void appendixTableListsTheLinesWithPublishedFigures() throws Exception {
    Plan plan = PlanSeed.plan();
    try (XWPFDocument doc = read(plan)) {
      XWPFTable table = doc.getTables().get(2);
      assertThat(table.getRow(0).getCell(1).getText()).startsWith("Nội dung/tiêu chí");
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRows()).hasSize(plan.lines().size() + 2);
      assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1");
      assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("18,61");
      assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold())
          .isTrue();
      assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("1.1");
      assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("4,00");
      assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("3,90");
      assertThat(table.getRow(2).getCell(6).getText()).contains("Công an xã");
    }
  }

  @Test
  void pagesAreA4WithDecreeMargins() throws Exception {
    try (XWPFDocument doc = read(PlanSeed.plan())) {
      CTSectPr first =
          doc.getParagraphs().stream()
              .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
              .findFirst()
              .orElseThrow()
              .getCTP()
              .getPPr()
              .getSectPr();
      assertThat(((java.math.BigInteger) first.getPgSz().getW()).intValue()).isEqualTo(11906);
      assertThat(((java.math.BigInteger) first.getPgSz().getH()).intValue()).isEqualTo(16838);
      assertThat(mm(first.getPgMar().getLeft())).isBetween(30.0, 35.0);
      assertThat(mm(first.getPgMar().getRight())).isBetween(15.0, 20.0);
      assertThat(mm(first.getPgMar().getTop())).isBetween(20.0, 25.0);
      assertThat(mm(first.getPgMar().getBottom())).isBetween(20.0, 25.0);
      assertThat(first.isSetTitlePg()).isTrue();
    }
  }

  @Test
  void timesAnEightyLineAppendix() {
    Plan plan = PlanSeed.plan();
    PlanLine model = plan.lines().get(1);
    for (int i = plan.lines().size(); i < 80; i++) {
      plan.addLine(model);
    }
    assertThat(plan.lines()).hasSize(80);
    for (int i = 0; i < 5; i++) {
      document.render(plan);
    }
    long start = System.nanoTime();
    int runs = 10;
    byte[] last = null;
    for (int i = 0; i < runs; i++) {
      last = document.render(plan);
    }
    double ms = (System.nanoTime() - start) / 1e6 / runs;
    System.out.printf("PLAN DOCX 80-line appendix, warm: %.1f ms per document%n", ms);
    assertThat(last).isNotEmpty();
  }

  private static double mm(Object twips) {
    return ((java.math.BigInteger) twips).intValue() / 56.7;
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream()
        .filter(p -> p.getText().equals(text))
        .findFirst()
        .orElseThrow();
  }
}
