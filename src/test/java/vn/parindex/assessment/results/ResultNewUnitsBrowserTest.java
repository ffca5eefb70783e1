package vn.parindex.assessment.results;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** Through the real server: the question, then the confirm that sends the same file again. */
class ResultNewUnitsBrowserTest extends BrowserTest {

  @Autowired Units units;

  @Test
  void theRankingPageAsksBeforeCreatingUnitsAndTheConfirmImportsTheTable() {
    if (units.findByCode("BN").isEmpty()) {
      Unit parent =
          units.save(
              new Unit(null, "BN", "Tỉnh Bắc Nam", UnitType.PROVINCE, null, null, null, false));
      units.save(
          new Unit(null, "BN-1", "Xã Một", UnitType.COMMUNE, parent.id(), null, null, false));
    }
    String table =
        "Mã đơn vị,Tên đơn vị,LV1,Tổng điểm\n,Điểm tối đa,100,100\nBN-1,Xã Một,80,80\n,Xã Hai,70,70\n";
    open("/rankings?parent=BN&year=2023");
    page.locator("#file")
        .setInputFiles(
            new FilePayload("ket-qua.csv", "text/csv", table.getBytes(StandardCharsets.UTF_8)));
    page.waitForNavigation(page.locator("form[enctype] button[type=submit]").last()::click);

    assertThat(page.locator("#new-units")).containsText("Tạo 1 đơn vị mới dưới tỉnh Bắc Nam?");
    assertThat(page.locator("#new-units")).containsText("Dòng 4: Xã Hai");
    page.waitForNavigation(page.locator("#new-units button[type=submit]")::click);

    assertThat(page.locator("#created-units")).containsText("Đã tạo 1 đơn vị mới: Xã Hai");
    assertThat(page.locator("#ranking")).containsText("Xã Hai");
    assertThat(page.locator("#new-units")).hasCount(0);
  }
}
