package vn.parindex.workday;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Units;

/**
 * In a real Chromium at a phone's width: the administrator reaches the page from the header, adds a
 * swapped day, and saving a row someone changed meanwhile is refused (409) with what was typed kept
 * and the message beside the field; saving again then overwrites knowingly. A PAR officer is
 * refused the page and is offered no link to it.
 */
class WorkingDaysBrowserTest extends BrowserTest {

  @Autowired SwapEditor editor;
  @Autowired WorkingDays days;
  @Autowired Users users;
  @Autowired Units units;

  @Test
  void anAdministratorAddsASwappedDayAndAStaleSaveKeepsWhatWasTyped() {
    page.setViewportSize(390, 844);
    open("/");
    page.locator("label.menu-button").click();
    page.locator("header a[href='/admin/working-days']").click();
    open("/admin/working-days?year=2026");
    assertThat(page.locator("#holidays")).containsText("10/3 âm lịch");
    assertThat(page.locator("#holidays")).containsText("26/04/2026");
    assertThat(page.locator("#holidays")).containsText("Nghỉ bù Giỗ Tổ Hùng Vương");

    page.locator("#f-date").fill("13/02/2026");
    page.locator("#f-kind").selectOption("OFF");
    page.locator("#f-reason").fill("Nghỉ bù Tết");
    page.locator("#add-swap button[type=submit]").click();
    assertThat(page.locator("#saved")).isVisible();
    LocalDate friday = LocalDate.of(2026, 2, 13);
    Swap added =
        days.swaps(2026).stream().filter(s -> s.date().equals(friday)).findFirst().orElseThrow();
    assertThat(days.isWorkingDay(friday)).isFalse();
    String row = "#swap-" + added.id();
    assertThat(page.locator(row)).containsText("13/02/2026");

    // another administrator changes the row while this page still shows version 0
    editor.change(
        added.id(),
        0,
        new SwapInput(null, "OFF", "Nghỉ bù (người khác sửa)"),
        TestActors.fixture());
    page.locator("#reason-" + added.id()).fill("Nghỉ bù Tết Bính Ngọ");
    var refused =
        page.waitForResponse(
            r -> r.url().endsWith("/admin/working-days/" + added.id()),
            () -> page.locator(row + " form.swap-edit button[type=submit]").click());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(page.locator("#reason-" + added.id())).hasValue("Nghỉ bù Tết Bính Ngọ");
    assertThat(page.locator("#e-reason-" + added.id()))
        .containsText("vừa sửa ngày 13/02/2026 (hiện là «Nghỉ bù (người khác sửa)»)");
    int width = pageWidth();
    assertThat(width).isLessThanOrEqualTo(390);
    screenshot("working-days-01-stale-390");

    page.locator(row + " form.swap-edit button[type=submit]").click();
    assertThat(page.locator("#saved")).isVisible();
    assertThat(page.locator("#reason-" + added.id())).hasValue("Nghỉ bù Tết Bính Ngọ");
    assertThat(days.swaps(2026))
        .filteredOn(s -> s.date().equals(friday))
        .extracting(Swap::reason)
        .containsExactly("Nghỉ bù Tết Bính Ngọ");
  }

  @Test
  void aParOfficerIsRefusedThePageAndOfferedNoLinkToIt() {
    String name = "cchc.workday." + System.nanoTime() % 1_000_000;
    long unit = units.findByCode(ADMIN_UNIT).orElseThrow().id();
    Accounts.create(users, name, PASSWORD, unit, Role.PAR_OFFICER);
    page.context().clearCookies();
    signIn(name, PASSWORD);
    assertThat(page.locator("header a[href='/admin/working-days']")).hasCount(0);
    var response = page.navigate(url("/admin/working-days?year=2026"));
    assertThat(response.status()).isEqualTo(403);
    var api = page.navigate(url("/api/v1/working-days?year=2026"));
    assertThat(api.status()).isEqualTo(200);
    assertThat(page.content()).contains("Giỗ Tổ Hùng Vương");
  }
}
