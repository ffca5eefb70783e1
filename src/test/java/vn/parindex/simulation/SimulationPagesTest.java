package vn.parindex.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Departments;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class SimulationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Departments departments;

  SimulationWorld w;

  @BeforeEach
  void world() {
    w = new SimulationWorld(context);
  }

  private String page(String path, Role role) throws Exception {
    MockHttpServletResponse r =
        mvc.perform(get(path).with(Accounts.as(role, w.a.id()))).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return r.getContentAsString();
  }

  @Test
  void theGainsPageListsTheCheapestFirstWithWhatItTakes() throws Exception {
    String html = page("/assessments/" + w.assessmentA + "/gains", Role.PAR_OFFICER);
    assertThat(html.indexOf("data-code=\"1.1\""))
        .isLessThan(html.indexOf("data-code=\"1.2\""))
        .isPositive();
    assertThat(html.indexOf("data-code=\"1.2\"")).isLessThan(html.indexOf("data-code=\"2.3\""));
    assertThat(html.indexOf("data-code=\"2.3\"")).isLessThan(html.indexOf("data-code=\"2.4\""));
    assertThat(html)
        .contains("Ban hành 1 văn bản, báo cáo")
        .contains("Khắc phục 2 mục")
        .contains("12 hồ sơ cần chuyển đổi")
        .contains("Chưa rõ (chấm điểm thủ công)")
        .contains("Chọn làm mục tiêu");
    assertThat(page("/assessments/" + w.assessmentA + "/gains", Role.LEADER))
        .doesNotContain("Chọn làm mục tiêu");
  }

  @Test
  void choosingATargetTwiceLandsOnTheSameTask() throws Exception {
    long department = departments.add(w.a.id(), "Bộ phận Một cửa", null).id();
    String first = choose(department);
    assertThat(first).matches("/tasks/\\d+");
    assertThat(choose(department)).isEqualTo(first);
    assertThat(page(first, Role.PAR_OFFICER)).contains("hx-get=\"" + first + "/target\"");
    assertThat(page(first + "/target", Role.PAR_OFFICER))
        .contains("Tỷ lệ hồ sơ thanh toán trực tuyến")
        .contains("mục tiêu 100 %");
  }

  @Test
  void aWrongValueOnTheFormIsShownBesideItsLeafAndNothingElseMoves() throws Exception {
    MockHttpServletResponse r =
        mvc.perform(
                post("/assessments/" + w.assessmentA + "/what-if")
                    .param("v_2.3", "100,5")
                    .with(csrf())
                    .with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
            .andReturn()
            .getResponse();
    assertThat(r.getContentAsString())
        .contains("Tiêu chí 2.3: tỷ lệ phải từ 0 đến 100 %.")
        .contains("value=\"100,5\"")
        .contains("<td class=\"num\" id=\"then-total\"></td>");
  }

  private String choose(long department) throws Exception {
    MockHttpServletResponse r =
        mvc.perform(
                post("/assessments/" + w.assessmentA + "/targets")
                    .param("code", "2.3")
                    .param("indicator", "ONLINE_PAYMENT")
                    .param("department", String.valueOf(department))
                    .with(csrf())
                    .with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(302);
    return r.getRedirectedUrl();
  }
}
