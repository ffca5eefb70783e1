package vn.parindex.page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.support.BrowserTest;

/**
 * The pages officials and leaders open on a phone, at 390×844 in a real Chromium: a one-line header
 * whose menu opens on a button, tasks and notifications as cards, nothing wider than the screen,
 * and a photo input for evidence. Screenshots at phone and desktop width go to target/screenshots.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class PhonePagesBrowserTest extends BrowserTest {

  private static final String DEMO_PASSWORD = "demo1234";

  @Autowired JdbcClient jdbc;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void anOfficialsTasksNotificationsAndTaskPageFitAPhone() {
    signIn("mot.cua", DEMO_PASSWORD);
    phone();
    open("/tasks/mine");
    headerIsOneLineWithAMenuButton();
    fitsTheScreen("phone-01-mine");
    cardsAreShown();

    jdbc.sql(
            "insert into notification (user_id, kind, ref_type, ref_id, message, created_at)"
                + " select id, 'OVERDUE', 'TASK', ?, ?, current_timestamp from app_user"
                + " where username = 'mot.cua'")
        .params(
            taskOwnedBy("mot.cua"),
            "Nhiệm vụ «Bộ phận một cửa khắc phục nội dung này» đã quá hạn hoàn thành từ"
                + " 04/12/2026; xin cập nhật tiến độ hoặc báo cáo lãnh đạo.")
        .update();
    open("/notifications");
    fitsTheScreen("phone-02-notifications");
    assertThat(page.locator("table.notifications tr").first()).isVisible();
    assertThat(box(page.locator("table.notifications tr").first()).width).isLessThanOrEqualTo(390);

    open("/tasks/" + taskOwnedBy("mot.cua"));
    fitsTheScreen("phone-03-task");
    Locator photo = page.locator("input#photo");
    assertThat(photo).hasAttribute("accept", "image/*");
    assertThat(photo).hasAttribute("capture", "environment");
    assertThat(photo).hasAttribute("name", "files");

    page.locator("#comment").fill("Đã niêm yết tại bộ phận một cửa");
    page.locator("#post-update").click();
    assertThat(page.locator("#task-saved")).hasText("Đã gửi cập nhật tiến độ.");
    assertThat(page.locator("table.history")).containsText("Đã niêm yết tại bộ phận một cửa");
    fitsTheScreen("phone-03b-task-updated");
    page.reload();
    assertThat(page.locator("#task-saved")).hasCount(0);
  }

  @Test
  void aLeadersVerificationQueueFitsAPhoneAndTheMenuOpens() {
    signIn("chu.tich", DEMO_PASSWORD);
    phone();
    open("/tasks/verify");
    headerIsOneLineWithAMenuButton();
    fitsTheScreen("phone-04-verify");
    cardsAreShown();

    Locator verifyLink = page.locator("header nav a[href='/tasks/verify']");
    assertThat(verifyLink).isHidden();
    page.locator("label.menu-button").click();
    assertThat(verifyLink).isVisible();
    assertThat(page.locator("header .account form.logout button")).isVisible();
    assertThat(page.locator("header .lang a[hreflang=en]")).isVisible();
    screenshot("phone-05-menu-open");
    page.locator("label.menu-button").click();
    assertThat(verifyLink).isHidden();

    page.locator("tr[data-task-id] td.lead a").first().click();
    fitsTheScreen("phone-06-task-to-verify");
  }

  @Test
  void aChairmansDashboardRankingAndScoreTableFitAPhoneTheirWideTablesScrollingInside() {
    signIn("chu.tich", DEMO_PASSWORD);
    phone();
    open("/dashboard");
    fitsTheScreen("phone-07-dashboard");
    open("/rankings");
    fitsTheScreen("phone-08-rankings");
    Long scores =
        jdbc.sql(
                "select min(a.id) from assessment a join unit u on u.id = a.unit_id"
                    + " where u.code = 'DEMO-VINHCHAP' and a.index_year = 2024")
            .query(Long.class)
            .single();
    open("/assessments/" + scores);
    fitsTheScreen("phone-09-score-table");
    Locator tree = page.locator("table#tree");
    assertThat(tree).isVisible();
    assertThat(box(tree).x + box(tree).width).isLessThanOrEqualTo(390);
    assertThat(((Number) tree.evaluate("t => t.scrollWidth")).intValue()).isGreaterThan(390);
  }

  @Test
  void atDesktopWidthTheHeaderShowsItsLinksAndTablesStayTables() {
    signIn("chu.tich", DEMO_PASSWORD);
    open("/tasks/verify");
    assertThat(page.locator("label.menu-button")).isHidden();
    assertThat(page.locator("header nav a[href='/tasks/verify']")).isVisible();
    assertThat(page.locator("table.tasks thead")).isVisible();
    assertThat(box(page.locator("header .topbar")).height).isLessThan(80);
    screenshot("desktop-01-verify");
    open("/tasks/" + taskOwnedBy("mot.cua"));
    screenshot("desktop-02-task");
    open("/notifications");
    screenshot("desktop-03-notifications");
  }

  private void phone() {
    page.setViewportSize(390, 844);
  }

  private void headerIsOneLineWithAMenuButton() {
    assertThat(page.locator("label.menu-button")).isVisible();
    assertThat(page.locator("header nav")).isHidden();
    assertThat(box(page.locator("header .topbar")).height).isLessThanOrEqualTo(60);
    assertThat(box(page.locator("header")).height).isLessThanOrEqualTo(130);
  }

  private void fitsTheScreen(String screenshot) {
    screenshot(screenshot);
    fitsWithin(390);
  }

  private void cardsAreShown() {
    Locator rows = page.locator("table.tasks tr[data-task-id]");
    assertThat(rows.first()).isVisible();
    assertThat(page.locator("table.tasks thead")).isHidden();
    assertThat(rows.first().evaluate("r => getComputedStyle(r).display")).isEqualTo("block");
    for (int i = 0; i < rows.count(); i++) {
      var box = box(rows.nth(i));
      assertThat(box.x).isGreaterThanOrEqualTo(0);
      assertThat(box.x + box.width).isLessThanOrEqualTo(390);
    }
  }

  private static com.microsoft.playwright.options.BoundingBox box(Locator locator) {
    return locator.boundingBox();
  }

  private long taskOwnedBy(String username) {
    return jdbc.sql(
            "select t.id from task t join app_user u on u.id = t.owner_user_id"
                + " where u.username = ? order by t.id fetch first 1 rows only")
        .param(username)
        .query(Long.class)
        .single();
  }
}
