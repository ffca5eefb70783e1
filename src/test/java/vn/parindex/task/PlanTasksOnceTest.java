package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * One task per plan line: a second click never duplicates, lines with tasks are shown with them and
 * not offered again, a deliberate split adds one, no task is made without a department or owner,
 * and a default deadline is never in the past.
 */
@SpringBootTest(properties = "parindex.evidence.dir=target/evidence-test")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class PlanTasksOnceTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired Departments departments;
  @Autowired AssessmentImport imports;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;
  @Autowired PlanTasks planTasks;

  TaskWorld w;

  @BeforeEach
  void world() throws Exception {
    w = new TaskWorld(units, departments, imports, plans, jdbc);
  }

  @AfterEach
  void signOut() {
    TaskWorld.signOut();
  }

  @Test
  void aSecondClickOnCreateTasksMakesNoDuplicate() throws Exception {
    List<TaskProposal> lines = lines();
    mvc.perform(createAll(lines)).andExpect(redirectedUrl("/plans/" + w.planId + "/progress"));
    int made = tasksOfPlan();
    assertThat(made).isEqualTo(lines.size());

    String page =
        mvc.perform(createAll(lines))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(tasksOfPlan()).isEqualTo(made);
    assertThat(page).contains("đã có 1 nhiệm vụ").contains("Tách thêm nhiệm vụ");
  }

  @Test
  void linesWithTasksAreShownWithThemAndNotTickedAgain() throws Exception {
    List<TaskProposal> lines = lines();
    mvc.perform(createAll(lines.subList(0, 2))).andExpect(status().is3xxRedirection());

    List<TaskProposal> again = lines();
    assertThat(again.get(0).hasTasks()).isTrue();
    assertThat(again.get(0).ticked()).isFalse();
    assertThat(again.get(2).ticked()).isTrue();
    String page =
        mvc.perform(get("/plans/" + w.planId + "/tasks/new").with(TaskWorld.as(w.officer)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    long firstTask = again.get(0).tasks().get(0).id();
    assertThat(page).contains("href=\"/tasks/" + firstTask + "\"");
    assertThat(page).doesNotContain("id=\"pick-" + again.get(0).key() + "\"");
    assertThat(page).contains("id=\"split-" + again.get(0).key() + "\"");
  }

  @Test
  void aDeliberateSplitAddsAnotherTaskToALine() throws Exception {
    List<TaskProposal> lines = lines();
    mvc.perform(createAll(lines.subList(0, 1))).andExpect(status().is3xxRedirection());
    TaskProposal first = lines.get(0);
    var split =
        base()
            .param("split", first.key())
            .param("title_" + first.key(), "Phần việc thứ hai")
            .param("line_" + first.key(), first.lineKey())
            .param("owner_" + first.key(), String.valueOf(w.officer.id()))
            .param("due_" + first.key(), first.dueOn().toString());

    mvc.perform(split).andExpect(status().is3xxRedirection());

    assertThat(lines().get(0).tasks()).hasSize(2);
  }

  @Test
  void aTaskWithNeitherDepartmentNorOwnerFromALineNamingNoneIsRefused() throws Exception {
    TaskProposal unnamed =
        lines().stream().filter(p -> p.departmentId() == null).findFirst().orElseThrow();
    var request =
        base()
            .param("pick", unnamed.key())
            .param("title_" + unnamed.key(), unnamed.title())
            .param("line_" + unnamed.key(), unnamed.lineKey())
            .param("due_" + unnamed.key(), unnamed.dueOn().toString());

    String page =
        mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(page).contains("chưa có phòng ban hay người phụ trách");
    assertThat(tasksOfPlan()).isZero();
  }

  @Test
  void aReDraftedPlanKeepsTheTasksOfItsLines() throws Exception {
    List<TaskProposal> lines = lines();
    mvc.perform(createAll(lines)).andExpect(status().is3xxRedirection());
    long assessment =
        jdbc.sql("select assessment_id from plan where id = ?")
            .param(w.planId)
            .query(Long.class)
            .single();

    TaskWorld.signIn(w.officer);
    long newPlan;
    try {
      newPlan =
          plans.draft(vn.parindex.support.TestActors.fixture(), assessment, true, w.planId).id();
    } finally {
      TaskWorld.signOut();
    }

    assertThat(newPlan).isNotEqualTo(w.planId);
    assertThat(
            jdbc.sql("select count(*) from task where plan_id = ?")
                .param(newPlan)
                .query(Integer.class)
                .single())
        .isEqualTo(lines.size());
    TaskWorld.signIn(w.officer);
    try {
      assertThat(planTasks.proposals(w.officer, newPlan).stream().filter(TaskProposal::fromLine))
          .allSatisfy(p -> assertThat(p.hasTasks()).as(p.code()).isTrue());
    } finally {
      TaskWorld.signOut();
    }
  }

  @Test
  void aDefaultDeadlineIsNeverInThePast() {
    LocalDate today = LocalDate.of(2025, 12, 6);
    assertThat(PlanTasks.defaultDue(2025, null, today)).isEqualTo(today.plusDays(30));
    assertThat(PlanTasks.defaultDue(2025, LocalDate.of(2025, 11, 15), today))
        .isEqualTo(today.plusDays(30));
    assertThat(PlanTasks.defaultDue(2026, null, today)).isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(PlanTasks.defaultDue(2025, LocalDate.of(2026, 3, 1), today))
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(lines()).allSatisfy(p -> assertThat(p.dueOn()).isAfterOrEqualTo(LocalDate.now()));
  }

  private List<TaskProposal> lines() {
    TaskWorld.signIn(w.officer);
    try {
      return planTasks.proposals(w.officer, w.planId).stream()
          .filter(TaskProposal::fromLine)
          .toList();
    } finally {
      TaskWorld.signOut();
    }
  }

  private MockHttpServletRequestBuilder base() {
    return post("/plans/" + w.planId + "/tasks/new")
        .with(csrf())
        .with(TaskWorld.as(w.officer))
        .param("leader", String.valueOf(w.leader.id()));
  }

  /** Ticks every given line as the page offers it, each with an owner. */
  private MockHttpServletRequestBuilder createAll(List<TaskProposal> lines) {
    var request = base();
    for (TaskProposal p : lines) {
      request.param("pick", p.key());
      request.param("title_" + p.key(), p.title());
      request.param("code_" + p.key(), p.code());
      request.param("line_" + p.key(), p.lineKey());
      request.param("due_" + p.key(), p.dueOn().toString());
      request.param("owner_" + p.key(), String.valueOf(w.officer.id()));
    }
    return request;
  }

  private int tasksOfPlan() {
    return jdbc.sql("select count(*) from task where plan_id = ?")
        .param(w.planId)
        .query(Integer.class)
        .single();
  }
}
