package vn.parindex.assessment.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class AssessmentBadInputTest {

  static final String HEADER =
      "STT,Nội dung,Điểm chuẩn,Số điểm,Lí do mất điểm,Biện pháp khắc phục,Ghi chú\n";

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  String unitCode;

  @BeforeEach
  void unit() {
    unitCode = "B" + System.nanoTime() % 1_000_000_000L;
    units.save(new Unit(null, unitCode, "Xã thử", UnitType.COMMUNE, null, null, null, false));
  }

  int stored() {
    return jdbc.sql("select count(*) from assessment").query(Integer.class).single()
        + jdbc.sql("select count(*) from assessment_entry").query(Integer.class).single()
        + jdbc.sql("select count(*) from criteria_set").query(Integer.class).single();
  }

  ResultActions post(String name, byte[] content, String unit) throws Exception {
    return mvc.perform(
        multipart("/api/v1/assessments/import")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content))
            .param("unit", unit)
            .param("year", "2024"));
  }

  /** Posts a CSV, expects 422 with a message containing each fragment, and nothing stored. */
  void refused(String csv, String... fragments) throws Exception {
    int before = stored();
    ResultActions result =
        post("t.csv", csv.getBytes(StandardCharsets.UTF_8), unitCode)
            .andExpect(status().isUnprocessableContent());
    for (String fragment : fragments) {
      result.andExpect(jsonPath("$.errors[*].message", hasItem(containsString(fragment))));
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void textWhereANumberBelongsNamesRowAndColumn() throws Exception {
    refused(HEADER + "1,Lĩnh vực,21,18.61,,,\n1.1,Báo cáo,4,ba,x,y,\n", "Dòng 3, cột «Số điểm»");
  }

  @Test
  void negativeScoreIsRefused() throws Exception {
    refused(
        HEADER + "1,Lĩnh vực,21,18.61,,,\n1.1,Báo cáo,4,-1,x,y,\n", "Dòng 3, cột «Số điểm»", "âm");
  }

  @Test
  void negativeMaxIsRefused() throws Exception {
    refused(HEADER + "1,Lĩnh vực,-1,0,,,\n", "Dòng 2, cột «Điểm chuẩn»");
  }

  @Test
  void duplicateCodeIsRefused() throws Exception {
    refused(HEADER + "1,A,21,18,,,\n1.1,B,4,3,x,y,\n1.1.,C,4,3,x,y,\n", "Dòng 4, cột «STT»", "1.1");
  }

  @Test
  void missingColumnIsNamed() throws Exception {
    refused("STT,Nội dung,Số điểm,Lí do\n1,A,3,x\n", "Dòng 1, cột «Điểm chuẩn»");
  }

  @Test
  void noHeaderAtAllIsRefused() throws Exception {
    refused("a,b,c\n1,2,3\n", "tiêu đề");
  }

  @Test
  void headerWithoutRowsIsRefused() throws Exception {
    refused(HEADER, "không có dòng");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws Exception {
    int before = stored();
    post(
            "t.csv",
            (HEADER + "1,A,x,18,,,\n1.1,B,4,-2,x,y,\nabc,C,1,1,,,\n")
                .getBytes(StandardCharsets.UTF_8),
            unitCode)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(3));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void emptyFileIsRefused() throws Exception {
    int before = stored();
    post("t.csv", new byte[0], unitCode).andExpect(status().isUnprocessableContent());
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void fileThatIsNotWhatItsExtensionSaysIsRefused() throws Exception {
    int before = stored();
    post("t.xlsx", (HEADER + "1,A,21,18,,,\n").getBytes(StandardCharsets.UTF_8), unitCode)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("XLSX")));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void corruptXlsxIsRefused() throws Exception {
    int before = stored();
    byte[] zipHeaderOnly = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
    post("t.xlsx", zipHeaderOnly, unitCode).andExpect(status().isUnprocessableContent());
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void unknownUnitNamesTheUnitField() throws Exception {
    int before = stored();
    post("t.csv", (HEADER + "1,A,21,18,,,\n").getBytes(StandardCharsets.UTF_8), "NOPE")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].column").value("unit"));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void unknownUnitAndBadFileAreReportedTogether() throws Exception {
    post("t.csv", new byte[0], "NOPE")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("unit"));
  }

  @Test
  void missingYearIs400() throws Exception {
    mvc.perform(
            multipart("/api/v1/assessments/import")
                .file(
                    new MockMultipartFile(
                        "file", "t.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .param("unit", unitCode))
        .andExpect(status().isBadRequest());
  }

  @Test
  void decomposedUnicodeContentIsStoredNfc() throws Exception {
    String nfd =
        java.text.Normalizer.normalize("Công tác chỉ đạo điều hành", java.text.Normalizer.Form.NFD);
    post("t.csv", (HEADER + "1," + nfd + ",21,21,,,\n").getBytes(StandardCharsets.UTF_8), unitCode)
        .andExpect(status().isCreated());
    String stored =
        jdbc.sql("select name from criterion where code = '1' order by id desc")
            .query(String.class)
            .list()
            .get(0);
    assertThat(stored).isEqualTo("Công tác chỉ đạo điều hành").isNotEqualTo(nfd);
  }

  @Test
  void scoreAboveMaxIsStoredAndReportedAsFinding() throws Exception {
    String body =
        post("t.csv", (HEADER + "1,A,2,3,,,\n").getBytes(StandardCharsets.UTF_8), unitCode)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.findings").value(1))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("\"partialFramework\":true");
  }
}
