package vn.parindex.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.demo.DemoAccounts;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** The demo accounts in a real Chromium: sign in through the form, scope by unit. */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class AccountsBrowserTest extends BrowserTest {

  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void parOfficerSignsInThroughTheFormAndReachesTheDemoCommunesAssessment() {
    open("/assessments/" + demoAssessment());
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
    assertThat(page.locator("h1")).hasText("Đăng nhập ParIndex");
    page.locator("#username").fill("cchc.vinhchap");
    page.locator("#password").fill("sai-mat-khau");
    page.locator("form button[type=submit]").click();
    assertThat(page.locator(".error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
    screenshot("accounts-01-wrong-password");

    signIn("cchc.vinhchap", DemoAccounts.PASSWORD);
    assertThat(page.locator(".account .who")).hasText("Công chức phụ trách CCHC");
    assertThat(page).hasURL(Pattern.compile(".*/assessments/" + demoAssessment() + ".*"));
    open("/");
    // the officer's home page lists the commune's score tables, each a link to its page
    page.locator("main a[href='/assessments/" + demoAssessment() + "']").first().click();
    assertThat(page).hasURL(Pattern.compile(".*/assessments/" + demoAssessment() + "$"));
    assertThat(page.locator("#totals")).containsText("6,47");
    screenshot("accounts-02-officer-assessment");

    page.locator(".account form.logout button").click();
    assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    assertThat(page.locator(".notice")).hasText("Bạn đã đăng xuất.");
  }

  @Test
  void appraiserOfAnotherProvinceGets404OnTheDemoCommune() {
    if (!users.exists("tham.dinh.khac")) {
      Unit other =
          units.save(
              new Unit(null, "BR-P2", "Tỉnh Khác", UnitType.PROVINCE, null, null, null, false));
      Accounts.create(users, "tham.dinh.khac", "mat-khau-khac", other.id(), Role.APPRAISER);
    }
    signIn("tham.dinh.khac", "mat-khau-khac");
    Response response = page.navigate(url("/assessments/" + demoAssessment()));
    org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("body")).not().containsText("6,47");
    screenshot("accounts-03-other-province-404");

    signIn("tham.dinh", DemoAccounts.PASSWORD);
    Response own = page.navigate(url("/assessments/" + demoAssessment()));
    org.assertj.core.api.Assertions.assertThat(own.status()).isEqualTo(200);
  }

  private long demoAssessment() {
    return jdbc.sql(
            "select a.id from assessment a join unit u on u.id = a.unit_id where u.code ="
                + " 'DEMO-VINHCHAP'")
        .query(Long.class)
        .single();
  }
}
