package vn.parindex.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.demo.DemoAccounts;
import vn.parindex.support.BrowserTest;

/**
 * Each demo account's home page lists what that person must do now, with links that lead there:
 * nothing offered to a role that it may not do.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class HomePagesBrowserTest extends BrowserTest {

  @Override
  protected String[] signInAs() {
    return null;
  }

  private void home(String username) {
    signIn(username, DemoAccounts.PASSWORD);
    open("/");
    assertThat(page.locator("h1")).hasText("Việc cần làm");
  }

  private Locator block(String id) {
    return page.locator("#home-" + id);
  }

  @Test
  void theParOfficerSeesTablesWithPlansProgressOverdueTasksAndObligations() {
    home("cchc.vinhchap");
    assertThat(block("tables").locator("li").first()).containsText("Bảng điểm năm 2024");
    assertThat(block("tables")).containsText("Đã có 1 kế hoạch khắc phục");
    assertThat(block("plans").locator("li a").first()).hasAttribute("href", "/plans/1/progress");
    assertThat(block("plans")).containsText("nhiệm vụ đã xác nhận");
    assertThat(block("overdue").locator("li.late")).hasCount(2);
    assertThat(block("obligations").locator("li")).not().hasCount(0);
    assertThat(block("tables").getByText("Tải lên bảng điểm")).isVisible();
    // this year's round first: the demo's Vĩnh Chấp was cut in round 1 and has to explain
    assertThat(page.locator(".home-block").first()).hasId("home-round");
    assertThat(block("round").locator("li a"))
        .hasAttribute("href", "/rounds/1/units/DEMO-VINHCHAP");
    assertThat(block("round")).containsText("cần giải trình");
    assertThat(block("round")).containsText("Hạn giải trình");
    assertThat(block("round")).containsText("tiêu chí bị trừ điểm hoặc yêu cầu giải trình");
    screenshot("home-officer");
    block("overdue").locator("li a").first().click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tasks/\\d+$"));
  }

  @Test
  void theLeaderSeesTasksAwaitingVerificationAndLateTasksByDepartmentButNoUpload() {
    home("chu.tich");
    assertThat(block("verify").locator("li")).hasCount(2);
    assertThat(block("verify")).containsText("báo cáo hoàn thành");
    assertThat(block("escalations")).isVisible();
    assertThat(block("round")).containsText("Năm 2026: đã có kết quả thẩm định lần 1");
    assertThat(page.locator("#home-chair")).hasCount(0); // the commune chairs no round
    assertThat(block("late").locator("li").first()).containsText("nhiệm vụ quá hạn");
    assertThat(page.locator("main").getByText("Tải lên bảng điểm")).hasCount(0);
    screenshot("home-leader");
  }

  @Test
  void theProvincesChairmanSeesTheRoundHeChairsAndHowFarAppraisalHasGone() {
    home("chu.tich.tinh");
    assertThat(block("chair").locator("li a")).hasText("Chỉ số CCHC năm 2026");
    assertThat(block("chair").locator("li a")).hasAttribute("href", "/rounds/1");
    // the demo round: Gio Hải explained, the others not yet through round 2
    assertThat(block("chair")).containsText("đơn vị đã thẩm định lần 2 · công bố dự kiến");
    assertThat(page.locator("#home-round")).hasCount(0); // the province is in no round itself
    screenshot("home-chair");
    block("chair").locator("li a").click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/rounds/1$"));
  }

  @Test
  void theDepartmentOfficialSeesTheirOwnTasksByDueDate() {
    home("mot.cua");
    Locator mine = block("mine").locator("li");
    assertThat(mine).not().hasCount(0);
    assertThat(mine.first()).containsText("Hạn ");
    assertThat(page.locator("#home-tables")).hasCount(0);
    assertThat(block("round").locator("li a"))
        .hasAttribute("href", "/rounds/1/units/DEMO-VINHCHAP");
    screenshot("home-official");
  }

  @Test
  void theSupervisorSeesThePlansToSuperviseAndTheLastSupervision() {
    home("mttq");
    assertThat(block("supervise").locator("li")).hasCount(1);
    assertThat(block("supervise")).containsText("Kế hoạch năm 2025");
    assertThat(block("supervision")).containsText("Chưa ghi nhận cuộc giám sát nào.");
    assertThat(block("supervision").locator("a[href='/supervisions']")).isVisible();
    screenshot("home-supervisor");
  }

  @Test
  void theAppraiserSeesTheUnitsInScopeAndWhatAwaitsThem() {
    home("tham.dinh");
    assertThat(block("scope")).containsText("đơn vị trong phạm vi — năm 2024");
    // Vĩnh Chấp and its 17 demo peers of 2024 (demo.DemoPeers); Vĩnh Chấp alone has a plan
    assertThat(block("scope")).containsText("18 đã có bảng điểm, 1 đã có kế hoạch khắc phục");
    assertThat(block("noTable")).isVisible();
    // the demo peers published a 2024 result and no plan; Vĩnh Chấp has its plan
    assertThat(block("noPlan")).containsText("Xã minh họa 01 (DEMO)");
    assertThat(block("noPlan")).not().containsText("Vĩnh Chấp");
    // the demo round's units awaiting appraisal, each a link to its unit page; no commune block
    Locator queue = block("queue").locator("li");
    assertThat(queue.filter(new Locator.FilterOptions().setHasText("Gio Mai")))
        .containsText("Thẩm định lần 1");
    assertThat(queue.filter(new Locator.FilterOptions().setHasText("Gio Hải")))
        .containsText("Thẩm định lần 2");
    assertThat(page.locator("#home-round")).hasCount(0);
    screenshot("home-appraiser");
    queue.filter(new Locator.FilterOptions().setHasText("Gio Mai")).locator("a").click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/rounds/1/units/DEMO-GIOMAI$"));
    assertThat(page.locator("main")).containsText("Gio Mai");
  }

  @Test
  void theAdministratorSeesUsersUnitsCriteriaSetsAndRecentChanges() {
    home("admin");
    assertThat(block("overview")).containsText("tài khoản");
    assertThat(block("overview")).containsText("đơn vị hành chính");
    assertThat(block("audit").locator("li")).not().hasCount(0);
    screenshot("home-admin");
  }
}
