package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.parindex.task.TaskWorld.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * A refused form comes back as it was typed, with each message beside its field (and above the
 * form, naming the field by its label), and nothing is stored: the new task, the plan's lines, the
 * progress report, a supervision, a department and an official.
 */
@SpringBootTest(properties = "parindex.evidence.dir=target/evidence-test")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class RefusedFormsTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired Departments departments;
  @Autowired AssessmentImport imports;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;

  TaskWorld w;

  @BeforeEach
  void world() throws Exception {
    w = new TaskWorld(units, departments, imports, plans, jdbc);
  }

  @Test
  void aRefusedNewTaskComesBackAsTypedWithTheMessageBesideTheField() throws Exception {
    MockHttpServletResponse refused =
        mvc.perform(
                newTask()
                    .param("start", "2030-05-10")
                    .param("due", "2030-05-01")
                    .param("milestones", "Niêm yết lần 1 | 2030-04-01"))
            .andReturn()
            .getResponse();

    String page = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(page)
        .contains("value=\"Niêm yết thủ tục hành chính tại bộ phận một cửa\"")
        .contains(">Ghi rõ nơi niêm yết</textarea>")
        .contains("value=\"1.1; 2.3\"")
        .contains("<option value=\"PAR_PLAN\" selected>")
        .contains("<option value=\"" + w.oneStop + "\" selected>")
        .contains("<option value=\"" + w.officialA.id() + "\" selected>")
        .contains("<option value=\"" + w.leader.id() + "\" selected>")
        .contains("value=\"2030-05-10\"", "value=\"2030-05-01\"")
        .contains(">Niêm yết lần 1 | 2030-04-01</textarea>")
        .contains("id=\"e-start\">Ngày bắt đầu sau hạn hoàn thành.</small>")
        .contains("Trường «Ngày bắt đầu»: Ngày bắt đầu sau hạn hoàn thành.")
        .doesNotContain("Dòng 1");
    assertThat(tasksOfCommune()).isZero();
  }

  @Test
  void aNewTaskWithoutTitleOrDueNamesBothFieldsAndKeepsTheRest() throws Exception {
    String page = html(newTask(" ").param("due", ""), "title");

    assertThat(page)
        .contains("id=\"e-title\">Không được để trống.</small>")
        .contains("id=\"e-due\">Không được để trống.</small>")
        .contains("Trường «Hạn hoàn thành»: Không được để trống.")
        .contains(">Ghi rõ nơi niêm yết</textarea>");
    assertThat(tasksOfCommune()).isZero();

    var created = mvc.perform(newTask().param("due", "2030-05-01")).andReturn().getResponse();
    assertThat(created.getRedirectedUrl()).startsWith("/tasks/");
    assertThat(tasksOfCommune()).isOne();
  }

  @Test
  void aRefusedProgressReportKeepsTheCommentTheProgressAndTheDocument() throws Exception {
    long id = createdTask();
    MockHttpServletResponse refused =
        mvc.perform(
                multipart("/tasks/" + id + "/updates")
                    .param("percent", "150")
                    .param("comment", "Đã niêm yết một nửa số thủ tục")
                    .param("docNumber", "12/BC-UBND")
                    .param("issuer", "UBND xã Vĩnh Chấp")
                    .with(csrf())
                    .with(as(w.officialA)))
            .andReturn()
            .getResponse();

    String page = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Tiến độ phải từ 0 đến 100%.")
        .contains(">Đã niêm yết một nửa số thủ tục</textarea>")
        .contains("id=\"percent\" value=\"150\"")
        .contains("value=\"12/BC-UBND\"", "value=\"UBND xã Vĩnh Chấp\"");
    assertThat(updatesOf(id)).isZero();

    String empty =
        html(
            multipart("/tasks/" + id + "/updates")
                .param("docNumber", "12/BC-UBND")
                .with(as(w.officialA)),
            "comment");
    assertThat(empty)
        .contains(
            "id=\"e-comment\">Cập nhật cần có tiến độ, ý kiến hoặc tài liệu minh chứng.</small>")
        .contains("Trường «Ý kiến»")
        .contains("value=\"12/BC-UBND\"");
    assertThat(updatesOf(id)).isZero();
  }

  @Test
  void aRefusedAssignmentKeepsTheChosenPeopleAndNamesTheDueDate() throws Exception {
    long id = createdTask();
    String page =
        html(
            post("/tasks/" + id + "/assignment")
                .param("department", String.valueOf(w.finance))
                .param("owner", String.valueOf(w.officialB.id()))
                .param("leader", String.valueOf(w.leader.id()))
                .param("due", "")
                .with(as(w.officer)),
            "due");

    assertThat(page)
        .contains("<option value=\"" + w.finance + "\" selected>")
        .contains("<option value=\"" + w.officialB.id() + "\" selected>")
        .contains("id=\"e-due\">Không được để trống.</small>")
        .doesNotContain("<option value=\"" + w.oneStop + "\" selected>");
    assertThat(
            jdbc.sql("select owner_user_id from task where id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(w.officialA.id());
  }

  @Test
  void aRefusedPlanLineKeepsItsTypedTitleOwnerAndTickWithTheMessageInItsRow() throws Exception {
    String form = html(get("/plans/" + w.planId + "/tasks/new").with(as(w.officer)), null);
    Matcher line = Pattern.compile("id=\"proposal-(L\\d+)\"").matcher(form);
    assertThat(line.find()).isTrue();
    String k = line.group(1);

    String page =
        html(
            post("/plans/" + w.planId + "/tasks/new")
                .param("leader", String.valueOf(w.leader.id()))
                .param("pick", k)
                .param("title_" + k, "Tiêu đề do cán bộ sửa")
                .param("code_" + k, value(form, "code_" + k))
                .param("line_" + k, value(form, "line_" + k))
                .param("owner_" + k, String.valueOf(w.officialA.id()))
                .param("due_" + k, "")
                .with(as(w.officer)),
            "due_" + k);

    assertThat(page)
        .contains(">Tiêu đề do cán bộ sửa</textarea>")
        .contains("value=\"" + k + "\" checked")
        .contains("<option value=\"" + w.officialA.id() + "\" selected>")
        .contains("<option value=\"" + w.leader.id() + "\" selected>")
        .contains("id=\"e-due_" + k + "\">Không được để trống.</small>");
    assertThat(tasksOfCommune()).isZero();
  }

  @Test
  void aRefusedDepartmentOrOfficialComesBackAsTyped() throws Exception {
    String url = "/units/" + w.commune.id() + "/departments";
    String taken = html(post(url).param("name", "Bộ phận một cửa").with(as(w.officer)), "name");
    assertThat(taken)
        .contains("id=\"department-name\" value=\"Bộ phận một cửa\"")
        .contains("id=\"e-name\">Đơn vị đã có bộ phận «Bộ phận một cửa».</small>");
    assertThat(departments.ofUnit(w.commune.id())).hasSize(4);

    String official =
        html(
            post("/units/" + w.commune.id() + "/officials")
                .param("name", "Nguyễn Thị Lan")
                .param("position", "Công chức Văn hóa – Xã hội")
                .param("email", "lan@")
                .param("department", String.valueOf(w.finance))
                .with(as(w.officer)),
            "email");
    assertThat(official)
        .contains("value=\"Nguyễn Thị Lan\"", "value=\"Công chức Văn hóa – Xã hội\"")
        .contains("value=\"lan@\"")
        .contains("<option value=\"" + w.finance + "\" selected>")
        .contains("id=\"e-email\">Địa chỉ thư điện tử «lan@» không hợp lệ.</small>");
    assertThat(
            jdbc.sql("select count(*) from app_user where display_name = ?")
                .param("Nguyễn Thị Lan")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aRefusedSupervisionKeepsItsFindingsAndRecommendations() throws Exception {
    String page =
        html(
            post("/supervisions")
                .param("unit", String.valueOf(w.commune.id()))
                .param("plan", String.valueOf(w.planId))
                .param("heldOn", "")
                .param("scope", "")
                .param("findings", "Niêm yết chưa đầy đủ")
                .param("recommendations", "Bổ sung niêm yết\nCông khai trên cổng")
                .with(as(w.supervisor)),
            "scope");

    assertThat(page)
        .contains("id=\"e-heldOn\">Không được để trống.</small>")
        .contains("id=\"e-scope\">Không được để trống.</small>")
        .contains(">Niêm yết chưa đầy đủ</textarea>")
        .contains(">Bổ sung niêm yết\nCông khai trên cổng</textarea>")
        .contains("<option value=\"" + w.planId + "\" selected>");
    assertThat(
            jdbc.sql("select count(*) from supervision where unit_id = ?")
                .param(w.commune.id())
                .query(Integer.class)
                .single())
        .isZero();
  }

  private MockHttpServletRequestBuilder newTask() {
    return newTask("Niêm yết thủ tục hành chính tại bộ phận một cửa");
  }

  private MockHttpServletRequestBuilder newTask(String title) {
    return post("/tasks/new")
        .param("unit", String.valueOf(w.commune.id()))
        .param("source", "PAR_PLAN")
        .param("title", title)
        .param("description", "Ghi rõ nơi niêm yết")
        .param("codes", "1.1; 2.3")
        .param("department", String.valueOf(w.oneStop))
        .param("owner", String.valueOf(w.officialA.id()))
        .param("leader", String.valueOf(w.leader.id()))
        .with(csrf())
        .with(as(w.officer));
  }

  private long createdTask() throws Exception {
    String url =
        mvc.perform(newTask().param("due", LocalDate.now().plusDays(30).toString()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(url.substring("/tasks/".length()));
  }

  /** The page answered; a refused post's page marks the field it names. */
  private String html(AbstractMockHttpServletRequestBuilder<?> request, String field)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
    String page = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(page).isEqualTo(200);
    if (field != null) {
      assertThat(page).contains("id=\"e-" + field + "\"");
    }
    return page;
  }

  private static String value(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private int tasksOfCommune() {
    return jdbc.sql("select count(*) from task where unit_id = ?")
        .param(w.commune.id())
        .query(Integer.class)
        .single();
  }

  private int updatesOf(long task) {
    return jdbc.sql("select count(*) from task_update where task_id = ?")
        .param(task)
        .query(Integer.class)
        .single();
  }
}
