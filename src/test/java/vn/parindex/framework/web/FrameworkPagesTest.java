package vn.parindex.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.WithAccount;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class FrameworkPagesTest {

  @Autowired MockMvc mvc;
  @Autowired CriteriaSets sets;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** The sample's obligations would otherwise reach other tests' 2025 calendars. */
  @org.junit.jupiter.api.AfterEach
  void forgetSetObligations() {
    jdbc.sql("delete from obligation where set_id is not null").update();
  }

  @Test
  void listPageShowsTheUploadFormInVietnamese() throws Exception {
    mvc.perform(get("/frameworks"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(allOf(containsString("Nhập bộ chỉ số"), containsString("name=\"_csrf\""))));
  }

  @Test
  void uploadedSampleIsShownAsATreeWithMethodsAndParamsInWords() throws Exception {
    byte[] sample =
        mvc.perform(get("/frameworks/sample.yaml"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String location =
        mvc.perform(
                multipart("/frameworks")
                    .file(new MockMultipartFile("file", "bo-chi-so-xa-2025.yaml", null, sample))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ngưỡng 80%"),
                        containsString("Theo khoảng tỷ lệ"),
                        containsString("trên 90% đến 100%: 2 điểm"),
                        containsString("Trừ 0,5 điểm mỗi lần"),
                        containsString("Nguồn số liệu: Tỷ lệ hồ sơ thanh toán trực tuyến"),
                        containsString("export.xlsx"))));
    // stored and read back: the export of the saved set still names the source
    mvc.perform(get("/api/v1" + location + "/export.yaml"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ONLINE_PAYMENT")));
  }

  @Test
  void aBadUploadListsEveryProblemAndStoresNothing() throws Exception {
    String csv = "code,name,max_points,method,params\n1,A,x,,\n1.1,B,1,magic,\n";
    int before = sets.list().size();
    mvc.perform(
            multipart("/frameworks")
                .file(
                    new MockMultipartFile(
                        "file", "a.csv", null, csv.getBytes(StandardCharsets.UTF_8)))
                .param("year", "2025")
                .param("unitType", "COMMUNE")
                .param("name", "N")
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Dòng 2, cột «max_points»"),
                        containsString("Dòng 3, cột «method»"),
                        containsString("không có gì được lưu"))));
    assertThat(sets.list()).hasSize(before);
  }

  @Test
  void aRefusedUploadKeepsTheTypedFieldsWithTheirMessagesBesideThem() throws Exception {
    String csv = "code,name,max_points,method,params\n1,A,1,,\n";
    int before = sets.list().size();
    String html =
        mvc.perform(
                multipart("/frameworks")
                    .file(
                        new MockMultipartFile(
                            "file", "a.csv", null, csv.getBytes(StandardCharsets.UTF_8)))
                    .param("year", "1999")
                    .param("unitType", "WARD")
                    .param("name", "Bộ chỉ số <thử>")
                    .with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("value=\"1999\"", "value=\"Bộ chỉ số &lt;thử>\"")
        .contains("<option value=\"WARD\" selected>")
        .contains(
            "<small class=\"field-error\" id=\"e-year\">Năm «1999» không hợp lệ (từ 2000 đến"
                + " 2100).</small>")
        .contains("không có gì được lưu");
    assertThat(sets.list()).hasSize(before);
  }
}
