package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ListExportTest {

  private static final String NFD = Normalizer.normalize("Xã Vĩnh Chấp", Normalizer.Form.NFD);

  private final ListExport list =
      new ListExport(
          "Danh sách",
          List.of("Tên", "Điểm", "Hạn"),
          List.of(
              Arrays.asList(NFD, new BigDecimal("18.61"), LocalDate.of(2025, 11, 15)),
              Arrays.asList("Dòng, có dấu phẩy \"và ngoặc\"", null, null)));

  @Test
  void xlsxKeepsNumbersAndDatesTypedAndTextInNfc() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ListXlsx.write(list)))) {
      Row row = book.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Xã Vĩnh Chấp").isNotEqualTo(NFD);
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(18.61);
      assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
      assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 11, 15));
    }
  }

  @Test
  void csvQuotesSeparatorsAndWritesDecimalsWithAPoint() {
    String csv = new String(ListCsv.write(list), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFTên,Điểm,Hạn\r\n")
        .contains("Xã Vĩnh Chấp,18.61,2025-11-15\r\n")
        .contains("\"Dòng, có dấu phẩy \"\"và ngoặc\"\"\",,\r\n");
  }

  @Test
  void asciiFileNameDropsDiacritics() {
    assertThat(vn.parindex.input.Attachment.ascii("Tiến độ Đông Hà.csv"))
        .isEqualTo("tien-do-dong-ha.csv");
  }

  private final ListExport hostile =
      new ListExport(
          "Danh sách",
          List.of("=Tên", "Điểm"),
          List.of(
              Arrays.asList("=HYPERLINK(\"http://x\",\"bấm\")", new BigDecimal("-1.5")),
              Arrays.asList("@SUM(A1)", -2),
              Arrays.asList("+1+2", null),
              Arrays.asList("-3+4", null)));

  @Test
  void csvNeutralisesCellsASpreadsheetWouldRunButKeepsNegativeNumbers() {
    String csv = new String(ListCsv.write(hostile), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFF'=Tên,Điểm\r\n")
        .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\",-1.5\r\n")
        .contains("'@SUM(A1),-2\r\n")
        .contains("'+1+2,\r\n")
        .contains("'-3+4,\r\n");
  }

  @Test
  void xlsxWritesFormulaLikeTextAsQuotedTextCells() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ListXlsx.write(hostile)))) {
      Row row = book.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"bấm\")");
      assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(book.getSheetAt(0).getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
    }
  }
}
