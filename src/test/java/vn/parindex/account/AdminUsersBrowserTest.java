package vn.parindex.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.support.BrowserTest;

/**
 * In a real Chromium: the login page keeps the user name after a refusal and switches language; an
 * administrator creates an account picking its unit by name, edits it, disables it (it can no
 * longer sign in), enables it and resets its password, each change confirmed and in its history.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class AdminUsersBrowserTest extends BrowserTest {

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void theLoginPageKeepsTheNameAfterAFailureAndSwitchesLanguage() {
    open("/login");
    page.locator("#username").fill("cchc.vinhchap");
    page.locator("#password").fill("sai-mat-khau");
    page.locator("form button[type=submit]").click();
    assertThat(page.locator(".error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
    assertThat(page.locator("#username")).hasValue("cchc.vinhchap");
    assertThat(page.locator("#password")).hasValue("");
    screenshot("login-01-name-kept");

    page.locator("main a[hreflang=en]").click();
    assertThat(page.locator("h1")).hasText("Sign in to ParIndex");
    assertThat(page.locator("label[for=username]")).hasText("User name");
    page.locator("main a[hreflang=vi]").click();
    assertThat(page.locator("h1")).hasText("Đăng nhập ParIndex");
  }

  @Test
  void anAdministratorEditsDisablesEnablesAndResetsAnAccount() {
    signIn("admin", "demo1234");
    open("/admin/users");
    assertThat(page.locator("table.users")).containsText("Công chức phụ trách CCHC");
    assertThat(page.locator("table.users")).not().containsText("PAR_OFFICER");
    assertThat(page.locator("tr[data-user='cchc.vinhchap']")).containsText("Vĩnh Chấp");

    String username = "thu.nghiem." + System.nanoTime() % 1_000_000;
    List<String> unitNames =
        page.locator("#unit-names option").all().stream()
            .map(o -> o.getAttribute("value"))
            .toList();
    String commune =
        unitNames.stream().filter(n -> n.startsWith("Vĩnh Chấp")).findFirst().orElseThrow();
    page.locator("#username").fill(username);
    page.locator("#displayName").fill("Nguyễn Văn Thử");
    page.locator("#unit").fill(commune);
    page.locator("input[name=roles][value=DEPARTMENT_OFFICIAL]").last().check();
    page.locator("#password").fill("mat-khau-ban-dau");
    page.locator("form[action='/admin/users'] button[type=submit]").click();
    assertThat(page.locator(".notice")).hasText("Đã tạo người dùng.");
    assertThat(page.locator("tr[data-user='" + username + "']")).containsText(commune);

    page.locator("tr[data-user='" + username + "'] a").click();
    assertThat(page.locator("#edit-user h2")).containsText(username);
    page.locator("#edit-displayName").fill("Nguyễn Văn Đã Sửa");
    page.locator("#edit-form input[name=roles][value=LEADER]").check();
    page.locator("#edit-save").click();
    assertThat(page.locator("#edit-user .notice")).hasText("Đã lưu thay đổi của tài khoản.");
    assertThat(page.locator("#edit-displayName")).hasValue("Nguyễn Văn Đã Sửa");
    assertThat(page.locator("#edit-user .history")).containsText("Lãnh đạo UBND");
    assertThat(page.locator("#edit-user .history")).containsText("Nguyễn Văn Đã Sửa");
    assertThat(page.locator("#edit-user .history")).not().containsText("LEADER");

    page.locator("#toggle-enabled").click();
    assertThat(page.locator("#edit-user .notice"))
        .hasText("Đã khóa tài khoản: người dùng không đăng nhập được nữa.");
    screenshot("admin-01-disabled");
    String editUrl = page.url().replaceAll("\\?.*", "");

    // the disabled account cannot sign in
    open("/login");
    page.locator("#username").fill(username);
    page.locator("#password").fill("mat-khau-ban-dau");
    page.locator("form button[type=submit]").click();
    assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
    assertThat(page.locator(".error")).isVisible();

    page.navigate(editUrl);
    page.locator("#toggle-enabled").click();
    assertThat(page.locator("#edit-user .notice")).hasText("Đã mở khóa tài khoản.");
    page.locator("#reset-save").click();
    assertThat(page.locator("#edit-user .notice").first()).hasText("Đã đặt lại mật khẩu.");
    String password = page.locator("#new-password").innerText();
    assertThat(password).hasSize(12);
    screenshot("admin-02-password-reset");
    page.navigate(editUrl);
    assertThat(page.locator("#new-password")).hasCount(0);

    signIn(username, password);
    assertThat(page.locator(".account .who")).hasText("Nguyễn Văn Đã Sửa");
  }
}
