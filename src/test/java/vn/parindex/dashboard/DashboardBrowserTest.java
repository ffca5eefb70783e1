package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.support.BrowserTest;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Units;

class DashboardBrowserTest extends BrowserTest {

  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired AssessmentImport imports;

  private final List<String> errors = new ArrayList<>();

  @BeforeEach
  void seed() throws Exception {
    if (units.findByCode("DB-1").isEmpty()) {
      new DashboardFixture(units, jdbc, "DB");
      imports.importTable(
          vn.parindex.support.TestActors.fixture(),
          new ImportCommand(
              "DB-1",
              2024,
              null,
              AssessmentStage.PUBLISHED,
              "seed.csv",
              SeedTables.csv(),
              null,
              null));
    }
    page.onConsoleMessage(
        message -> {
          // The browser's own favicon request is not the page's doing.
          if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
            errors.add(message.text() + " @ " + message.location());
          }
        });
    page.onPageError(errors::add);
    page.onResponse(
        response -> {
          if (response.status() >= 400) {
            errors.add(response.status() + " " + response.url());
          }
        });
  }

  private void assertDrawn(String id) {
    Locator canvas = page.locator("canvas#" + id);
    page.waitForSelector("canvas#" + id + "[data-drawn=true]");
    BoundingBox box = canvas.boundingBox();
    assertThat(box.width).as(id + " width").isGreaterThan(100);
    assertThat(box.height).as(id + " height").isGreaterThan(100);
    assertThat((Integer) canvas.evaluate("c => c.width")).isGreaterThan(0);
  }

  @Test
  void unitDashboardDrawsItsThreeChartsWithoutConsoleErrors() {
    open("/dashboard?unit=DB-1");
    assertDrawn("chart-departments");
    assertDrawn("chart-areas");
    assertDrawn("chart-trend");
    assertThat(page.locator("#departments tbody tr").count()).isEqualTo(4);
    screenshot("dashboard-unit");
    assertThat(errors).isEmpty();
  }

  @Test
  void provinceTableSortsByAColumnWhenItsHeaderIsClicked() {
    open("/dashboard/province?unit=DB-P");
    assertDrawn("chart-province");
    page.locator("#children th").nth(7).click();
    page.locator("#children th").nth(7).click();
    assertThat(page.locator("#children tbody tr").first().locator("td").nth(1).textContent())
        .isEqualTo("Xã Vĩnh Thử");
    assertThat(errors).isEmpty();
  }
}
