package vn.parindex.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSeed;

/** A line drafted from a round says in words which kind its loss is, in every document. */
class LossKindsPrintedTest {

  private static Plan planWithKinds() {
    Plan plan = PlanSeed.plan();
    List<PlanLine> lines = new ArrayList<>();
    for (PlanLine l : plan.lines()) {
      if ("2.3".equals(l.code())) {
        lines.add(l.withLossKinds(List.of("NOT_DONE", "CUT")));
      } else if ("1.1".equals(l.code())) {
        lines.add(l.withLossKinds(List.of("CUT")));
      } else {
        lines.add(l);
      }
    }
    plan.replaceLines(lines);
    return plan;
  }

  @Test
  void theAppendixReasonStartsWithTheKindsInWords() {
    List<AppendixRow> rows = AppendixRows.rows(planWithKinds());
    AppendixRow payment =
        rows.stream().filter(r -> r.code().equals("2.3")).findFirst().orElseThrow();
    assertThat(payment.reason())
        .isEqualTo("Chưa thực hiện; Bị trừ khi thẩm định: Tỷ lệ thanh toán trực tuyến đạt 90,78%");
  }

  @Test
  void aLineWithoutKindsPrintsItsReasonAlone() {
    AppendixRow payment =
        AppendixRows.rows(PlanSeed.plan()).stream()
            .filter(r -> r.code().equals("2.3"))
            .findFirst()
            .orElseThrow();
    assertThat(payment.reason()).isEqualTo("Tỷ lệ thanh toán trực tuyến đạt 90,78%");
  }

  @Test
  void theDocxAndTheWorkbookPrintTheKinds() throws Exception {
    Plan plan = planWithKinds();
    try (XWPFDocument doc =
            new XWPFDocument(new ByteArrayInputStream(new PlanDocxDocument().render(plan)));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Bị trừ khi thẩm định", "Chưa thực hiện; Bị trừ");
    }
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(new PlanAppendixXlsx().render(plan)))) {
      boolean found = false;
      for (var row : book.getSheetAt(0)) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && cell.getStringCellValue().startsWith("Bị trừ khi thẩm định")) {
            found = true;
          }
        }
      }
      assertThat(found).isTrue();
    }
  }
}
