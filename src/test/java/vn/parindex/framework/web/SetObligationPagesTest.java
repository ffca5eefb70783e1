package vn.parindex.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSetImporter;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.support.Accounts;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.UnitType;

/**
 * A criteria set's obligations changed through the form become the set's next version, all or
 * nothing; only those who import sets may do it. The sample set is imported for a year no other
 * test uses, so that its new versions reach no other test's calendar.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class SetObligationPagesTest {

  static final int YEAR = 2031;

  @Autowired MockMvc mvc;
  @Autowired CriteriaSetImporter importer;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;

  CriteriaSet set;

  @BeforeEach
  void importTheSample() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/samples/bo-chi-so-xa-2025.yaml")) {
      set =
          importer.importFile(
              "bo-chi-so.yaml",
              in.readAllBytes(),
              new CriteriaSetImporter.Fields(null, String.valueOf(YEAR), null));
    }
  }

  @AfterEach
  void forgetTheSets() {
    jdbc.sql(
            "delete from obligation where set_id in (select id from criteria_set where index_year = ?)")
        .param(YEAR)
        .update();
  }

  @Test
  void theFormShowsTheSetsObligationsAndRowsForNewOnes() throws Exception {
    String html = html(get("/frameworks/" + set.id() + "/obligations"));
    assertThat(html)
        .contains("Hoàn thành 100% kế hoạch CCHC năm, trước ngày 15/11", "value=\"15/11\"")
        .contains("Lưu thành phiên bản " + (set.version() + 1));
    assertThat(html.split("name=\"criterionCode\"", -1)).hasSize(set.obligations().size() + 3 + 1);
    assertThat(html(get("/frameworks/" + set.id()))).contains("Sửa nghĩa vụ (tạo phiên bản mới)");
  }

  @Test
  void savingMakesTheNextVersionWithTheChangedObligations() throws Exception {
    int before = versions();
    String location =
        mvc.perform(
                form(
                        row(
                            "1.1",
                            "Hoàn thành kế hoạch <script>alert(1)</script>",
                            "DEADLINE",
                            "",
                            "30/11",
                            "",
                            "",
                            "Văn phòng"),
                        row("1.2", "Báo cáo đột xuất", "WITHIN_DAYS", "", "", "", "7", ""),
                        row("1.5", "", "RECURRING", "", "31/12", "2", "", "UBND xã"),
                        row("", "", "DEADLINE", "", "", "", "", ""))
                    .param("remove", "2"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("savedVersion", set.version() + 1))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    assertThat(versions()).isEqualTo(before + 1);
    CriteriaSet saved = sets.findCurrent(YEAR, UnitType.COMMUNE).orElseThrow();
    assertThat(location).isEqualTo("/frameworks/" + saved.id());
    assertThat(saved.version()).isEqualTo(set.version() + 1);
    assertThat(saved.criteria()).hasSameSizeAs(set.criteria());
    assertThat(saved.bands()).isEqualTo(set.bands());
    assertThat(saved.obligations())
        .extracting(Obligation::criterionCode, Obligation::title, Obligation::kind, Obligation::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "1.1",
                "Hoàn thành kế hoạch <script>alert(1)</script>",
                ObligationKind.DEADLINE,
                MonthDay.of(11, 30)),
            org.assertj.core.groups.Tuple.tuple(
                "1.5",
                "Sáng kiến, giải pháp CCHC được công nhận",
                ObligationKind.RECURRING,
                MonthDay.of(12, 31)));
    assertThat(saved.obligations().get(1).timesPerYear()).isEqualTo(2);
    // The version that was edited stays as it was.
    assertThat(sets.findById(set.id()).orElseThrow().obligations())
        .hasSize(set.obligations().size());
    String page = html(get(location));
    assertThat(page)
        .doesNotContain("<script>alert(1)")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");

    // A second change from the version now superseded would undo the first: refused.
    assertThat(refused(form(row("1.1", "Cũ", "DEADLINE", "", "15/11", "", "", ""))))
        .contains(
            "Bộ chỉ số đã có phiên bản "
                + saved.version()
                + ", mới hơn phiên bản "
                + set.version()
                + " đang sửa");
    assertThat(versions()).isEqualTo(before + 1);
    assertThat(html(get("/frameworks/" + set.id())))
        .contains("phiên bản mới nhất là " + saved.version())
        .doesNotContain("Sửa nghĩa vụ (tạo phiên bản mới)");
  }

  @Test
  void problemsAreShownForTheRowsAsNumberedOnTheFormAndNothingIsSaved() throws Exception {
    int before = versions();
    String html =
        refused(
            form(
                row("1.1", "Giữ lại", "DEADLINE", "", "15/11", "", "", ""),
                row("", "", "DEADLINE", "", "", "", "", ""),
                row("9.9", "Không có tiêu chí", "DEADLINE", "", "15/11", "", "", ""),
                row("1.3", "Công khai", "WINDOW", "", "31/03", "", "", "")));
    assertThat(html)
        .contains("Dòng 3, cột «Tiêu chí»: Không có tiêu chí «9.9» trong bộ chỉ số này")
        .contains("Dòng 4, cột «Từ ngày (dd/MM)»: Cần nhập ngày bắt đầu và ngày kết thúc")
        .contains("value=\"Không có tiêu chí\"");
    String notWhole = refused(form(row("1.2", "Báo cáo", "WITHIN_DAYS", "", "", "", "bảy", "")));
    assertThat(notWhole).contains("Dòng 1, cột «Số ngày»: «bảy» không phải số nguyên");
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void onlyThoseWhoImportSetsMayChangeTheirObligations() throws Exception {
    String url = "/frameworks/" + set.id() + "/obligations";
    mvc.perform(get(url).with(Accounts.as(Role.PAR_OFFICER, 1))).andExpect(status().isForbidden());
    mvc.perform(
            form(row("1.1", "X", "DEADLINE", "", "15/11", "", "", ""))
                .with(Accounts.as(Role.LEADER, 1)))
        .andExpect(status().isForbidden());
    mvc.perform(post(url).param("title", "X")).andExpect(status().isForbidden()); // no CSRF token
    mvc.perform(get(url).with(Accounts.as(Role.APPRAISER, 1))).andExpect(status().isOk());
    assertThat(html(get("/frameworks/" + set.id()).with(Accounts.as(Role.PAR_OFFICER, 1))))
        .doesNotContain("Sửa nghĩa vụ");
  }

  private int versions() {
    return (int)
        sets.list().stream()
            .filter(s -> s.year() == YEAR && s.unitType() == UnitType.COMMUNE)
            .count();
  }

  private String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private String refused(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isUnprocessableContent())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static List<String> row(String... fields) {
    return List.of(fields);
  }

  @SafeVarargs
  private MockHttpServletRequestBuilder form(List<String>... rows) {
    String[] names = {
      "criterionCode", "title", "kind", "from", "to", "timesPerYear", "withinDays", "responsible"
    };
    MockHttpServletRequestBuilder request =
        post("/frameworks/" + set.id() + "/obligations").with(csrf());
    for (List<String> row : rows) {
      for (int i = 0; i < names.length; i++) {
        request.param(names[i], row.get(i));
      }
    }
    return request;
  }
}
