package vn.parindex.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.demo.DemoAccounts;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSetImporter;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * One short path per role on the demo data, signed in through the login form with the documented
 * demo accounts: supervisor, department official, appraiser, leader, administrator.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class RolesBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired Units units;
  @Autowired CriteriaSetImporter importer;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void supervisorReadsProgressRecordsSupervisionButMakesNoTaskAndCannotEditThePlan() {
    signIn("mttq", DemoAccounts.PASSWORD);
    long plan = demoPlan();
    Response progress = page.navigate(url("/plans/" + plan + "/progress"));
    org.assertj.core.api.Assertions.assertThat(progress.status()).isEqualTo(200);
    assertThat(page.locator("h1")).hasText("Tiến độ thực hiện kế hoạch");
    assertThat(page.locator("#count-PLANNED")).not().hasText("0");
    screenshot("roles-01-supervisor-progress");

    open("/supervisions");
    page.locator("input[name=heldOn]").fill("2025-06-20");
    page.locator("textarea[name=scope]")
        .fill("Giám sát việc thực hiện kế hoạch khắc phục năm 2025");
    page.locator("textarea[name=findings]").fill("Bộ phận một cửa chưa niêm yết đủ thủ tục");
    page.locator("textarea[name=recommendations]")
        .fill("Niêm yết đầy đủ thủ tục hành chính\nCông khai kết quả giải quyết hồ sơ");
    page.waitForNavigation(() -> page.locator("form.card button[type=submit]").click());
    Locator supervision = page.locator("article.card").filter(hasText("20/06/2025"));
    assertThat(supervision.locator("li")).hasCount(2);
    assertThat(supervision).containsText("Bộ phận một cửa chưa niêm yết đủ thủ tục");
    screenshot("roles-02-supervision-recorded");

    // The Front recommends; the commune's officer or leader turns a recommendation into a task
    // with someone to do it: the supervisor is not offered the button.
    assertThat(supervision.locator("li button")).hasCount(0);

    Response editor = page.navigate(url("/plans/" + plan));
    org.assertj.core.api.Assertions.assertThat(editor.status()).isEqualTo(200);
    // The supervisor reads the plan but has no Save button (the server refuses writes too: see
    // AuthorizationMatrixTest).
    assertThat(page.locator("form button[type=submit].primary")).hasCount(0);
    assertThat(page.getByText("Bạn chỉ có quyền xem kế hoạch này.")).isVisible();
    screenshot("roles-04-supervisor-plan-refused");
  }

  @Test
  void departmentOfficialSeesOnlyTheOneStopShopsTasksAndGets404OnFinances() {
    signIn("mot.cua", DemoAccounts.PASSWORD);
    open("/tasks/mine");
    // The navigation offers an official their own pages, not the officer's upload or the board.
    assertThat(page.locator("nav a[href='/assessments/upload']")).hasCount(0);
    assertThat(page.locator("nav a[href='/tasks']")).hasCount(0);
    assertThat(page.locator("nav a[href='/tasks/mine']")).hasCount(1);
    Locator rows = page.locator("table.tasks tbody tr");
    org.assertj.core.api.Assertions.assertThat(rows.count()).isPositive();
    List<String> criteria = page.locator("table.tasks tbody tr td:nth-child(2)").allInnerTexts();
    org.assertj.core.api.Assertions.assertThat(criteria)
        .isNotEmpty()
        .allSatisfy(c -> org.assertj.core.api.Assertions.assertThat(c).startsWith("2."));
    for (long own : tasksOf("Bộ phận một cửa")) {
      assertThat(page.locator("tr[data-task-id='" + own + "']")).hasCount(1);
    }
    List<Long> finance = tasksOf("Tài chính – Kế toán");
    org.assertj.core.api.Assertions.assertThat(finance).isNotEmpty();
    for (long other : finance) {
      assertThat(page.locator("tr[data-task-id='" + other + "']")).hasCount(0);
    }
    screenshot("roles-05-official-my-tasks");

    Response response = page.navigate(url("/tasks/" + finance.get(0)));
    org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Không tìm thấy");
    screenshot("roles-06-official-finance-404");

    open("/tasks/mine");
    page.waitForNavigation(() -> page.locator("header a.bell").click());
    assertThat(page.locator("h1")).containsText("Thông báo");
    screenshot("roles-07-official-notifications");
  }

  @Test
  void appraiserSeesTheCommunesSideBySideTheCommunesAssessmentAndTheRankings() {
    if (units.findByCode("ROLES-VG").isEmpty()) {
      long district = units.findByCode("DEMO-VL").orElseThrow().id();
      units.save(
          new Unit(null, "ROLES-VG", "Vĩnh Giang", UnitType.COMMUNE, district, null, null, false));
    }
    signIn("tham.dinh", DemoAccounts.PASSWORD);
    open("/dashboard/province");
    page.locator("#unit").selectOption("DEMO-VL");
    page.waitForNavigation(() -> page.locator("form.card button[type=submit]").click());
    Locator children = page.locator("#children tbody tr");
    // Vĩnh Chấp, its 17 demo peers of 2024 (demo.DemoPeers) and the commune added here
    assertThat(children).hasCount(19);
    assertThat(children.filter(hasText("DEMO-VINHCHAP"))).containsText("63,53");
    assertThat(children.filter(hasText("ROLES-VG"))).containsText("Vĩnh Giang");
    assertThat(page.locator("canvas#chart-province[data-drawn=true]")).hasCount(1);
    screenshot("roles-08-appraiser-province");

    Response assessment = page.navigate(url("/assessments/" + demoAssessment()));
    org.assertj.core.api.Assertions.assertThat(assessment.status()).isEqualTo(200);
    assertThat(page.locator("#totals")).containsText("6,47");
    screenshot("roles-09-appraiser-assessment");

    open("/rankings?parent=DEMO-VL&year=2024");
    assertThat(page.locator("#ranking")).containsText("Vĩnh Chấp");
    screenshot("roles-10-appraiser-rankings");
  }

  @Test
  void leaderSeesVerificationQueueUnitDashboardAndObligationsCalendar() {
    signIn("chu.tich", DemoAccounts.PASSWORD);
    Response verify = page.navigate(url("/tasks/verify"));
    org.assertj.core.api.Assertions.assertThat(verify.status()).isEqualTo(200);
    assertThat(page.locator("h1")).hasText("Nhiệm vụ chờ xác nhận");
    // The demo is dated from the day it loads: two tasks are done and wait for the chairman.
    assertThat(page.locator("table.tasks tbody tr")).hasCount(2);
    screenshot("roles-11-leader-verify");

    open("/dashboard?unit=DEMO-VINHCHAP");
    assertThat(page.locator("#departments tbody tr")).not().hasCount(0);
    assertThat(page.locator("canvas#chart-departments[data-drawn=true]")).hasCount(1);
    assertThat(page.locator("canvas#chart-areas[data-drawn=true]")).hasCount(1);
    screenshot("roles-12-leader-dashboard");

    int year = java.time.LocalDate.now().getYear();
    open("/obligations?unit=DEMO-VINHCHAP");
    // first row: other tests sharing this demo may add the same obligations as the unit's own
    assertThat(
            page.locator("tr")
                .filter(hasText("Công khai, tuyên truyền kết quả Chỉ số CCHC năm trước"))
                .first())
        .containsText("01/01 – 31/03/" + year);
    assertThat(page.locator("tr").filter(hasText("trước ngày 15/11")).first())
        .containsText("15/11/" + year);
    // the current year is under way: something is done already (the demo's first answered
    // request is 40 days old), and not everything is late
    if (java.time.LocalDate.now().getDayOfYear() > 41) {
      assertThat(page.locator("tr[data-status=DONE]").first()).isVisible();
    }
    org.assertj.core.api.Assertions.assertThat(page.locator("tr[data-status=MISSED]").count())
        .isLessThan(page.locator("tr[data-status]").count());
    screenshot("roles-13-leader-obligations");
  }

  @Test
  void adminListsTheDemoAccounts() {
    signIn("admin", DemoAccounts.PASSWORD);
    open("/admin/users");
    Locator names = page.locator("table tbody tr td:first-child");
    for (String user :
        List.of(
            "admin",
            "tham.dinh",
            "cchc.vinhchap",
            "chu.tich",
            "pct.vhxh",
            "mot.cua",
            "tai.chinh",
            "mttq")) {
      assertThat(names.filter(hasText(user)).first()).hasText(user);
    }
    screenshot("roles-14-admin-users");
  }

  @Test
  void appraiserChangesACriteriaSetsObligationsIntoItsNextVersion() throws Exception {
    CriteriaSet set;
    try (var in = getClass().getResourceAsStream("/samples/bo-chi-so-xa-2025.yaml")) {
      // A year no other test uses: the new version becomes that year's current set.
      set =
          importer.importFile(
              "bo-chi-so.yaml",
              in.readAllBytes(),
              new CriteriaSetImporter.Fields(null, "2032", null));
    }
    try {
      signIn("tham.dinh", DemoAccounts.PASSWORD);
      open("/frameworks/" + set.id());
      page.waitForNavigation(() -> page.getByText("Sửa nghĩa vụ (tạo phiên bản mới)").click());
      Locator rows = page.locator("table.obligation-form tbody tr");
      assertThat(rows).hasCount(set.obligations().size() + 3);
      rows.nth(0).locator("input[name=to]").fill("30/11");
      rows.nth(1).locator("input[name=remove]").check();
      Locator added = rows.nth(set.obligations().size());
      added.locator("input[name=criterionCode]").fill("9.9");
      added.locator("input[name=title]").fill("Rà soát quy chế làm việc");
      added.locator("input[name=to]").fill("31/12");
      page.waitForNavigation(() -> page.locator("form button[type=submit]").last().click());
      // A criterion the set does not have: refused, the row named, what was typed kept.
      assertThat(page.locator("#obligation-errors"))
          .containsText("Không có tiêu chí «9.9» trong bộ chỉ số này");
      assertThat(added.locator("input[name=title]")).hasValue("Rà soát quy chế làm việc");
      assertThat(rows.nth(1).locator("input[name=remove]")).isChecked();
      screenshot("roles-12-appraiser-set-obligations-refused");
      added.locator("input[name=criterionCode]").fill("1.5");
      page.waitForNavigation(() -> page.locator("form button[type=submit]").last().click());
      assertThat(page.locator("p.notice"))
          .hasText("Đã lưu nghĩa vụ thành phiên bản " + (set.version() + 1) + " của bộ chỉ số.");
      assertThat(page.locator("main table")).containsText("30/11");
      assertThat(page.locator("main table")).containsText("Rà soát quy chế làm việc");
      screenshot("roles-12-appraiser-set-obligations-saved");
    } finally {
      jdbc.sql(
              "delete from obligation where set_id in"
                  + " (select id from criteria_set where index_year = 2032)")
          .update();
    }
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private long demoPlan() {
    return jdbc.sql(
            "select p.id from plan p join unit u on u.id = p.unit_id where u.code ="
                + " 'DEMO-VINHCHAP'")
        .query(Long.class)
        .single();
  }

  private long demoAssessment() {
    return jdbc.sql(
            "select a.id from assessment a join unit u on u.id = a.unit_id where u.code ="
                + " 'DEMO-VINHCHAP'")
        .query(Long.class)
        .single();
  }

  private List<Long> tasksOf(String department) {
    return jdbc.sql(
            "select t.id from task t join department d on d.id = t.department_id where d.name = ?"
                + " order by t.id")
        .param(department)
        .query(Long.class)
        .list();
  }
}
