package vn.parindex.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.plan.PlanSeed;

class PlanAppendixXlsxTest {

  @Test
  void pointsAreNumericCellsShownWithTwoDecimals() throws Exception {
    byte[] bytes = new PlanAppendixXlsx().render(PlanSeed.plan());
    Files.write(Path.of("target/plan-seed.xlsx"), bytes);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = book.getSheetAt(0);
      XSSFRow head = sheet.getRow(PlanAppendixXlsx.HEADER_ROW);
      assertThat(head.getCell(0).getStringCellValue()).isEqualTo("STT");
      assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Số điểm");
      assertThat(head.getCell(0).getCellStyle().getFont().getBold()).isTrue();
      XSSFRow area = sheet.getRow(PlanAppendixXlsx.HEADER_ROW + 1);
      assertThat(area.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(area.getCell(3).getNumericCellValue()).isEqualTo(18.61);
      XSSFRow leaf = sheet.getRow(PlanAppendixXlsx.HEADER_ROW + 2);
      assertThat(leaf.getCell(0).getStringCellValue()).isEqualTo("1.1");
      assertThat(leaf.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]0.00");
      assertThat(leaf.getCell(3).getNumericCellValue()).isEqualTo(3.9);
      assertThat(leaf.getCell(7).getStringCellValue()).isEqualTo("Công an xã");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getLastRowNum())
          .isEqualTo(PlanAppendixXlsx.HEADER_ROW + PlanSeed.plan().lines().size() + 1);
    }
  }
}
