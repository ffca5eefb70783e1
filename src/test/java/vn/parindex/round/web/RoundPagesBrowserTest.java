package vn.parindex.round.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.round.web.RoundFixtures.node;
import static vn.parindex.round.web.RoundFixtures.unit;

import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A round through its pages in a browser: the province's appraiser opens it, the commune's officer
 * self-assesses a leaf, the chairman submits, and the appraiser cuts a point with a note.
 */
class RoundPagesBrowserTest extends BrowserTest {

  private static final String SECRET = "mat-khau-dot-danh-gia";

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void appraiserOpensOfficerSelfAssessesChairmanSubmitsAppraiserCuts() {
    Unit province = units.save(unit("RPB-P", "Tỉnh Trình Duyệt", UnitType.PROVINCE, null));
    Unit commune = units.save(unit("RPB-A", "Xã Trình Duyệt", UnitType.COMMUNE, province.id()));
    int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    String setName = "Bộ chỉ số trình duyệt";
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
                node("1.2", "Báo cáo đúng hạn", "3", new Scoring.Binary(), 3)),
            List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))));
    Accounts.create(users, "rpb.thamdinh", SECRET, province.id(), Role.APPRAISER);
    Accounts.create(users, "rpb.thamdinh2", SECRET, province.id(), Role.APPRAISER);
    Accounts.create(users, "rpb.cchc", SECRET, commune.id(), Role.PAR_OFFICER);
    Accounts.create(users, "rpb.chutich", SECRET, commune.id(), Role.LEADER);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    as("rpb.thamdinh");
    open("/");
    page.locator("header nav a[href='/rounds']").click();
    assertThat(page.locator("h1")).hasText("Đợt đánh giá chỉ số CCHC");
    page.locator("#f-year").fill(String.valueOf(year));
    page.locator("#f-parent")
        .selectOption(
            new com.microsoft.playwright.options.SelectOption().setLabel("Tỉnh Trình Duyệt"));
    page.locator("#f-framework")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(setName));
    page.locator("#f-selfFrom").fill(today.minusDays(1).toString());
    page.locator("#f-selfTo").fill(today.plusDays(10).toString());
    page.locator("#f-round1Due").fill(today.plusDays(20).toString());
    page.locator("#f-explanationDue").fill(today.plusDays(30).toString());
    page.locator("#f-round2Due").fill(today.plusDays(40).toString());
    page.locator("#f-publication").fill(today.plusDays(50).toString());
    page.waitForNavigation(() -> page.locator("form.open-round button[type=submit]").click());
    assertThat(page.locator("h1")).hasText("Đợt đánh giá năm " + year + " – Tỉnh Trình Duyệt");
    assertThat(page.locator("table.round-units")).containsText("Xã Trình Duyệt");
    assertThat(page.locator("table.round-units")).containsText("đang tự đánh giá");
    String roundPath = page.url().substring(page.url().indexOf("/rounds/"));

    as("rpb.cchc");
    open(roundPath);
    page.locator(
            "a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Xã Trình Duyệt"))
        .click();
    String unitPath = page.url().substring(page.url().indexOf("/rounds/"));
    assertThat(unitPath).endsWith("/units/RPB-A");
    Locator leaf = page.locator("[id='leaf-1.1']");
    assertThat(leaf).containsText("Điểm tối đa 4,00");
    // no form until a leaf's is opened: each leaf shows its values and a button
    assertThat(page.locator(".self-form")).hasCount(0);
    assertThat(page.locator(".self-open")).hasCount(2);
    assertThat(leaf.locator(".self-open a")).hasText("Nhập tự đánh giá");
    page.waitForNavigation(() -> page.locator("[id='leaf-1.2'] .self-open a").click());
    assertThat(page.locator(".self-form")).hasCount(1);
    assertThat(page.locator("[id='leaf-1.2'] .self-form select[name=done]")).isVisible();
    // "Đóng" closes it without saving anything
    page.waitForNavigation(() -> page.locator("[id='leaf-1.2'] .self-form a.button").click());
    assertThat(page.locator(".self-form")).hasCount(0);
    page.waitForNavigation(() -> leaf.locator(".self-open a").click());
    leaf.locator("[id='s-1.1-points']").fill("9");
    page.waitForNavigation(() -> leaf.locator(".self-form button[type=submit]").click());
    // refused: the leaf's form stays open with what was typed and the message beside the points
    assertThat(page.locator(".self-form")).hasCount(1);
    assertThat(leaf.locator("[id='s-1.1-points']")).hasValue("9");
    assertThat(leaf.locator("[id='s-1.1-points-error']")).isVisible();
    leaf.locator("[id='s-1.1-points']").fill("3,5");
    leaf.locator("[id='s-1.1-note']").fill("Đã ban hành Kế hoạch số 12/KH-UBND");
    page.waitForNavigation(() -> leaf.locator(".self-form button[type=submit]").click());
    // saved: the form closes, the leaf shows its values and offers to edit them
    assertThat(page.locator(".self-form")).hasCount(0);
    assertThat(leaf.locator(".self-open a")).hasText("Sửa tự đánh giá");
    assertThat(leaf.locator(".stage.self")).containsText("3,50 điểm");
    assertThat(leaf.locator(".stage.self")).containsText("Đã ban hành Kế hoạch số 12/KH-UBND");
    assertThat(page.locator("button.submit-self")).hasCount(0);
    // on a phone the officer's opened form fits too
    page.setViewportSize(390, 844);
    page.waitForNavigation(() -> leaf.locator(".self-open a").click());
    assertThat(leaf.locator("[id='s-1.1-points']")).hasValue("3,5");
    screenshot("round-unit-phone-self-form");
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px with the self-assessment form open")
        .isTrue();
    page.setViewportSize(1280, 720);

    as("rpb.chutich");
    open(unitPath);
    assertThat(page.locator(".self-form")).hasCount(0);
    assertThat(page.locator(".self-open")).hasCount(0);
    // 3,5 points claimed without evidence: the chairman sees it and ticks that it was seen
    assertThat(page.locator(".warnings")).containsText("chưa có tài liệu kiểm chứng");
    page.locator("#acknowledgeWarnings").check();
    page.waitForNavigation(() -> page.locator("button.submit-self").click());
    assertThat(page.locator("p.state")).containsText("đã nộp tự đánh giá");

    as("rpb.thamdinh");
    open(unitPath);
    Locator cut = page.locator("[id='leaf-1.1']");
    // one form on the page at a time: the leaf's own, opened from its link
    assertThat(page.locator(".appraise-form")).hasCount(0);
    assertThat(page.locator(".appraise-open")).hasCount(2);
    page.waitForNavigation(() -> cut.locator(".appraise-open a").click());
    assertThat(page.locator(".appraise-form")).hasCount(1);
    assertThat(page.locator("[id='leaf-1.2'] .appraise-open")).isVisible();
    cut.locator("[id='a-1.1-points']").fill("2");
    page.waitForNavigation(() -> cut.locator(".appraise-form button[type=submit]").click());
    // a cut without a note is refused beside the note, with the points as typed
    assertThat(cut.locator("[id='a-1.1-note-error']")).containsText("phải ghi lý do trừ điểm");
    assertThat(cut.locator("[id='a-1.1-points']")).hasValue("2");
    cut.locator("[id='a-1.1-note']").fill("Thiếu báo cáo đột xuất");
    cut.locator("[id='a-1.1-flag']").check();
    page.waitForNavigation(() -> cut.locator(".appraise-form button[type=submit]").click());
    // saved: the form closes, the leaf shows its round 1
    assertThat(page.locator(".appraise-form")).hasCount(0);
    assertThat(cut.locator(".stage.round1")).containsText("2,00 điểm");
    assertThat(cut.locator(".stage.round1")).containsText("Thiếu báo cáo đột xuất");
    assertThat(cut.locator(".stage.round1")).containsText("Yêu cầu giải trình");
    assertThat(cut.locator(".stage.self")).containsText("3,50 điểm");
    assertThat(page.locator("button.complete")).hasText("Kết thúc thẩm định lần 1");
    page.setViewportSize(390, 844);
    screenshot("round-unit-phone");
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px")
        .isTrue();
    // on the phone too, a leaf's form opens in place and fits
    page.waitForNavigation(() -> page.locator("[id='leaf-1.2'] .appraise-open a").click());
    assertThat(page.locator("[id='leaf-1.2'] .appraise-form [id='a-1.2-points']")).isVisible();
    screenshot("round-unit-phone-form");
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px with a form open")
        .isTrue();
    page.setViewportSize(1280, 720);
    open(unitPath);
    // 1.2 is not appraised: ending the round would keep its self points, so the page says so
    assertThat(page.locator(".complete-form .untouched"))
        .containsText("Còn 1 tiêu chí chưa thẩm định lần 1");
    assertThat(page.locator(".complete-form .untouched a")).hasText("1.2");
    // a click that skips the confirmation (the browser's own check removed) is refused on the
    // server beside the box, and the round stays open
    page.locator("#acknowledgeUntouched").evaluate("box => box.removeAttribute('required')");
    page.waitForNavigation(() -> page.locator("button.complete").click());
    assertThat(page.locator("#e-acknowledgeUntouched")).containsText("còn 1 tiêu chí");
    assertThat(page.locator("#e-acknowledgeUntouched")).containsText("1.2");
    assertThat(page.locator("p.state")).containsText("đã nộp tự đánh giá");

    // two appraisers on 1.2 at once: the later save is refused, the page shows the other's
    // points and keeps what was typed; saving again, having seen them, replaces them
    open(unitPath + "?edit=1.2");
    Locator both = page.locator("[id='leaf-1.2']");
    // 1.2 is done or not: its form offers the two points it can give, not a box to type in
    assertThat(both.locator("select[id='a-1.2-points'] option"))
        .hasText(new String[] {"— Chọn —", "0,00", "3,00"});
    both.locator("[id='a-1.2-points']").selectOption("0");
    both.locator("[id='a-1.2-note']").fill("Không có báo cáo quý IV");
    com.microsoft.playwright.Page mine = page;
    page = mine.context().browser().newPage();
    signIn("rpb.thamdinh2", SECRET);
    open(unitPath + "?edit=1.2");
    page.locator("[id='a-1.2-points']").selectOption("3");
    page.waitForNavigation(
        () -> page.locator("[id='leaf-1.2'] .appraise-form button[type=submit]").click());
    assertThat(page.locator("[id='leaf-1.2'] .stage.round1")).containsText("3,00 điểm");
    page.context().close();
    page = mine;
    page.waitForNavigation(() -> both.locator(".appraise-form button[type=submit]").click());
    assertThat(page.locator(".errors")).containsText("Tiêu chí 1.2 vừa được người khác lưu");
    assertThat(both.locator(".stage.round1")).containsText("3,00 điểm");
    assertThat(both.locator("[id='a-1.2-points']")).hasValue("0");
    assertThat(both.locator("[id='a-1.2-note']")).hasValue("Không có báo cáo quý IV");
    page.waitForNavigation(() -> both.locator(".appraise-form button[type=submit]").click());
    assertThat(both.locator(".stage.round1")).containsText("0,00 điểm");
    assertThat(both.locator(".stage.round1")).containsText("Không có báo cáo quý IV");

    // every criterion appraised: nothing to confirm, one click ends the round
    assertThat(page.locator(".complete-form .untouched")).hasCount(0);
    page.waitForNavigation(() -> page.locator("button.complete").click());
    assertThat(page.locator("p.state")).containsText("đã thẩm định lần 1");
  }

  private void as(String username) {
    page.context().clearCookies();
    signIn(username, SECRET);
  }
}
