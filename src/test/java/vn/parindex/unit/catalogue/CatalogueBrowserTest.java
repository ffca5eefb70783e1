package vn.parindex.unit.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** An administrator imports the 2025 catalogue in one click; a second click changes nothing. */
class CatalogueBrowserTest extends BrowserTest {

  @Autowired Units units;

  @Test
  void anAdministratorImportsTheCatalogueInOneClickWithTheDemosCommuneLinked() {
    if (units.findByCode("DEMO-QT").isEmpty()) {
      Unit province =
          units.save(
              new Unit(null, "DEMO-QT", "Quảng Trị", UnitType.PROVINCE, null, null, null, true));
      units.save(
          new Unit(
              null,
              "DEMO-VINHCHAP",
              "Vĩnh Chấp",
              UnitType.COMMUNE,
              province.id(),
              null,
              null,
              true));
    }
    open("/units");
    Locator button = page.getByText("Nhập danh mục đơn vị hành chính 2025");
    page.waitForNavigation(button::click);

    Locator report = page.locator("#catalogue-report");
    assertThat(report).containsText("Đã thêm 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu");
    assertThat(page.locator("#catalogue-links"))
        .containsText("Vĩnh Chấp (DEMO-VINHCHAP) → Xã Vĩnh Linh (19363)");
    assertThat(page.locator("#catalogue-unmatched-count")).containsText("tên đơn vị cũ không khớp");
    page.locator(
            "details.unit-group",
            new com.microsoft.playwright.Page.LocatorOptions()
                .setHas(
                    page.locator(
                        "summary",
                        new com.microsoft.playwright.Page.LocatorOptions()
                            .setHasText("Tỉnh Quảng Trị"))))
        .locator("summary")
        .click();
    Locator vinhLinh =
        page.locator(
            "li",
            new com.microsoft.playwright.Page.LocatorOptions()
                .setHas(page.locator("strong[data-code='19363']")));
    assertThat(vinhLinh).containsText("Hình thành từ");
    assertThat(vinhLinh).containsText("Vĩnh Chấp (DEMO-VINHCHAP)");
    screenshot("catalogue-imported");

    page.waitForNavigation(page.getByText("Nhập danh mục đơn vị hành chính 2025")::click);
    assertThat(page.locator("#catalogue-report"))
        .containsText("Đã thêm 0 tỉnh, thành phố và 0 xã, phường, đặc khu; giữ nguyên 3.355");
  }
}
