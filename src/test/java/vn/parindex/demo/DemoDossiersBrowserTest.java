package vn.parindex.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Units;

/**
 * The demo's one-stop story as Vĩnh Chấp's PAR officer walks it: the indicators of 2024 (labelled
 * demo), the late dossiers behind "on time", the apology letter the demo recorded and one the
 * officer records now; then the what-if of the seed's 2024 table with online payment at 100% (its
 * rank among the demo's 18 communes moving from 11th to 10th), the cheapest points, and the target
 * made a task whose progress is the live rate.
 */
@TestPropertySource(properties = "parindex.demo.enabled=true")
class DemoDossiersBrowserTest extends BrowserTest {

  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Override
  protected String[] signInAs() {
    return new String[] {"cchc.vinhchap", DemoAccounts.PASSWORD};
  }

  @Test
  void fromALateDossierToItsApologyLetterAndToTheTaskThatRaisesTheRate() {
    page.setViewportSize(1280, 900);
    long unit = units.findByCode(DemoData.COMMUNE_CODE).orElseThrow().id();
    open("/indicators?unit=" + unit + "&period=2024");
    assertThat(page.locator(".demo-banner")).isVisible();
    assertThat(page.locator("main")).containsText("90,78 %");
    assertThat(page.locator("main")).containsText("83 %");
    screenshot("demo-dossiers-indicators-2024");

    page.waitForNavigation(() -> page.locator("a[href^='/indicators/ON_TIME']").first().click());
    assertThat(page.locator("#rate")).hasText("99,4 %");
    // the demo's letter for a late dossier, and a late dossier still without one
    assertThat(page.locator(".dossiers .letter").first()).containsText("PXL-UBND-2024 (DEMO)");
    Locator late = page.locator("tr.late").first();
    String code = late.locator("td.lead").innerText();
    late.locator("summary").click();
    late.locator("input[name=number]").fill("07/PXL-UBND");
    late.locator("input[name=date]").fill("2024-12-20");
    page.waitForNavigation(() -> late.locator("button[type=submit]").click());
    assertThat(page.locator("p.notice")).containsText(code);
    assertThat(page.locator("[id='d-" + code + "'] .letter")).containsText("07/PXL-UBND");
    screenshot("demo-dossiers-apology");

    long assessment =
        jdbc.sql("select id from assessment where unit_id = ? and index_year = 2024")
            .param(unit)
            .query(Long.class)
            .single();
    open("/assessments/" + assessment + "/what-if");
    // ranked among the 17 other demo communes of Vĩnh Linh: 11th of 18, as the seed states
    assertThat(page.locator("#now-rank")).hasText("11/18");
    Locator payment = page.locator("fieldset.leaf[data-code='2.3']");
    payment.locator("input").fill("100");
    page.waitForNavigation(() -> page.locator("#what-if-form button[type=submit]").click());
    payment = page.locator("fieldset.leaf[data-code='2.3']");
    assertThat(payment.locator("[data-after]")).hasText("1,00");
    // 2.3 recorded 0.9 of 1: at 100% the total gains 0.10
    assertThat(page.locator("#then-total")).hasText("63,63");
    assertThat(page.locator("#then-percent")).hasText("90,90 %");
    // 63,63 passes the 10th commune (63,58): 100 % online payment would have ranked it 10th
    assertThat(page.locator("#now-rank")).hasText("11/18");
    assertThat(page.locator("#then-rank")).hasText("10/18");
    screenshot("demo-dossiers-what-if");

    open("/assessments/" + assessment + "/gains");
    Locator gain = page.locator("li.gain[data-code='2.3']");
    assertThat(gain).isVisible();
    page.waitForNavigation(() -> gain.locator("button[type=submit]").click());
    assertThat(page).hasURL(Pattern.compile(".*/tasks/\\d+$"));
    Locator progress = page.locator("#target-now");
    assertThat(progress).containsText("%");
    screenshot("demo-dossiers-task-progress");
    assertThat(progress.innerText()).doesNotContain("90,78");
  }
}
