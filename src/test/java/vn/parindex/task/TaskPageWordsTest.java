package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.parindex.task.TaskWorld.as;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * The task page speaks the reader's words: refusals name the form's label and a status's name, the
 * history shows statuses and people by name, and each action is confirmed.
 */
@SpringBootTest(properties = "parindex.evidence.dir=target/evidence-test")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class TaskPageWordsTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired Departments departments;
  @Autowired AssessmentImport imports;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService tasks;

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
  void anEmptyUpdateNamesTheFieldByItsLabel() throws Exception {
    long id = task(w.officialA);
    String page =
        html(mvc.perform(post("/tasks/" + id + "/updates").with(csrf()).with(as(w.officialA))));
    assertThat(page).contains("«Ý kiến»").doesNotContain("«comment»");
  }

  @Test
  void aRefusedMoveNamesTheStatusNotItsCode() throws Exception {
    long id = task(w.officialA);
    String page =
        html(
            mvc.perform(
                post("/tasks/" + id + "/actions")
                    .param("action", "COMPLETE")
                    .with(csrf())
                    .with(as(w.officialA))));
    assertThat(page)
        .contains("Không thể chuyển nhiệm vụ sang trạng thái «Đã hoàn thành (chờ xác nhận)»")
        .doesNotContain("«DONE»")
        .doesNotContain("«status»");
  }

  @Test
  void theHistoryShowsStatusesAndPeopleByNameAndTheMoveLeavesItsConfirmation() throws Exception {
    long id = task(w.officialA);
    MockHttpSession session = new MockHttpSession();
    MvcResult started =
        mvc.perform(
                post("/tasks/" + id + "/actions")
                    .param("action", "START")
                    .session(session)
                    .with(csrf())
                    .with(as(w.officialA)))
            .andReturn();
    assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + id);
    assertThat(started.getFlashMap().get("saved")).isEqualTo("task.saved.START");
    mvc.perform(
            post("/tasks/" + id + "/assignment")
                .param("department", String.valueOf(w.officialB.departmentId()))
                .param("owner", String.valueOf(w.officialB.id()))
                .param("leader", String.valueOf(w.leader.id()))
                .param("due", LocalDate.now().plusDays(40).toString())
                .with(csrf())
                .with(as(w.officer)))
        .andReturn();

    String page = html(mvc.perform(get("/tasks/" + id).session(session).with(as(w.officialB))));

    assertThat(page)
        .contains("Chưa bắt đầu → Đang thực hiện")
        .contains(w.officialB.displayName())
        .doesNotContain("PLANNED")
        .doesNotContain("IN_PROGRESS")
        .doesNotContain(" " + w.officialB.id() + " →")
        .doesNotContain("→ " + w.officialB.id() + "<");
  }

  private long task(CurrentUser owner) {
    return tasks
        .create(
            new Actor(w.officer, Instant.now()),
            new TaskDraft(
                w.commune.id(),
                TaskSource.PAR_PLAN,
                null,
                List.of("1.1"),
                "Niêm yết thủ tục hành chính",
                null,
                owner.departmentId(),
                owner.id(),
                w.leader.id(),
                null,
                LocalDate.now().plusDays(30),
                List.of()))
        .id();
  }

  private static String html(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
