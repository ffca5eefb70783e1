package vn.parindex.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.support.BrowserTest;

/**
 * The demo's finance department official of the commune still self-assessing (Gio Quang), on a
 * phone: the home page says how many of its criteria are left, the commune's page shows only the
 * two criteria its officer gave the department, and the one still empty opens its form, all within
 * 390 px.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class DemoDepartmentOnAPhoneBrowserTest extends BrowserTest {

  @Override
  protected String[] signInAs() {
    return new String[] {"tai.chinh.gioquang", DemoAccounts.PASSWORD};
  }

  @Test
  void theFinanceOfficialSeesOnlyItsCriteriaAndOpensTheOneLeft() {
    page.setViewportSize(390, 844);
    open("/");
    Locator round = page.locator("#home-round");
    assertThat(round).containsText("đang tự đánh giá");
    assertThat(round).containsText("còn 1 tiêu chí chưa nhập");
    fitsWithin(390);
    page.waitForNavigation(() -> round.locator("li a").first().click());
    assertThat(page).hasURL(Pattern.compile(".*/units/DEMO-GIOQUANG$"));
    assertThat(page.locator(".leaf")).hasCount(2);
    // the warnings before submission name only the department's criteria: 5.1 not yet scored
    assertThat(page.locator("#warnings-title")).hasText("Cảnh báo trước khi nộp (1)");
    assertThat(page.locator("section.warnings")).containsText("5.1");
    assertThat(page.locator("section.warnings")).not().containsText("1.1.2");
    assertThat(page.locator("[id='leaf-5.2'] .stage.self .evidence")).containsText("15/TB-UBND");
    assertThat(page.locator("[id='leaf-5.1']")).containsText("Thẩm định: Sở Tài chính");
    fitsWithin(390);
    screenshot("demo-department-phone-unit");
    page.waitForNavigation(() -> page.locator("[id='leaf-5.1'] .self-open a").click());
    assertThat(page.locator("[id='leaf-5.1'] form")).isVisible();
    fitsWithin(390);
    screenshot("demo-department-phone-form");
  }
}
