package vn.parindex.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
@org.springframework.test.annotation.DirtiesContext(
    classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class ResultImportApiTest {

  private static final String HEADER = "Mã đơn vị,Tên đơn vị,LV1,Lĩnh vực 2,Tổng điểm,Xếp hạng\n";
  private static final String MAX_ROW = ",Điểm tối đa,60,40,100,\n";

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    Unit p =
        units.save(new Unit(null, "RI", "Huyện Nhập", UnitType.DISTRICT, null, null, null, false));
    for (String[] c :
        new String[][] {{"RI-1", "Xã Vĩnh Chấp"}, {"RI-2", "Xã Gio Sơn"}, {"RI-3", "Xã Hải An"}}) {
      units.save(new Unit(null, c[0], c[1], UnitType.COMMUNE, p.id(), null, null, false));
    }
  }

  @Test
  void importsACsvTableAndReturnsRankingAndFindings() throws Exception {
    String csv =
        "KẾT QUẢ CHỈ SỐ CCHC NĂM 2023,,,,,\n"
            + HEADER
            + MAX_ROW
            + "RI-1,Xã Vĩnh Chấp,\"55,5\",38,\"93,5\",1\n"
            + ",xã gio sơn,50,30,85,3\n"
            + "RI-3,,50,30,81,3\n";
    post("ket-qua.csv", csv.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(3))
        .andExpect(jsonPath("$.partialSet").value(true))
        .andExpect(jsonPath("$.ranking[0].unitCode").value("RI-1"))
        .andExpect(jsonPath("$.ranking[1].rank").value(2))
        .andExpect(jsonPath("$.ranking[1].percent").value(85.0))
        .andExpect(jsonPath("$.findings[*].kind", hasItem("AREA_SUM")))
        .andExpect(jsonPath("$.findings[*].kind", hasItem("RANK")))
        .andExpect(jsonPath("$.findings[?(@.kind == 'RANK')].row", hasItem(5)));
    mvc.perform(get("/api/v1/rankings").param("parent", "RI").param("year", "2023"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[2].unitCode").value("RI-3"));
  }

  @Test
  void importsAnXlsxTableWithNumericCells() throws Exception {
    try (var book = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet();
      String[] header = {"Mã đơn vị", "Tên đơn vị", "1", "2", "Tổng điểm"};
      Object[][] rows = {
        header,
        {"", "Điểm tối đa", 60, 40, 100},
        {"RI-1", "", 50.25, 30, 80.25},
        {"RI-2", "", 40, 30, 70}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
      }
      book.write(out);
      post("ket-qua.xlsx", out.toByteArray())
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.imported").value(2))
          .andExpect(jsonPath("$.ranking[0].total").value(80.25))
          .andExpect(jsonPath("$.findings.length()").value(0));
    }
  }

  @Test
  void unknownUnitIs422NamingTheRowAndNothingIsStored() throws Exception {
    rejected(HEADER + MAX_ROW + "RI-1,,50,30,80,\nRI-9,Xã Lạ,50,30,80,\n", 4, "Mã đơn vị");
  }

  @Test
  void textInTotalIs422NamingTheRowAndColumn() throws Exception {
    rejected(HEADER + MAX_ROW + "RI-1,,50,30,tám mươi,\n", 3, "Tổng điểm");
  }

  @Test
  void negativeTotalIs422() throws Exception {
    rejected(HEADER + MAX_ROW + "RI-1,,50,30,-80,\n", 3, "Tổng điểm");
  }

  @Test
  void duplicateUnitRowsAre422() throws Exception {
    rejected(HEADER + MAX_ROW + "RI-1,,50,30,80,\n,Xã Vĩnh Chấp,50,30,80,\n", 4, "Mã đơn vị");
  }

  @Test
  void missingTotalColumnIs422() throws Exception {
    rejected("Mã đơn vị,Tên đơn vị,Điểm số\nRI-1,,80\n", 1, "Tổng điểm");
  }

  @Test
  void areasWithoutMaximaAndWithoutCriteriaSetAre422() throws Exception {
    post("kq.csv", (HEADER + "RI-1,,50,30,80,\n").getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("ranking.import.max.missing"));
    assertThat(count()).isZero();
  }

  @Test
  void unknownParentIs404() throws Exception {
    mvc.perform(
            multipart("/api/v1/results/import")
                .file(new MockMultipartFile("file", "kq.csv", "text/csv", "a".getBytes()))
                .param("parent", "NOPE")
                .param("year", "2023"))
        .andExpect(status().isNotFound());
  }

  private void rejected(String csv, int row, String column) throws Exception {
    post("kq.csv", csv.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(row))
        .andExpect(jsonPath("$.errors[0].column").value(column))
        .andExpect(jsonPath("$.detail", containsString("Dòng " + row)));
    assertThat(count()).isZero();
  }

  private long count() {
    return jdbc.sql("select count(*) from assessment").query(Long.class).single();
  }

  private ResultActions post(String name, byte[] content) throws Exception {
    return mvc.perform(
        multipart("/api/v1/results/import")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content))
            .param("parent", "RI")
            .param("year", "2023"));
  }
}
