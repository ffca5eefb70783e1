package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
class DashboardExportTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  DashboardFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new DashboardFixture(units, jdbc, "DX");
  }

  private byte[] download(String format, String list, String unit) throws Exception {
    return mvc.perform(get("/dashboard/export." + format).param("list", list).param("unit", unit))
        .andExpect(status().isOk())
        .andExpect(
            header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void departmentsXlsxHasABoldFrozenHeaderAndNfcText() throws Exception {
    byte[] xlsx = download("xlsx", "departments", "DX-1");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Bộ phận");
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      String office = Normalizer.normalize(DashboardFixture.OFFICE, Normalizer.Form.NFC);
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        String name = sheet.getRow(r).getCell(0).getStringCellValue();
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
        if (name.equals(office)) {
          found = true;
          assertThat(sheet.getRow(r).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
      }
      assertThat(found).isTrue();
      assertThat(sheet.getColumnWidth(0)).isGreaterThan(office.length() * 256);
    }
  }

  @Test
  void tasksCsvStartsWithABomAndParses() throws Exception {
    byte[] csv = download("csv", "tasks", "DX-1");
    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    assertThat(records.get(0).get(1)).isEqualTo("Nhiệm vụ");
    assertThat(records).hasSize(10);
    CSVRecord overdue =
        records.stream().filter(r -> r.get(1).equals("Rà soát văn bản")).findFirst().orElseThrow();
    assertThat(overdue.get(2)).isEqualTo(DashboardFixture.JUSTICE);
    assertThat(overdue.get(7)).isEqualTo("Kế hoạch");
    assertThat(overdue.get(9)).isEqualTo("Có");
  }

  @Test
  void provinceCsvListsEveryChildUnit() throws Exception {
    String text = new String(download("csv", "province", "DX-P"), StandardCharsets.UTF_8);
    assertThat(text).contains("Xã Vĩnh Thử").contains("Xã Bên Cạnh").contains("25.00");
  }

  @Test
  void rankingsExportAnswersEvenWithoutResults() throws Exception {
    byte[] xlsx = download("xlsx", "rankings", "DX-P");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hạng");
    }
  }

  @Test
  void obligationsXlsxListsTheFirstQuarterPublicityWindow() throws Exception {
    byte[] xlsx =
        mvc.perform(
                get("/dashboard/export.xlsx")
                    .param("list", "obligations")
                    .param("unit", "DX-1")
                    .param("year", "2025"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = book.getSheetAt(0);
      DataFormatter cells = new DataFormatter();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tiêu chí");
      assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Ngày thực hiện");
      Row publicity = null;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (cells.formatCellValue(sheet.getRow(r).getCell(1)).startsWith("Công khai")) {
          publicity = sheet.getRow(r);
        }
      }
      assertThat(publicity).isNotNull();
      assertThat(cells.formatCellValue(publicity.getCell(0))).isEqualTo("1.2");
      assertThat(publicity.getCell(2).getStringCellValue()).isEqualTo("Trong khoảng thời gian");
      assertThat(publicity.getCell(3).getStringCellValue()).isEqualTo("01/01/2025 – 31/03/2025");
      assertThat(publicity.getCell(4).getStringCellValue()).isEqualTo("Văn hóa – Xã hội");
      assertThat(publicity.getCell(5).getStringCellValue()).isEqualTo("Quá hạn – mất điểm");
    }
  }

  @Test
  void unitsCsvListsOnlyTheUnitsInTheCallersScope() throws Exception {
    byte[] csv =
        mvc.perform(
                get("/dashboard/export.csv")
                    .param("list", "units")
                    .with(Accounts.as(Role.PAR_OFFICER, fixture.commune.id())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    assertThat(records.get(0).get(0)).isEqualTo("Mã");
    assertThat(records).hasSize(2);
    assertThat(records.get(1).get(0)).isEqualTo("DX-1");
    assertThat(records.get(1).get(1)).isEqualTo("Xã Vĩnh Thử");
    assertThat(records.get(1).get(2)).isEqualTo("xã");
    assertThat(records.get(1).get(3)).isEqualTo("DX-P");
  }

  @Test
  void unitsCsvOfAnAppraiserListsTheUnitsBelowTheirs() throws Exception {
    String text =
        mvc.perform(
                get("/dashboard/export.csv")
                    .param("list", "units")
                    .with(Accounts.as(Role.APPRAISER, fixture.district.id())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(text).contains("DX-P").contains("DX-1").contains("DX-2");
  }

  @Test
  void unitsAndTaskBoardPagesLinkToTheirExports() throws Exception {
    String unitsPage =
        mvc.perform(get("/units"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(unitsPage).contains("/dashboard/export.csv?list=units").contains("Tải XLSX");
    String board =
        mvc.perform(get("/tasks").param("unit", String.valueOf(fixture.commune.id())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(board).contains("/dashboard/export.xlsx?list=tasks&amp;unit=DX-1");
  }

  @Test
  void unknownListIsNotFound() throws Exception {
    mvc.perform(get("/dashboard/export.csv").param("list", "nothing").param("unit", "DX-1"))
        .andExpect(status().isNotFound());
  }
}
