package vn.parindex.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.account.CurrentUser;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * The year's work in a browser: the PAR officer turns the seed plan into tasks, an official posts
 * progress with a PDF and reports it done, the leader verifies it.
 */
@TestPropertySource(properties = "parindex.evidence.dir=target/evidence-browser")
class TaskJourneyBrowserTest extends BrowserTest {

  @Autowired Units units;
  @Autowired Departments departments;
  @Autowired AssessmentImport imports;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;

  private static final String PASSWORD = "mat-khau-thu-nghiem";

  @Override
  protected String[] signInAs() {
    return null;
  }

  /** Signs in through the real login form as one of the world's users. */
  void signInAs(CurrentUser user) {
    jdbc.sql("update app_user set password_hash = ? where id = ?")
        .params(
            PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD), user.id())
        .update();
    page.context().clearCookies();
    signIn(user.username(), PASSWORD);
  }

  @Test
  void officerCreatesTasksOfficialPostsEvidenceLeaderVerifies() throws Exception {
    TaskWorld w = new TaskWorld(units, departments, imports, plans, jdbc);

    signInAs(w.officer);
    open("/plans/" + w.planId + "/tasks/new");
    assertThat(page.locator("input[name=pick]:checked")).hasCount(16);
    page.locator("select[name=owner_L2]").selectOption(String.valueOf(w.officialA.id()));
    // a line whose plan text names no department needs an owner: no task is made without either
    for (var row : page.locator("tr.line").all()) {
      if (row.locator("select[name^=department_]").inputValue().isEmpty()
          && row.locator("select[name^=owner_]").inputValue().isEmpty()) {
        row.locator("select[name^=owner_]").selectOption(String.valueOf(w.officer.id()));
      }
    }
    page.locator("select[name=leader]").selectOption(String.valueOf(w.leader.id()));
    page.locator("#create-tasks").click();
    assertThat(page.locator("#count-PLANNED")).hasText("16");
    screenshot("task-plan-progress");
    // back on the form, the lines show their tasks and are not offered again
    open("/plans/" + w.planId + "/tasks/new");
    assertThat(page.locator("tr.line input[name=pick]")).hasCount(0);
    assertThat(page.locator("#proposal-L2 .line-tasks a")).hasCount(1);
    assertThat(page.locator("#split-L2")).hasCount(1);
    screenshot("task-plan-lines-with-tasks");

    long taskId =
        jdbc.sql("select id from task where owner_user_id = ?")
            .param(w.officialA.id())
            .query(Long.class)
            .single();

    signInAs(w.officialA);
    open("/tasks/mine");
    page.locator("tr[data-task-id='" + taskId + "'] a").click();
    page.locator("#percent").fill("60");
    page.locator("#comment").fill("Đã niêm yết đầy đủ thủ tục hành chính");
    page.locator("#files")
        .setInputFiles(
            new FilePayload(
                "bien-ban-niem-yet.pdf",
                "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    page.locator("#post-update").click();
    assertThat(page.locator("#task-status")).hasText("Đang thực hiện");
    assertThat(page.locator("ul.evidence")).containsText("bien-ban-niem-yet.pdf");
    page.locator("#action-COMPLETE").click();
    assertThat(page.locator("#task-status")).hasText("Đã hoàn thành (chờ xác nhận)");

    signInAs(w.leader);
    open("/tasks/verify");
    page.locator("tr[data-task-id='" + taskId + "'] a").click();
    page.locator("#action-VERIFY").click();
    assertThat(page.locator("#task-status")).hasText("Đã xác nhận");
    screenshot("task-verified");
    String status =
        jdbc.sql("select status from task where id = ?").param(taskId).query(String.class).single();
    assertThat(status).isEqualTo("VERIFIED");
  }
}
