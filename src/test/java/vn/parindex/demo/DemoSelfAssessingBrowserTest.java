package vn.parindex.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.support.BrowserTest;

/**
 * The demo commune still self-assessing (Gio Quang) as its PAR officer finds it on signing in: the
 * deadline ahead with the days left, how many criteria are scored and how many lack a document,
 * then the commune's page open for entries.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class DemoSelfAssessingBrowserTest extends BrowserTest {

  @Override
  protected String[] signInAs() {
    return new String[] {"cchc.gioquang", DemoAccounts.PASSWORD};
  }

  @Test
  void theOfficerSeesTheDeadlineAheadAndWhatIsLeftThenFillsOn() {
    page.setViewportSize(1280, 900);
    open("/");
    Locator round = page.locator("#home-round");
    assertThat(page.locator(".home-block").first()).hasId("home-round");
    assertThat(round).containsText("đang tự đánh giá");
    assertThat(round)
        .containsText(Pattern.compile("Hạn nộp \\d{2}/\\d{2}/\\d{4} \\(còn \\d+ ngày\\)"));
    assertThat(round).containsText(Pattern.compile("đã chấm 4/\\d+ tiêu chí"));
    assertThat(round).containsText("1 tiêu chí có điểm nhưng chưa có tài liệu kiểm chứng");
    assertThat(page.locator(".demo-banner")).isVisible();
    screenshot("demo-self-assessing-home");
    page.waitForNavigation(() -> round.locator("li a").first().click());
    assertThat(page).hasURL(Pattern.compile(".*/units/DEMO-GIOQUANG$"));
    // scored with its document, scored without one, and not yet scored: each open to the officer
    assertThat(page.locator("[id='leaf-1.1.1'] .stage.self .evidence")).containsText("07/KH-UBND");
    assertThat(page.locator("[id='leaf-2.6'] .stage.self")).containsText("điểm");
    assertThat(page.getByText("Sửa tự đánh giá").first()).isVisible();
    assertThat(page.getByText("Nhập tự đánh giá").first()).isVisible();
    screenshot("demo-self-assessing-unit");
  }
}
