package vn.parindex.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.support.BrowserTest;

class HomePageBrowserTest extends BrowserTest {

  @Test
  void homePageRendersInVietnameseByDefault() {
    open("/");
    assertThat(page.locator("html")).hasAttribute("lang", "vi");
    assertThat(page.locator("h1")).hasText("Việc cần làm");
    assertThat(page.locator("nav")).containsText("Trang chủ");
  }

  @Test
  void englishLinkSwitchesToEnglishAndIsRemembered() {
    open("/");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN").setExact(true)).click();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("nav")).containsText("Home");

    open("/");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("h1")).hasText("To do");
  }

  @Test
  void htmxLoadsUnderTheContentSecurityPolicy() {
    List<String> errors = new ArrayList<>();
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            errors.add(message.text());
          }
        });
    open("/");
    page.waitForFunction("() => window.htmx !== undefined");
    assertThat(errors).isEmpty();
  }

  @Test
  void screenshotIsSavedUnderTargetScreenshots() throws Exception {
    open("/");
    Path file = screenshot("home-vi");
    assertThat(file).startsWith(Path.of("target", "screenshots"));
    assertThat(Files.size(file)).isGreaterThan(1_000);
  }
}
