package vn.parindex.round.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.round.web.RoundFixtures.node;
import static vn.parindex.round.web.RoundFixtures.unit;

import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Scoring;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Who fills which criterion, in a browser: the officer assigns an area to one department and a leaf
 * of it to another; on a 390 px phone the department official sees only that leaf and fills it;
 * after the chairman submits, the appraiser's queue shows the commune with its criteria left.
 */
class AssignmentPagesBrowserTest extends BrowserTest {

  private static final String SECRET = "mat-khau-phan-cong";

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired Departments departments;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void theDepartmentOfficialSeesAndFillsOnlyTheCriteriaOfTheirDepartment() {
    Unit province = units.save(unit("APB-P", "Tỉnh Phân Công", UnitType.PROVINCE, null));
    Unit commune = units.save(unit("APB-A", "Xã Phân Công", UnitType.COMMUNE, province.id()));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    int year = today.getYear();
    String setName = "Bộ chỉ số phân công";
    sets.save(
        CriteriaSet.create(
            null,
            setName,
            year,
            UnitType.COMMUNE,
            sets.nextVersion(year, UnitType.COMMUNE),
            false,
            "test",
            List.of(
                node("1", "Công tác chỉ đạo", "7", null, 1),
                node("1.1", "Kế hoạch CCHC", "4", new Scoring.Manual(), 2),
                node("1.2", "Phổ biến pháp luật", "3", new Scoring.Binary(), 3),
                node("2", "Thủ tục hành chính", "3", null, 4),
                node("2.1", "Công khai thủ tục", "3", new Scoring.Binary(), 5)),
            List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))));
    departments.add(commune.id(), "Văn phòng – Thống kê", null);
    long justice = departments.add(commune.id(), "Tư pháp – Hộ tịch", null).id();
    Accounts.create(users, "apb.thamdinh", SECRET, province.id(), Role.APPRAISER);
    Accounts.create(users, "apb.cchc", SECRET, commune.id(), Role.PAR_OFFICER);
    Accounts.create(users, "apb.chutich", SECRET, commune.id(), Role.LEADER);
    users.create(
        new Users.NewUser(
            "apb.tuphap",
            "Công chức Tư pháp",
            "apb.tuphap@test.vn",
            null,
            SECRET,
            commune.id(),
            justice,
            Set.of(Role.DEPARTMENT_OFFICIAL),
            false));

    as("apb.thamdinh");
    open("/rounds");
    page.locator("#f-year").fill(String.valueOf(year));
    page.locator("#f-parent").selectOption(new SelectOption().setLabel("Tỉnh Phân Công"));
    page.locator("#f-framework").selectOption(new SelectOption().setLabel(setName));
    page.locator("#f-selfFrom").fill(today.minusDays(1).toString());
    page.locator("#f-selfTo").fill(today.plusDays(10).toString());
    page.locator("#f-round1Due").fill(today.plusDays(20).toString());
    page.locator("#f-explanationDue").fill(today.plusDays(30).toString());
    page.locator("#f-round2Due").fill(today.plusDays(40).toString());
    page.locator("#f-publication").fill(today.plusDays(50).toString());
    page.waitForNavigation(() -> page.locator("form.open-round button[type=submit]").click());
    String round = page.url().substring(page.url().indexOf("/rounds/"));
    String unitPath = round + "/units/APB-A";

    as("apb.cchc");
    open(unitPath);
    page.waitForNavigation(() -> page.locator("a[href$='/assignments']").click());
    assertThat(page.locator("h1")).hasText("Phân công nhập tiêu chí – Xã Phân Công");
    page.locator("[id='d-1']").selectOption(new SelectOption().setLabel("Văn phòng – Thống kê"));
    page.locator("[id='d-1.2']").selectOption(new SelectOption().setLabel("Tư pháp – Hộ tịch"));
    page.waitForNavigation(() -> page.locator(".assign-form button[type=submit]").click());
    assertThat(page.locator("[role=status]")).hasText("Đã lưu phân công.");
    assertThat(page.locator("[id='row-1.1']")).containsText("theo 1: Văn phòng – Thống kê");
    page.setViewportSize(390, 844);
    screenshot("round-assignments-phone");
    assertNoSidewaysScroll();
    open(unitPath);
    assertThat(page.locator("[id='leaf-1.2'] .who"))
        .containsText("Bộ phận nhập: Tư pháp – Hộ tịch");
    assertThat(page.locator("[id='leaf-2.1'] .who")).containsText("Chưa phân công");
    assertThat(page.locator("article.leaf")).hasCount(3);

    as("apb.tuphap");
    open(unitPath);
    assertThat(page.locator("article.leaf")).hasCount(1);
    assertThat(page.locator("p.mine")).containsText("1 trên 3 tiêu chí");
    assertThat(page.locator(".self-form")).hasCount(0);
    page.waitForNavigation(() -> page.locator("[id='leaf-1.2'] .self-open a").click());
    page.locator("[id='s-1.2-done']").selectOption("yes");
    page.waitForNavigation(() -> page.locator("[id='leaf-1.2'] .self-form button").click());
    assertThat(page.locator("[id='leaf-1.2'] .stage.self")).containsText("3,00 điểm");
    screenshot("round-unit-department-phone");
    assertNoSidewaysScroll();
    // a criterion of another department, posted by hand: refused with whose it is, nothing stored
    var refused =
        page.request()
            .post(
                url(unitPath + "/entries/1.1"),
                com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("points", "4")
                            .set("_csrf", csrfToken())));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).contains("Văn phòng – Thống kê");

    as("apb.chutich");
    open(unitPath);
    // points claimed without evidence: the chairman ticks that the warnings were read
    page.locator("#acknowledgeWarnings").check();
    page.waitForNavigation(() -> page.locator("button.submit-self").click());

    as("apb.thamdinh");
    page.setViewportSize(390, 844);
    open("/rounds");
    page.waitForNavigation(() -> page.locator("a[href='/rounds/queue']").click());
    assertThat(page.locator("table.queue")).containsText("Xã Phân Công");
    assertThat(page.locator("table.queue")).containsText("Thẩm định lần 1");
    assertThat(page.locator("table.queue")).containsText("3 / 3 tiêu chí");
    screenshot("round-queue-phone");
    assertNoSidewaysScroll();
  }

  private String csrfToken() {
    return page.locator("input[name=_csrf]").first().getAttribute("value");
  }

  private void assertNoSidewaysScroll() {
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px")
        .isTrue();
  }

  private void as(String username) {
    page.context().clearCookies();
    signIn(username, SECRET);
  }
}
