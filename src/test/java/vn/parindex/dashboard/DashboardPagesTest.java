package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
class DashboardPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired Dashboards dashboards;

  DashboardFixture f;

  @BeforeEach
  void setUp() {
    f = new DashboardFixture(units, jdbc, "DP");
  }

  private Map<String, TaskCounts> byDepartment() {
    Map<String, TaskCounts> counts = new LinkedHashMap<>();
    dashboards
        .unit(f.commune, LocalDate.now())
        .departments()
        .forEach(r -> counts.put(r.name() == null ? "-" : r.name(), r.counts()));
    return counts;
  }

  @Test
  void tasksAreCountedByDepartmentAndState() {
    Map<String, TaskCounts> counts = byDepartment();
    assertThat(counts)
        .containsEntry(
            java.text.Normalizer.normalize(DashboardFixture.OFFICE, java.text.Normalizer.Form.NFD),
            new TaskCounts(1, 1, 1, 0, 3))
        .containsEntry(DashboardFixture.JUSTICE, new TaskCounts(0, 1, 0, 1, 0))
        .containsEntry(DashboardFixture.CULTURE, new TaskCounts(1, 0, 1, 0, 2))
        .containsEntry("-", new TaskCounts(0, 0, 1, 0, 1));
  }

  @Test
  void totalsLeaveCancelledTasksOut() {
    TaskCounts totals = dashboards.unit(f.commune, LocalDate.now()).totals();
    assertThat(totals.total()).isEqualTo(8);
    assertThat(totals.overdue()).isEqualTo(1);
    assertThat(totals.completionPercent()).isEqualByComparingTo("25.00");
  }

  @Test
  void unitPageShowsTheTableAndTheChartData() throws Exception {
    mvc.perform(get("/dashboard").param("unit", "DP-1"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Tiến độ thực hiện kế hoạch theo bộ phận"),
                        containsString(DashboardFixture.JUSTICE),
                        containsString("data-chart=\"{&#34;type&#34;:&#34;bar&#34;"),
                        containsString("/dist/chart.umd.js"),
                        containsString("/js/dashboard.js"),
                        containsString(
                            "href=\"/dashboard/export.csv?list=tasks&amp;unit=DP-1\""))));
  }

  @Test
  void lostPointsByAreaComeFromTheLatestAssessment() throws Exception {
    mvc.perform(
            multipart("/api/v1/assessments/import")
                .file(new MockMultipartFile("file", "seed.csv", "text/csv", SeedTables.csv()))
                .param("unit", "DP-1")
                .param("year", "2024"))
        .andExpect(status().is2xxSuccessful());
    UnitDashboard d = dashboards.unit(f.commune, LocalDate.now());
    assertThat(d.areaYear()).isEqualTo(2024);
    Map<String, BigDecimal> lost = new LinkedHashMap<>();
    d.areas().forEach(a -> lost.put(a.code(), a.lost()));
    assertThat(lost.get("1")).isEqualByComparingTo("2.39");
    assertThat(lost.get("2")).isEqualByComparingTo("0.55");
    assertThat(lost.get("3")).isEqualByComparingTo("1");
    assertThat(lost.get("4")).isEqualByComparingTo("2.5");
    assertThat(lost.get("5")).isEqualByComparingTo("0.03");
    assertThat(d.trend()).extracting(UnitDashboard.YearPoint::year).containsExactly(2024);
  }

  @Test
  void provincePageShowsChildrenSideBySide() throws Exception {
    mvc.perform(get("/api/v1/dashboard/province").param("unit", "DP-P"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows.length()").value(2))
        .andExpect(jsonPath("$.rows[0].code").value("DP-1"))
        .andExpect(jsonPath("$.rows[0].tasks.overdue").value(1))
        .andExpect(jsonPath("$.rows[1].tasks.verified").value(0));
    mvc.perform(get("/dashboard/province").param("unit", "DP-P"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Xã Vĩnh Thử"),
                        containsString("Xã Bên Cạnh"),
                        containsString("25,00"),
                        containsString("href=\"/dashboard?unit=DP-1\""),
                        containsString("list=rankings&amp;unit=DP-P\""),
                        containsString("id=\"chart-province\""))));
  }

  @Test
  void aReaderOfTheParentWhoSeesNoUnitBelowIsToldSoWithoutAnEmptyChart() throws Exception {
    // the district's Fatherland Front reads its own unit only
    String page = provincePageAs(vn.parindex.account.Role.SUPERVISOR);
    org.assertj.core.api.Assertions.assertThat(page)
        .contains("Đơn vị này không có đơn vị trực thuộc nào bạn được xem.")
        .doesNotContain("id=\"chart-province\"")
        .doesNotContain("list=rankings");
  }

  @Test
  void theParentsLeaderFollowsEveryUnitBelow() throws Exception {
    String page = provincePageAs(vn.parindex.account.Role.LEADER);
    org.assertj.core.api.Assertions.assertThat(page)
        .contains("id=\"chart-province\"")
        .contains("href=\"/dashboard?unit=DP-1\"")
        .contains("href=\"/dashboard?unit=DP-2\"")
        .doesNotContain("Đơn vị này không có đơn vị trực thuộc nào bạn được xem.");
    mvc.perform(
            get("/dashboard")
                .param("unit", "DP-1")
                .with(
                    vn.parindex.support.Accounts.as(
                        vn.parindex.account.Role.LEADER, f.district.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bảng theo dõi: Xã Vĩnh Thử")));
  }

  private String provincePageAs(vn.parindex.account.Role role) throws Exception {
    return mvc.perform(
            get("/dashboard/province")
                .param("unit", "DP-P")
                .with(vn.parindex.support.Accounts.as(role, f.district.id())))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void signedInUserSeesTheirOwnUnitByDefault() throws Exception {
    mvc.perform(get("/dashboard").with(officer(f.officerOfCommune, f.commune.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bảng theo dõi: Xã Vĩnh Thử")));
  }

  @Test
  void anotherUnitsDashboardIsNotFoundForAnOfficer() throws Exception {
    // The "not found" page comes from an exception handler, with none of the advice's model: its
    // header still shows who is signed in, and the logout form.
    mvc.perform(
            get("/dashboard").param("unit", "DP-1").with(officer(f.officerOfOther, f.other.id())))
        .andExpect(status().isNotFound())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<span class=\"who\">U</span>"),
                        containsString("action=\"/logout\""))));
    mvc.perform(
            get("/dashboard/export.csv")
                .param("list", "tasks")
                .param("unit", "DP-1")
                .with(officer(f.officerOfOther, f.other.id())))
        .andExpect(status().isNotFound());
  }

  @Test
  void provinceListsOnlyUnitsInScopeOfAnAppraiser() throws Exception {
    CurrentUser appraiser =
        new CurrentUser(f.officerOfOther, "b", "B", f.other.id(), null, Set.of(Role.APPRAISER));
    // An appraiser of one commune sees the district's page only for what is under that commune.
    mvc.perform(
            get("/api/v1/dashboard/province")
                .param("unit", "DP-P")
                .with(user(new AccountPrincipal(appraiser, "x", true))))
        .andExpect(status().isNotFound());
  }

  @Test
  void tasksListIsServedAsJsonWithTheOverdueFlag() throws Exception {
    mvc.perform(get("/api/v1/dashboard/tasks").param("unit", "DP-1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(9))
        .andExpect(jsonPath("$[?(@.title == 'Rà soát văn bản')].overdue").value(true));
  }

  static org.springframework.test.web.servlet.request.RequestPostProcessor officer(
      long id, long unitId) {
    return user(
        new AccountPrincipal(
            new CurrentUser(id, "u" + id, "U", unitId, null, Set.of(Role.PAR_OFFICER)), "x", true));
  }
}
