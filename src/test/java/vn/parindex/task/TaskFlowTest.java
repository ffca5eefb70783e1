package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parindex.task.TaskWorld.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

@SpringBootTest(properties = "parindex.evidence.dir=target/evidence-test")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class TaskFlowTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired java.time.Clock clock;
  @Autowired Units units;
  @Autowired Departments departments;
  @Autowired AssessmentImport imports;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;
  @Autowired PlanTasks planTasks;
  @Autowired TaskService tasks;
  @Autowired EvidenceFiles evidence;

  TaskWorld w;

  @BeforeEach
  void world() throws Exception {
    w = new TaskWorld(units, departments, imports, plans, jdbc);
  }

  @AfterEach
  void signOut() {
    TaskWorld.signOut();
  }

  long task(String title, CurrentUser owner) {
    return tasks
        .create(
            new Actor(w.officer, Instant.now()),
            new TaskDraft(
                w.commune.id(),
                TaskSource.PAR_PLAN,
                null,
                List.of("1.1"),
                title,
                null,
                owner.departmentId(),
                owner.id(),
                w.leader.id(),
                null,
                LocalDate.now().plusDays(30),
                List.of()))
        .id();
  }

  org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
      long id, String name, byte[] content) {
    return multipart("/api/v1/tasks/" + id + "/updates")
        .file(new MockMultipartFile("files", name, "application/pdf", content))
        .param("comment", "Gửi minh chứng")
        .param("docNumber", "12/KH-UBND");
  }

  @Test
  void theSeedPlanProposesOneTaskPerLostCriterionWithDepartmentsGuessed() {
    TaskWorld.signIn(w.officer);
    List<TaskProposal> lines =
        planTasks.proposals(w.officer, w.planId).stream().filter(TaskProposal::fromLine).toList();
    assertThat(lines)
        .extracting(TaskProposal::code)
        .containsExactlyElementsOf(SeedTables.LOST_CODES);
    assertThat(lines).allSatisfy(p -> assertThat(p.dueOn()).isNotNull());
    assertThat(lines)
        .filteredOn(p -> p.responsible() != null && p.responsible().contains("một cửa"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.departmentId()).isEqualTo(w.oneStop));
    assertThat(lines)
        .filteredOn(p -> p.responsible() != null && p.responsible().contains("Văn phòng"))
        .allSatisfy(p -> assertThat(p.departmentId()).isEqualTo(w.office));
  }

  @Test
  void theOfficerCreatesTheTicketedLinesAsTasksInOneSubmit() throws Exception {
    TaskWorld.signIn(w.officer);
    List<TaskProposal> lines =
        planTasks.proposals(w.officer, w.planId).stream().filter(TaskProposal::fromLine).toList();
    TaskWorld.signOut();
    var request = post("/plans/" + w.planId + "/tasks/new").with(csrf()).with(as(w.officer));
    request.param("leader", String.valueOf(w.leader.id()));
    for (TaskProposal p : lines) {
      request.param("pick", p.key());
      request.param("title_" + p.key(), p.title());
      request.param("code_" + p.key(), p.code());
      request.param("due_" + p.key(), p.dueOn().toString());
      if (p.departmentId() != null) {
        request.param("department_" + p.key(), String.valueOf(p.departmentId()));
      } else {
        // a line naming no department needs an owner: no task is made without either
        request.param("owner_" + p.key(), String.valueOf(w.officer.id()));
      }
    }
    mvc.perform(request).andExpect(redirectedUrl("/plans/" + w.planId + "/progress"));
    List<String> codes =
        jdbc.sql("select criterion_codes from task where plan_id = ? and source = ? order by id")
            .params(w.planId, "REMEDIATION_PLAN")
            .query(String.class)
            .list();
    assertThat(codes).containsExactlyElementsOf(SeedTables.LOST_CODES);
    mvc.perform(get("/api/v1/tasks/by-plan/" + w.planId + "/progress").with(as(w.supervisor)))
        .andExpect(jsonPath("$.PLANNED").value(16))
        .andExpect(jsonPath("$.VERIFIED").value(0));
    mvc.perform(get("/plans/" + w.planId + "/progress").with(as(w.supervisor)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("id=\"count-PLANNED\">16<")));
  }

  @Test
  void aDepartmentOfficialSeesOnlyTheirOwnTasks() throws Exception {
    long mine = task("Niêm yết TTHC tại bộ phận một cửa", w.officialA);
    long theirs = task("Quyết toán ngân sách đúng hạn", w.officialB);
    mvc.perform(get("/tasks/mine").with(as(w.officialA)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Niêm yết TTHC")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Quyết toán"))));
    mvc.perform(get("/tasks/" + theirs).with(as(w.officialA))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tasks/" + theirs).with(as(w.officialA)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/tasks/" + mine).with(as(w.officialA))).andExpect(status().isOk());
    mvc.perform(get("/tasks").with(as(w.officialA))).andExpect(redirectedUrl("/tasks/mine"));
  }

  @Test
  void aTaskOfAnotherUnitIsNotFound() throws Exception {
    long id = task("Công khai kết quả chỉ số", w.officialA);
    mvc.perform(get("/tasks/" + id).with(as(w.stranger))).andExpect(status().isNotFound());
    mvc.perform(get("/tasks").param("unit", String.valueOf(w.commune.id())).with(as(w.stranger)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theLeaderVerifiesOnlyADoneTaskWithEvidence() throws Exception {
    long id = task("Báo cáo CCHC quý", w.officialA);
    transition(id, w.officialA, "START").andExpect(status().isOk());
    transition(id, w.officialA, "COMPLETE").andExpect(jsonPath("$.status").value("DONE"));
    transition(id, w.leader, "VERIFY")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("minh chứng")));
    mvc.perform(upload(id, "bao-cao.pdf", PDF).with(as(w.officialA))).andExpect(status().isOk());
    transition(id, w.officialA, "VERIFY").andExpect(status().isForbidden());
    transition(id, w.leader, "VERIFY").andExpect(jsonPath("$.status").value("VERIFIED"));
    List<String> history =
        jdbc.sql(
                "select new_value from audit_event where entity_type = 'TASK' and entity_id = ?"
                    + " and field = 'status' order by id")
            .param(id)
            .query(String.class)
            .list();
    assertThat(history).containsExactly("IN_PROGRESS", "DONE", "VERIFIED");
  }

  private org.springframework.test.web.servlet.ResultActions transition(
      long id, CurrentUser user, String action) throws Exception {
    return mvc.perform(
        post("/api/v1/tasks/" + id + "/transitions")
            .with(as(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"action\":\"" + action + "\"}"));
  }

  @Test
  void anExecutableRenamedPdfIsRefusedInVietnamese() throws Exception {
    long id = task("Minh chứng", w.officialA);
    byte[] exe = new byte[64];
    exe[0] = 'M';
    exe[1] = 'Z';
    mvc.perform(upload(id, "bao-cao.pdf", exe).with(as(w.officialA)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("chương trình chạy được")));
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    mvc.perform(upload(id, "quyet-dinh.pdf", elf).with(as(w.officialA)))
        .andExpect(status().isUnprocessableEntity());
    assertThat(evidence.countOfTask(id)).isZero();
  }

  @Test
  void aPathInTheFileNameIsNeutralisedAndTheFileServedAsAnAttachment() throws Exception {
    long id = task("Minh chứng", w.officialA);
    mvc.perform(upload(id, "../../etc/passwd.pdf", PDF).with(as(w.officialA)))
        .andExpect(status().isOk());
    EvidenceFile file = evidence.ofTask(id).get(0);
    assertThat(file.originalName()).isEqualTo("passwd.pdf");
    assertThat(file.docNumber()).isEqualTo("12/KH-UBND");
    Path stored = Path.of("target/evidence-test", file.sha256().substring(0, 2), file.sha256());
    assertThat(stored).exists();
    assertThat(stored.toAbsolutePath().normalize().toString()).doesNotContain("passwd");
    mvc.perform(get("/tasks/" + id + "/files/" + file.id()).with(as(w.leader)))
        .andExpect(status().isOk())
        .andExpect(
            header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
        .andExpect(
            header()
                .string("Content-Disposition", org.hamcrest.Matchers.containsString("passwd.pdf")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(content().bytes(PDF));
    mvc.perform(get("/tasks/" + id + "/files/" + file.id()).with(as(w.stranger)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSameContentUploadedTwiceIsStoredOnce() throws Exception {
    long id = task("Minh chứng", w.officialA);
    byte[] unique =
        (new String(PDF, StandardCharsets.US_ASCII) + System.nanoTime())
            .getBytes(StandardCharsets.US_ASCII);
    mvc.perform(upload(id, "a.pdf", unique).with(as(w.officialA))).andExpect(status().isOk());
    mvc.perform(upload(id, "b.pdf", unique).with(as(w.officialA))).andExpect(status().isOk());
    List<EvidenceFile> files = evidence.ofTask(id);
    assertThat(files).hasSize(2);
    assertThat(files.get(0).sha256()).isEqualTo(files.get(1).sha256());
    try (Stream<Path> all = Files.walk(Path.of("target/evidence-test"))) {
      long copies =
          all.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    try {
                      return Arrays.equals(Files.readAllBytes(p), unique);
                    } catch (java.io.IOException e) {
                      return false;
                    }
                  })
              .count();
      assertThat(copies).isEqualTo(1);
    }
  }

  @Test
  void theBoardShowsEachTasksStatusAndDueDateAsPeopleReadThem() throws Exception {
    task("Số hoá hồ sơ", w.officialA);
    mvc.perform(get("/tasks").with(as(w.officer)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString(
                            "<td class=\"status\" data-label=\"Trạng thái\">Chưa bắt đầu</td>"),
                        org.hamcrest.Matchers.matchesPattern(
                            "(?s).*<td data-label=\"Hạn hoàn thành\">\\d{2}/\\d{2}/\\d{4}</td>.*"))));
  }

  @Test
  void aScriptInATitleIsRenderedEscapedOnTheBoard() throws Exception {
    task("<img src=x onerror=alert(1)>", w.officialA);
    mvc.perform(get("/tasks").with(as(w.officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;img src=x")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<img src=x"))));
  }

  @Test
  void aScriptInACommentIsRenderedEscaped() throws Exception {
    long id = task("Minh chứng", w.officialA);
    mvc.perform(
            post("/tasks/" + id + "/updates")
                .with(csrf())
                .with(as(w.officialA))
                .param("percent", "40")
                .param("comment", "<script>alert('xss')</script>"))
        .andExpect(redirectedUrl("/tasks/" + id));
    mvc.perform(get("/tasks/" + id).with(as(w.leader)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("<script>alert("))));
  }

  @Test
  void departmentsAreListedAndAddedByTheOfficerOnly() throws Exception {
    String url = "/api/v1/units/" + w.commune.code() + "/departments";
    mvc.perform(get(url).with(as(w.officialA)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(4));
    mvc.perform(
            post(url)
                .with(as(w.officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Tư pháp – Hộ tịch\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("Tư pháp – Hộ tịch"));
    mvc.perform(
            post(url)
                .with(as(w.officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Tư pháp – Hộ tịch\"}"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(
            post(url)
                .with(as(w.officialA))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Văn hóa – Xã hội\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get(url).with(as(w.stranger))).andExpect(status().isNotFound());
    mvc.perform(
            post("/units/" + w.commune.id() + "/officials")
                .with(csrf())
                .with(as(w.officer))
                .param("name", "Nguyễn Văn Hộ")
                .param("position", "Công chức Tư pháp")
                .param("email", "ho@example.vn"))
        .andExpect(redirectedUrl("/units/" + w.commune.id() + "/departments"));
    mvc.perform(get("/units/" + w.commune.id() + "/departments").with(as(w.officer)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Nguyễn Văn Hộ")));
  }

  @Test
  void aSupervisorsRecommendationBecomesATaskOfTheOfficerInOneClick() throws Exception {
    mvc.perform(
            post("/supervisions")
                .with(csrf())
                .with(as(w.supervisor))
                .param("unit", String.valueOf(w.commune.id()))
                .param("heldOn", "2025-09-10")
                .param("scope", "Thực hiện kế hoạch CCHC năm 2025")
                .param("findings", "Chậm công khai kết quả")
                .param(
                    "recommendations",
                    "Công khai kết quả chỉ số trên cổng thông tin\nCập nhật hồ sơ một cửa"))
        .andExpect(redirectedUrl("/supervisions?unit=" + w.commune.id()));
    long rec =
        jdbc.sql(
                "select r.id from supervision_recommendation r join supervision s"
                    + " on s.id = r.supervision_id where s.unit_id = ? and r.position = 1")
            .param(w.commune.id())
            .query(Long.class)
            .single();
    // The Front recommends; the supervisor is refused making a task of it, the officer makes it.
    mvc.perform(
            post("/supervisions/recommendations/" + rec + "/task")
                .with(csrf())
                .with(as(w.supervisor)))
        .andExpect(status().isForbidden());
    var result =
        mvc.perform(
                post("/supervisions/recommendations/" + rec + "/task")
                    .with(csrf())
                    .with(as(w.officer)))
            .andReturn();
    String location = result.getResponse().getRedirectedUrl();
    long taskId = Long.parseLong(location.substring("/tasks/".length()));
    mvc.perform(get("/api/v1/tasks/" + taskId).with(as(w.officer)))
        .andExpect(jsonPath("$.source").value("SUPERVISION_RECOMMENDATION"))
        .andExpect(jsonPath("$.title").value("Công khai kết quả chỉ số trên cổng thông tin"))
        .andExpect(jsonPath("$.ownerUserId").value(w.officer.id()));
  }

  @Test
  void aRecommendationOfASupervisionOfAPlanCountsInThatPlansProgress() throws Exception {
    mvc.perform(get("/supervisions?unit=" + w.commune.id()).with(as(w.supervisor)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<option value=\"" + w.planId + "\"\\s+selected[ >=].*")));
    mvc.perform(
            post("/supervisions")
                .with(csrf())
                .with(as(w.supervisor))
                .param("unit", String.valueOf(w.commune.id()))
                .param("plan", String.valueOf(w.planId))
                .param("heldOn", "2025-10-01")
                .param("scope", "Giám sát thực hiện kế hoạch khắc phục")
                .param("recommendations", "Niêm yết thủ tục hành chính tại bộ phận một cửa"))
        .andExpect(redirectedUrl("/supervisions?unit=" + w.commune.id()));
    long rec =
        jdbc.sql(
                "select r.id from supervision_recommendation r join supervision s"
                    + " on s.id = r.supervision_id where s.unit_id = ? and s.plan_id = ?")
            .params(w.commune.id(), w.planId)
            .query(Long.class)
            .single();
    mvc.perform(get("/supervisions?unit=" + w.commune.id()).with(as(w.supervisor)))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "href=\"/plans/" + w.planId + "/progress\"")));
    mvc.perform(
            post("/supervisions/recommendations/" + rec + "/task").with(csrf()).with(as(w.leader)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/tasks/by-plan/" + w.planId + "/progress").with(as(w.supervisor)))
        .andExpect(jsonPath("$.PLANNED").value(1));
    assertThat(planTasks.progress(w.supervisor, w.planId)).containsEntry(TaskStatus.PLANNED, 1L);
    assertThat(planTasks.tasksOf(w.supervisor, w.planId))
        .extracting(TaskRow::title)
        .containsExactly("Niêm yết thủ tục hành chính tại bộ phận một cửa");
  }

  @Test
  void aSupervisionCannotBeRecordedForAnotherUnitsPlan() throws Exception {
    long foreignPlan = new TaskWorld(units, departments, imports, plans, jdbc).planId;
    mvc.perform(
            post("/supervisions")
                .with(csrf())
                .with(as(w.supervisor))
                .param("unit", String.valueOf(w.commune.id()))
                .param("plan", String.valueOf(foreignPlan))
                .param("heldOn", "2025-10-01")
                .param("scope", "Giám sát")
                .param("recommendations", "Kiến nghị"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("Kế hoạch không thuộc đơn vị này.")));
    assertThat(
            jdbc.sql("select count(*) from supervision where unit_id = ?")
                .param(w.commune.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void reassigningATaskRecordsEachChangedFieldInTheAuditTrail() throws Exception {
    long id = task("Cập nhật hồ sơ một cửa", w.officialA);
    LocalDate due = LocalDate.now().plusDays(60);
    mvc.perform(
            post("/tasks/" + id + "/assignment")
                .with(csrf())
                .with(as(w.officer))
                .param("department", String.valueOf(w.finance))
                .param("owner", String.valueOf(w.officialB.id()))
                .param("leader", String.valueOf(w.leader.id()))
                .param("due", due.toString()))
        .andExpect(redirectedUrl("/tasks/" + id));
    List<String> fields =
        jdbc.sql(
                "select field from audit_event where entity_type = 'TASK' and entity_id = ?"
                    + " order by id")
            .param(id)
            .query(String.class)
            .list();
    assertThat(fields).containsExactly("created", "department", "owner", "due");
    mvc.perform(get("/tasks/" + id).with(as(w.officialA))).andExpect(status().isNotFound());
    mvc.perform(get("/tasks/" + id).with(as(w.officialB))).andExpect(status().isOk());
  }

  @Test
  void aUnitWithoutDepartmentsGetsTheUsualOnesInOneClick() throws Exception {
    mvc.perform(
            post("/units/" + w.otherCommune.id() + "/departments/standard")
                .with(csrf())
                .with(as(w.stranger)))
        .andExpect(redirectedUrl("/units/" + w.otherCommune.id() + "/departments"));
    assertThat(departments.ofUnit(w.otherCommune.id()))
        .extracting(vn.parindex.unit.Department::name)
        .containsExactlyInAnyOrderElementsOf(vn.parindex.unit.Department.STANDARD);
  }

  @Test
  void theOwnerMarksAMilestoneDone() throws Exception {
    long id =
        tasks
            .create(
                new Actor(w.officer, Instant.now()),
                new TaskDraft(
                    w.commune.id(),
                    TaskSource.PROPAGANDA_PLAN,
                    null,
                    List.of(),
                    "Tuyên truyền CCHC",
                    null,
                    null,
                    w.officialA.id(),
                    null,
                    null,
                    LocalDate.now().plusDays(90),
                    List.of(new TaskMilestone(1, "Dự thảo kế hoạch", null, null))))
            .id();
    mvc.perform(
            post("/tasks/" + id + "/milestones/1")
                .with(csrf())
                .with(as(w.officialA))
                .param("done", "true"))
        .andExpect(redirectedUrl("/tasks/" + id));
    LocalDate done =
        jdbc.sql("select done_on from task_milestone where task_id = ?")
            .param(id)
            .query(LocalDate.class)
            .single();
    assertThat(done).isEqualTo(LocalDate.now(clock));
  }
}
