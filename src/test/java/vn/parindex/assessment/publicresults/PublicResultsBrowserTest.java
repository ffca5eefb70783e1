package vn.parindex.assessment.publicresults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Units;

/** The public results page signed out, on a 390 px phone: cards, no sideways scrolling. */
class PublicResultsBrowserTest extends BrowserTest {

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void aPhoneReadsTheRankingAndAUnitsDetailsWithoutScrollingSideways() {
    if (units.findByCode("PUBB").isEmpty()) {
      PublicResultsFixture.create("PUBB", 43, units, sets, assessments);
    }
    page.setViewportSize(390, 844);
    open("/public/results?parent=PUBB");

    assertThat(page.url()).contains("/public/results");
    assertThat(page.locator("#public-note").textContent()).contains("Trang công khai");
    var first = page.locator("#results tbody tr").first();
    assertThat(first.evaluate("r => getComputedStyle(r).display")).isEqualTo("block");
    assertThat(first.textContent()).contains("Xã Công Khai A", "1/2", "95,00");
    assertThat(page.locator("#results thead").isHidden()).isTrue();
    first.locator("summary").click();
    assertThat(first.locator("details ul.areas").isVisible()).isTrue();
    assertThat(first.locator("details").textContent()).contains("1.1 Kế hoạch CCHC", "25,00");
    assertThat(page.locator("body").textContent()).doesNotContain("Chưa Công Bố");

    int width = pageWidth();
    screenshot("public-results-390");
    assertThat(width).isLessThanOrEqualTo(390);
  }
}
