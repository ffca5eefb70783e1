package vn.parindex.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class AssessmentPagesTest {

  @Autowired MockMvc mvc;
  @Autowired vn.parindex.assessment.Assessments assessments;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired AssessmentQueries queries;

  @Test
  void uploadFormListsExistingUnits() throws Exception {
    units.save(new Unit(null, "P1", "Tỉnh Thử", UnitType.PROVINCE, null, null, null, false));
    mvc.perform(get("/assessments/upload"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tải bảng điểm")))
        .andExpect(content().string(containsString("tỉnh Thử (P1)")));
  }

  @Test
  void uploadWithNewCommuneStoresItsNameNfcAndShowsTheTree() throws Exception {
    String nfd = Normalizer.normalize("Vĩnh Chấp", Normalizer.Form.NFD);
    String location =
        mvc.perform(
                multipart("/assessments/upload")
                    .file(new MockMultipartFile("file", "seed.csv", "text/csv", SeedTables.csv()))
                    .param("newCode", "09999")
                    .param("newName", nfd)
                    .param("year", "2024")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/assessments/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(units.findByCode("09999").orElseThrow().name()).isEqualTo("Vĩnh Chấp");
    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2,80")))
        .andExpect(content().string(containsString("has-finding")))
        .andExpect(content().string(containsString("Lỗi")))
        .andExpect(content().string(containsString("/plans/draft")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("tính lại: 18,20")))
        .andExpect(content().string(containsString("năm 2024")))
        .andExpect(content().string(containsString("«21/13»")));
  }

  @Test
  void refusedUploadListsEveryProblemAndStoresNothingNotEvenTheNewUnit() throws Exception {
    int before = jdbc.sql("select count(*) from assessment").query(Integer.class).single();
    String csv =
        "STT,Nội dung,Điểm chuẩn,Số điểm,Lí do mất điểm,Biện pháp khắc phục,Ghi chú\n"
            + "1,A,x,18,,,\n1.1,B,4,-2,x,y,\n";
    mvc.perform(
            multipart("/assessments/upload")
                .file(
                    new MockMultipartFile(
                        "file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("newCode", "08888")
                .param("newName", "Xã Lỗi")
                .param("year", "2024")
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Dòng 2, cột «Điểm chuẩn»")))
        .andExpect(content().string(containsString("Dòng 3, cột «Số điểm»")))
        .andExpect(content().string(containsString("value=\"08888\"")));
    assertThat(units.findByCode("08888")).isEmpty();
    assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void refusedFieldsComeBackAsTypedWithTheirMessageBesideThemAndNothingIsStored() throws Exception {
    int before = jdbc.sql("select count(*) from assessment").query(Integer.class).single();
    String html =
        mvc.perform(
                multipart("/assessments/upload")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "vinh-chap.csv",
                            "text/csv",
                            SeedTables.csvText().getBytes(StandardCharsets.UTF_8)))
                    .param("newCode", "08889")
                    .param("newName", "Xã Gõ Sai")
                    .param("year", "2024")
                    .param("statedLoss", "6,47")
                    .param("rank", "mười một")
                    .param("rankOf", "18")
                    .with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("name=\"newName\" value=\"Xã Gõ Sai\"")
        .contains("name=\"statedLoss\" inputmode=\"decimal\" value=\"6,47\"")
        .contains("name=\"rank\" min=\"1\" value=\"mười một\"")
        .contains("name=\"rankOf\" min=\"1\" value=\"18\"")
        .contains(
            "<small class=\"field-error\" id=\"e-rank\">«mười một» không phải là một thứ hạng"
                + " hợp lệ (từ 1 đến tổng số đơn vị).</small>")
        .contains("id=\"upload-errors\"");
    assertThat(units.findByCode("08889")).isEmpty();
    assertThat(jdbc.sql("select count(*) from assessment").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void inlineEditStoresPointsReasonAndMeasureOfALeaf() throws Exception {
    units.save(new Unit(null, "07777", "Xã Sửa", UnitType.COMMUNE, null, null, null, false));
    String location =
        mvc.perform(
                multipart("/assessments/upload")
                    .file(new MockMultipartFile("file", "seed.csv", "text/csv", SeedTables.csv()))
                    .param("unit", "07777")
                    .param("year", "2023")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location + "/nodes/2.3/edit"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"points\"")));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    location + "/nodes/2.3")
                .param("points", "0,91")
                .param("reason", "Đạt 90.78%")
                .param("measure", "Tăng thanh toán")
                .param(
                    "version",
                    String.valueOf(
                        assessments
                            .version(
                                Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
                            .orElseThrow()))
                .header("HX-Request", "true")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .exists("HX-Redirect"));
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    AssessmentEntry entry =
        queries
            .scorecard(id)
            .node(vn.parindex.framework.CriterionCode.of("2.3"))
            .orElseThrow()
            .entry();
    assertThat(entry.points()).isEqualByComparingTo("0.91");
    assertThat(entry.measure()).isEqualTo("Tăng thanh toán");
    assertThat(queries.findings(id)).noneMatch(f -> "2.3".equals(f.code()));
  }

  @Test
  void anEditFromAVersionSomeoneChangedSinceIsRefusedKeepingWhatWasTyped() throws Exception {
    units.save(new Unit(null, "07778", "Xã Hai Người", UnitType.COMMUNE, null, null, null, false));
    String location =
        mvc.perform(
                multipart("/assessments/upload")
                    .file(new MockMultipartFile("file", "seed.csv", "text/csv", SeedTables.csv()))
                    .param("unit", "07778")
                    .param("year", "2023")
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String form =
        mvc.perform(get(location + "/nodes/2.3/edit"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
    assertThat(version.find()).isTrue();

    assertThat(editOf(location, version.group(1), "0,91", "Người thứ nhất").getStatus())
        .isEqualTo(302);
    var late = editOf(location, version.group(1), "0,5", "Người thứ hai");

    assertThat(late.getStatus()).isEqualTo(409);
    assertThat(late.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Người khác vừa sửa tiêu chí này")
        .contains("Người thứ hai")
        .contains("Số điểm");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(
            queries
                .scorecard(id)
                .node(vn.parindex.framework.CriterionCode.of("2.3"))
                .orElseThrow()
                .entry()
                .measure())
        .isEqualTo("Người thứ nhất");
  }

  /** Saves criterion 2.3 as the edit form would post it, from the version and values it showed. */
  private org.springframework.mock.web.MockHttpServletResponse editOf(
      String location, String version, String points, String measure) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    location + "/nodes/2.3")
                .param("points", points)
                .param("reason", "Đạt 90.78%")
                .param("measure", measure)
                .param("version", version)
                .param("seenPoints", "0.9")
                .param("seenReason", "Tỷ lệ thanh toán trực tuyến đạt 90.78%")
                .param(
                    "seenMeasure",
                    "Bộ phận một cửa khắc phục nội dung này, phần đầu tỷ lệ thanh toán trực tuyến"
                        + " đạt 100%.")
                .with(csrf()))
        .andReturn()
        .getResponse();
  }

  @Test
  void unknownAssessmentPageIs404() throws Exception {
    mvc.perform(get("/assessments/987654"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Exception"))));
  }
}
