package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.parindex.account.Role;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount(username = "ban.cai.cach")
class PlanAuditTest {

  private static final String XSS = "<script>alert('x')</script>";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired PlanService service;
  @Autowired JdbcClient jdbc;

  long planId;

  record Row(String field, String oldValue, String newValue, String username) {}

  @BeforeEach
  void draftTheSeedPlan() throws Exception {
    String suffix = String.valueOf(System.nanoTime());
    Unit district =
        units.save(
            new Unit(null, "D" + suffix, "Vĩnh Linh", UnitType.DISTRICT, null, null, null, true));
    Unit commune =
        units.save(
            new Unit(
                null,
                "C" + suffix,
                "Vĩnh Chấp",
                UnitType.COMMUNE,
                district.id(),
                null,
                null,
                true));
    int version = ThreadLocalRandom.current().nextInt(2_000_000, 3_000_000);
    long setId = sets.save(SeedFixture.criteriaSet(null, version)).id();
    long assessmentId =
        assessments
            .save(
                vn.parindex.support.TestActors.fixture(),
                SeedFixture.assessment(null, commune.id(), setId))
            .id();
    // drafted through the API, so the audit trail shows the actor the boundary passed in
    mvc.perform(post("/api/v1/plans").param("assessment", String.valueOf(assessmentId)))
        .andExpect(status().isCreated());
    planId = service.currentOf(assessmentId).orElseThrow().id();
  }

  private List<Row> rows() {
    return jdbc.sql(
            "select field, old_value, new_value, username from audit_event"
                + " where entity_type = 'PLAN' and entity_id = ? order by id")
        .param(planId)
        .query(Row.class)
        .list();
  }

  private void putWithLine1(String reason, String deadline) throws Exception {
    String json =
        mvc.perform(get("/api/v1/plans/" + planId)).andReturn().getResponse().getContentAsString();
    ObjectNode plan = (ObjectNode) JSON.readTree(json);
    ObjectNode line = (ObjectNode) plan.get("lines").get(1);
    line.put("reason", reason);
    line.put("deadline", deadline);
    mvc.perform(
            put("/api/v1/plans/" + planId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(plan)))
        .andExpect(status().isOk());
  }

  @Test
  void draftingRecordsCreated() {
    assertThat(rows())
        .extracting(Row::field, Row::username)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("created", "ban.cai.cach"));
  }

  @Test
  void savingAChangedReasonAndDeadlineRecordsExactlyThoseTwoRows() throws Exception {
    Plan before = service.get(planId);
    PlanLine line = before.lines().get(1);
    putWithLine1("Chưa công khai đúng hạn", "2025-06-30");
    List<Row> changes = rows().stream().filter(r -> !r.field().equals("created")).toList();
    assertThat(changes)
        .containsExactly(
            new Row(
                line.code() + " · reason",
                line.reason(),
                "Chưa công khai đúng hạn",
                "ban.cai.cach"),
            new Row(
                line.code() + " · deadline",
                line.deadline() == null ? null : line.deadline().toString(),
                "2025-06-30",
                "ban.cai.cach"));
  }

  @Test
  void editorShowsTheHistoryInVietnameseWithAChangedValueEscaped() throws Exception {
    putWithLine1(XSS, "2025-06-30");
    String code = service.get(planId).lines().get(1).code();
    mvc.perform(get("/plans/" + planId))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Lịch sử thay đổi")))
        .andExpect(content().string(containsString(code + " · Lí do mất điểm")))
        .andExpect(content().string(containsString(code + " · Thời hạn")))
        // a day as the reader writes it, not as it is stored
        .andExpect(content().string(containsString("<span class=\"new\">30/06/2025</span>")))
        .andExpect(content().string(not(containsString(">2025-06-30<"))))
        .andExpect(content().string(containsString("Lập dự thảo")))
        .andExpect(content().string(containsString("ban.cai.cach")))
        .andExpect(content().string(containsString("&lt;script&gt;alert('x')&lt;/script&gt;")))
        .andExpect(content().string(not(containsString(XSS))));
  }

  @Test
  void anotherUnitsOfficerCannotSeeThePlanOrItsHistory() throws Exception {
    Unit other =
        units.save(
            new Unit(
                null,
                "O" + System.nanoTime(),
                "Xã Khác",
                UnitType.COMMUNE,
                null,
                null,
                null,
                false));
    mvc.perform(get("/plans/" + planId).with(Accounts.as(Role.PAR_OFFICER, other.id())))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Lịch sử thay đổi"))));
  }
}
