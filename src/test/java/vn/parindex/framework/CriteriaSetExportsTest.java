package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.unit.UnitType;

class CriteriaSetExportsTest {

  private final CriteriaSet set =
      CriteriaSet.create(
          1L,
          "Bộ",
          2025,
          UnitType.COMMUNE,
          1,
          false,
          null,
          List.of(
              new Criterion(
                  CriterionCode.of("1"), "=HYPERLINK(\"http://x\")", BigDecimal.ONE, null, 1),
              new Criterion(CriterionCode.of("2"), "-cmd|' /C calc'!A0", BigDecimal.ONE, null, 2)),
          List.of());

  @Test
  void csvExportNeutralisesNamesASpreadsheetWouldRun() {
    String csv = new String(CriteriaSetCsvExport.write(set), StandardCharsets.UTF_8);

    assertThat(csv)
        .contains("1,\"'=HYPERLINK(\"\"http://x\"\")\",1,manual,")
        .contains("2,'-cmd|' /C calc'!A0,1,manual,")
        .doesNotContain(",=HYPERLINK", ",-cmd");
  }

  @Test
  void xlsxExportWritesThemAsTextCells() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(CriteriaSetXlsxExport.write(set)))) {
      var cell = book.getSheetAt(0).getRow(1).getCell(1);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
    }
  }
}
