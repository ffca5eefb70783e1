package vn.parindex.simulation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.support.BrowserTest;

/** The what-if page on a phone (390 px): changing a rate changes the total and rank at once. */
class WhatIfPageBrowserTest extends BrowserTest {

  @Autowired ApplicationContext context;

  SimulationWorld w;

  @BeforeEach
  void world() {
    w = new SimulationWorld(context);
  }

  @Test
  void aRateOf100ShowsTheNewTotalAndRankWithoutLeavingThePage() {
    page.setViewportSize(390, 844);
    open("/assessments/" + w.assessmentA + "/what-if");
    assertThat(page.locator("fieldset[data-code='2.3'] .need"))
        .hasText("Để đạt 100 % cần thêm 12 hồ sơ đạt yêu cầu (hiện 118/130)");
    assertThat(page.locator("#f-v_2\\.3")).hasValue("90,78");
    String before = page.url();

    page.locator("#f-v_2\\.3").fill("100");

    assertThat(page.locator("#then-total")).hasText("2,00");
    assertThat(page.locator("#then-percent")).hasText("40,00 %");
    assertThat(page.locator("#then-rank")).hasText("2/3");
    assertThat(page.locator("fieldset[data-code='2.3'] [data-after]")).hasText("1,00");
    assertThat(page.url()).isEqualTo(before);
    int width = pageWidth();
    assertThat(width).isLessThanOrEqualTo(390);
    screenshot("what-if-390");

    page.locator("#f-v_2\\.3").fill("100,5");
    assertThat(page.locator("#what-if-error")).containsText("từ 0 đến 100 %");
  }

  @Test
  void withoutAScriptTheFormPostsAndThePageShowsTheSameFigures() {
    open("/assessments/" + w.assessmentA + "/what-if");
    page.evaluate("() => document.getElementById('f-v_2.3').value = '100'");
    page.waitForNavigation(
        () -> page.evaluate("() => document.getElementById('what-if-form').submit()"));
    assertThat(page.locator("#then-total")).hasText("2,00");
    assertThat(page.locator("#then-rank")).hasText("2/3");
    assertThat(page.locator("#f-v_2\\.3")).hasValue("100");
  }
}
