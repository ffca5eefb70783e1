package vn.parindex.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanService;
import vn.parindex.support.Accounts;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Departments;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class TargetsTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired PlanService plans;
  @Autowired Departments departments;
  @Autowired Clock clock;

  SimulationWorld w;
  long department;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void world() {
    w = new SimulationWorld(context);
    department = departments.add(w.a.id(), "Bộ phận Một cửa", null).id();
  }

  private MockHttpServletResponse target(String code, Role role) throws Exception {
    return mvc.perform(
            post("/api/v1/assessments/" + w.assessmentA + "/targets")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"%s\",\"indicator\":\"ONLINE_PAYMENT\",\"department\":%d}"
                        .formatted(code, department))
                .with(Accounts.as(role, w.a.id())))
        .andReturn()
        .getResponse();
  }

  private long linesOf(long planId, String code) {
    return plans.get(planId).lines().stream().filter(l -> code.equals(l.code())).count();
  }

  @Test
  void aTargetBecomesOnePlanLineAndOneTaskAndASecondClickAnswersTheSame() throws Exception {
    Plan drafted = plans.draft(TestActors.fixture(), w.assessmentA);
    int at =
        drafted.lines().stream()
            .filter(l -> "2.3".equals(l.code()))
            .findFirst()
            .orElseThrow()
            .position();
    drafted.removeLine(at);
    plans.save(TestActors.fixture(), drafted);
    assertThat(linesOf(drafted.id(), "2.3")).isZero();

    MockHttpServletResponse first = target("2.3", Role.PAR_OFFICER);
    assertThat(first.getStatus()).isEqualTo(201);
    JsonNode made = json.readTree(first.getContentAsString());
    MockHttpServletResponse second = target("2.3", Role.PAR_OFFICER);
    assertThat(second.getStatus()).isEqualTo(200);
    JsonNode again = json.readTree(second.getContentAsString());

    assertThat(again.get("taskId").asLong()).isEqualTo(made.get("taskId").asLong());
    assertThat(again.get("planId").asLong()).isEqualTo(drafted.id());
    assertThat(linesOf(drafted.id(), "2.3")).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from task where plan_id = ? and plan_line_key = ?")
                .params(drafted.id(), made.get("lineKey").asText())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select title from task where id = ?")
                .param(made.get("taskId").asLong())
                .query(String.class)
                .single())
        .isEqualTo("Đạt 100 % – Tiêu chí 2.3");
  }

  @Test
  void aTargetDraftsThePlanWhenThereIsNoneAndRefusesThoseWhoDoNotPlan() throws Exception {
    assertThat(target("1.1", Role.DEPARTMENT_OFFICIAL).getStatus()).isEqualTo(403);
    assertThat(plans.currentOf(w.assessmentA)).isEmpty();
    assertThat(target("1.1", Role.PAR_OFFICER).getStatus()).isEqualTo(201);
    long plan = plans.currentOf(w.assessmentA).orElseThrow().id();
    assertThat(linesOf(plan, "1.1")).isEqualTo(1);
  }

  @Test
  void aCriterionThatLostNothingIsRefusedNamingIt() throws Exception {
    MockHttpServletResponse refused = target("9.9", Role.PAR_OFFICER);
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("9.9");
    assertThat(plans.currentOf(w.assessmentA)).isEmpty();
  }

  @Test
  void theTaskFollowsTheLiveIndicatorAsDossierRowsChange() throws Exception {
    long task =
        json.readTree(target("2.3", Role.PAR_OFFICER).getContentAsString()).get("taskId").asLong();
    LocalDateTime received = LocalDate.now(clock).atTime(0, 1);
    for (int i = 1; i <= 10; i++) {
      jdbc.sql(
              "insert into dossier (unit_id, code, procedure_code, received_at, received_year,"
                  + " status, channel, digitised, paid_online, fee_total, e_result,"
                  + " supplement_count, content_hash, synced_at)"
                  + " values (?, ?, 'TT1', ?, ?, 4, 2, false, ?, 50000, false, 0, 'h', ?)")
          .params(w.a.id(), "HS" + i, received, received.getYear(), i <= 9, received)
          .update();
    }
    assertThat(progress(task)).contains("90 %").contains("9/10").doesNotContain("→");

    jdbc.sql("update dossier set paid_online = true where unit_id = ? and code = 'HS10'")
        .param(w.a.id())
        .update();
    String after = progress(task);
    assertThat(after).contains("100 %").contains("10/10").contains("90 % → 100 %");
    assertThat(after).contains("id=\"target-reached\"");
    progress(task);
    assertThat(
            jdbc.sql("select count(*) from simulation_target_reading where task_id = ?")
                .param(task)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    String taskPage =
        mvc.perform(get("/tasks/" + task).with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(taskPage).contains("hx-get=\"/tasks/" + task + "/target\"");
  }

  private String progress(long task) throws Exception {
    return mvc.perform(
            get("/tasks/" + task + "/target")
                .header("HX-Request", "true")
                .with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
