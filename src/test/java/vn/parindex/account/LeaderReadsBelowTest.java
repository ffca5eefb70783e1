package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.support.Accounts;

/**
 * The province's chairman reads every commune below (their dashboard, results and plans) and is
 * offered nothing to change there; a leader who also holds a writing role still changes only their
 * own unit.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class LeaderReadsBelowTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  ScopeWorld w;

  @BeforeEach
  void world() throws Exception {
    w = ScopeWorld.in(context);
  }

  private String page(String url, RequestPostProcessor as) throws Exception {
    return mvc.perform(get(url).with(as))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private RequestPostProcessor provinceLeader() {
    return Accounts.as(Role.LEADER, w.p.id());
  }

  /** A province user who is both its chairman and its PAR officer. */
  private RequestPostProcessor provinceLeaderAndOfficer() {
    return user(
        Accounts.principal("lanh.dao.tinh", w.p.id(), Set.of(Role.LEADER, Role.PAR_OFFICER)));
  }

  @Test
  void theProvinceDashboardListsTheCommunesBelowForItsChairman() throws Exception {
    String province = page("/dashboard/province?unit=SW-D", provinceLeader());
    assertThat(province).contains("Xã Của Mình").contains("Xã Láng Giềng");
    assertThat(province).doesNotContain("Xã Tỉnh Khác");
    String choices = page("/dashboard", provinceLeader());
    assertThat(choices).contains("SW-A").contains("SW-D").doesNotContain("SW-C");
  }

  @Test
  void theChairmansHomeLeadsToTheUnitsBelowAndACommunesDoesNot() throws Exception {
    assertThat(page("/", provinceLeader()))
        .contains("Các đơn vị trực thuộc")
        .contains("Kết quả chỉ số, kế hoạch khắc phục và tiến độ của 1 đơn vị trực thuộc")
        .contains("href=\"/dashboard/province?unit=SW-P\"");
    assertThat(page("/", Accounts.as(Role.LEADER, w.a.id())))
        .doesNotContain("/dashboard/province?unit=");
  }

  @Test
  void aCommunesPlanIsListedAndReadWithNothingOffered() throws Exception {
    assertThat(page("/plans", provinceLeader()))
        .contains("/plans/" + w.planA)
        .contains("/plans/" + w.planB);
    String plan = page("/plans/" + w.planA, provinceLeaderAndOfficer());
    assertThat(plan)
        .contains("<fieldset class=\"bare\" disabled>")
        .doesNotContain("Lưu kế hoạch")
        .doesNotContain("/plans/" + w.planA + "/tasks/new")
        .doesNotContain("/plans/" + w.planA + "/progress");
  }

  @Test
  void aCommunesScoreTableIsReadWithoutEditLinksOrTheDraftButton() throws Exception {
    String table = page("/assessments/" + w.assessmentA, provinceLeaderAndOfficer());
    assertThat(table)
        .contains("Xã Của Mình")
        .doesNotContain("/nodes/1.1/edit")
        .doesNotContain("action=\"/plans/draft\"");
    // the commune's own officer is offered both
    String own = page("/assessments/" + w.assessmentA, Accounts.as(Role.PAR_OFFICER, w.a.id()));
    assertThat(own).contains("/nodes/1.1/edit").contains("action=\"/plans/draft\"");
    // the commune's own chairman reads the table and is not offered its edit links
    String chairman = page("/assessments/" + w.assessmentA, Accounts.as(Role.LEADER, w.a.id()));
    assertThat(chairman).doesNotContain("/nodes/1.1/edit");
  }

  @Test
  void aLeaderWhoAlsoWritesChangesNothingBelowTheirUnit() throws Exception {
    long version =
        jdbc.sql("select row_version from plan where id = ?")
            .param(w.planA)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/plans/draft")
                .param("assessment", String.valueOf(w.assessmentA))
                .with(csrf())
                .with(provinceLeaderAndOfficer()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/plans/" + w.planA)
                .param("version", String.valueOf(version))
                .param("title", "Sửa từ tỉnh")
                .with(csrf())
                .with(provinceLeaderAndOfficer()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/tasks?unit=" + w.a.id()).with(provinceLeaderAndOfficer()))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select row_version from plan where id = ?")
                .param(w.planA)
                .query(Long.class)
                .single())
        .isEqualTo(version);
  }
}
