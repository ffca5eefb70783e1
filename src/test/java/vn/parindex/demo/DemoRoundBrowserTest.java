package vn.parindex.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.support.BrowserTest;

/**
 * The demo round as Vĩnh Chấp's PAR officer finds it, from the rounds list to the commune's page:
 * awaiting its explanation of the cut criterion, with the documents it self-assessed with; on a
 * wide screen and on a phone (390 px) without sideways scrolling.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class DemoRoundBrowserTest extends BrowserTest {

  @Override
  protected String[] signInAs() {
    return new String[] {"cchc.vinhchap", DemoAccounts.PASSWORD};
  }

  @Test
  void theOfficerFindsTheCutCriterionAwaitingItsExplanation() {
    page.setViewportSize(1280, 900);
    open("/rounds");
    page.waitForNavigation(
        () ->
            page.locator(
                    "main a",
                    new Page.LocatorOptions().setHasText(String.valueOf(LocalDate.now().getYear())))
                .first()
                .click());
    page.waitForNavigation(
        () ->
            page.locator("table.round-units a", new Page.LocatorOptions().setHasText("Vĩnh Chấp"))
                .click());
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/units/DEMO-VINHCHAP$"));
    assertThat(page.locator("p.state")).containsText("đã thẩm định lần 1");
    Locator cut = page.locator("[id='leaf-1.3']");
    assertThat(cut.locator(".stage.self")).containsText("2,50 điểm");
    assertThat(cut.locator(".stage.self .evidence")).containsText("TT-01/");
    assertThat(cut.locator(".stage.round1")).containsText("1,00 điểm");
    assertThat(cut.locator(".stage.round1 .note")).hasText(DemoRoundVinhChap.CUT_NOTE);
    assertThat(cut.locator(".stage.round1 .flag")).hasText("Yêu cầu giải trình");
    // the cut leaf offers its explanation behind a button; the page carries no form until then
    assertThat(cut.locator(".explain-open a")).hasText("Giải trình");
    assertThat(page.locator(".explain-form")).hasCount(0);
    assertThat(page.locator("[id='leaf-1.1.1'] .stage.self .evidence"))
        .containsText("08/KH-UBND Kế hoạch cải cách hành chính năm");
    assertThat(page.locator(".demo-banner")).isVisible();
    screenshot("demo-round-vinh-chap-1280");

    page.setViewportSize(390, 844);
    assertThat(cut.locator(".stage.round1 .note")).isVisible();
    screenshot("demo-round-vinh-chap-390");
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px")
        .isTrue();
    page.waitForNavigation(() -> cut.locator(".explain-open a").click());
    assertThat(cut.locator(".explain-form")).isVisible();
    assertThat(page.locator(".explain-form")).hasCount(1);
    screenshot("demo-round-vinh-chap-390-explain");
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px with the explanation form open")
        .isTrue();
  }
}
