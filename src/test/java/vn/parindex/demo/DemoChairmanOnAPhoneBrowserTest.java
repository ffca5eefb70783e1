package vn.parindex.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.support.BrowserTest;

/**
 * The demo's province chairman on a phone follows the communes below: from the home page to the
 * province's units, down to Vĩnh Linh's communes and Vĩnh Chấp's plan, read with nothing offered to
 * change; then, in the round they publish, a commune's page, again read only. All within 390 px.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class DemoChairmanOnAPhoneBrowserTest extends BrowserTest {

  @Override
  protected String[] signInAs() {
    return new String[] {"chu.tich.tinh", DemoAccounts.PASSWORD};
  }

  @Test
  void theChairmanFollowsTheCommunesBelowAndChangesNothing() {
    page.setViewportSize(390, 844);
    open("/");
    Locator below = page.locator("#home-below");
    assertThat(below).containsText("Các đơn vị trực thuộc");
    fitsWithin(390);
    page.waitForNavigation(() -> below.locator("li a").first().click());
    assertThat(page).hasURL(Pattern.compile(".*/dashboard/province\\?unit=DEMO-QT$"));
    assertThat(page.locator("table")).containsText("Vĩnh Linh");
    page.waitForNavigation(() -> page.locator("table a", hasText("Vĩnh Linh")).click());
    page.waitForNavigation(
        () -> page.locator("a[href='/dashboard/province?unit=DEMO-VL']").click());
    assertThat(page.locator("table")).containsText("Vĩnh Chấp");
    fitsWithin(390);
    screenshot("demo-chairman-phone-communes");

    // the commune's plan, read only
    open("/plans");
    page.waitForNavigation(() -> page.locator("table a", hasText("Vĩnh Chấp")).first().click());
    assertThat(page.locator("fieldset.bare input").first()).isDisabled();
    assertThat(page.getByText("Lưu kế hoạch")).hasCount(0);
    assertThat(page.locator("a[href$='/tasks/new']")).hasCount(0);
    fitsWithin(390);

    // a commune of the round they publish, read only
    open("/");
    page.waitForNavigation(() -> page.locator("#home-chair li a").first().click());
    page.waitForNavigation(() -> page.locator("td.lead a", hasText("Gio Hải")).click());
    assertThat(page).hasURL(Pattern.compile(".*/units/DEMO-GIOHAI$"));
    assertThat(page.locator("main form")).hasCount(0);
    fitsWithin(390);
    screenshot("demo-chairman-phone-round-unit");
  }

  private static com.microsoft.playwright.Page.LocatorOptions hasText(String text) {
    return new com.microsoft.playwright.Page.LocatorOptions().setHasText(text);
  }
}
