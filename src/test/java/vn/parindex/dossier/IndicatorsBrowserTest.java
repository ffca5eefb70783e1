package vn.parindex.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;

/**
 * In a real Chromium: the commune's officer on a phone (390 px) opens the indicators, finds a late
 * dossier in the on-time drill-down, records its apology letter, and sees the apology rate rise;
 * the province's appraiser sees the commune's traffic light and downloads the CSV.
 */
class IndicatorsBrowserTest extends BrowserTest {

  private static final String PASSWORD = "chi-so-secret";
  private static final LocalDateTime MARCH = LocalDateTime.of(2025, 3, 3, 9, 0);

  @Autowired JdbcClient jdbc;
  @Autowired Users users;

  long province;
  long commune;
  String s;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @BeforeEach
  void dossiers() {
    s = Long.toString(System.nanoTime(), 36);
    DossierRows rows = new DossierRows(jdbc);
    province = rows.unit("BP-" + s, "Tỉnh Trình Duyệt " + s, "PROVINCE", null);
    commune = rows.unit("BC-" + s, "Xã Trình Duyệt " + s, "COMMUNE", province);
    rows.procedure(commune, "P3", 3);
    rows.dossier(commune, "OK1", "P3", MARCH, MARCH.plusDays(1), 2, false);
    rows.dossier(commune, "OK2", "P3", MARCH.plusDays(1), MARCH.plusDays(2), 1, false);
    rows.dossier(commune, "TRE1", "P3", MARCH.plusDays(2), MARCH.plusDays(9), 1, true);
    Accounts.create(users, "motcua." + s, PASSWORD, commune, Role.PAR_OFFICER);
    Accounts.create(users, "tham.dinh." + s, PASSWORD, province, Role.APPRAISER);
  }

  @Test
  void anOfficerOnAPhoneRecordsTheApologyOfALateDossierAndTheRateRises() {
    signIn("motcua." + s, PASSWORD);
    page.setViewportSize(390, 844);
    open("/indicators?unit=" + commune + "&period=2025");
    assertThat(page.locator("#i-ON_TIME .rate")).hasText("66,67 %");
    assertThat(page.locator("#i-APOLOGY .rate")).hasText("0 %");
    assertThat(page.locator("#i-FULL_ONLINE .rate")).hasText("không áp dụng");
    assertThat(page.locator("#i-ON_TIME .definition")).containsText("đúng hạn hẹn trả");
    fitsThePhone("indicators-01-commune-390");

    page.locator("#i-ON_TIME a.button").click();
    var late = page.locator("#d-TRE1");
    assertThat(late).hasClass(java.util.regex.Pattern.compile("\\blate\\b"));
    // the dossier pulling the rate down comes first, its dates and status in words
    assertThat(page.locator("table.dossiers tbody tr").first()).hasAttribute("id", "d-TRE1");
    assertThat(late).containsText("05/03/2025");
    assertThat(late).containsText("Đã trả kết quả");
    assertThat(late).containsText("Trực tiếp");
    fitsThePhone("indicators-02-drill-390");

    late.locator("summary").click();
    page.locator("#number-TRE1").fill("01/XL-UBND");
    page.locator("#date-TRE1").fill("2025-03-13");
    page.waitForNavigation(() -> late.locator("button[type=submit]").click());
    assertThat(page.locator("p.notice")).containsText("Đã lưu phiếu xin lỗi của hồ sơ «TRE1»");
    assertThat(page.locator("#d-TRE1")).containsText("Phiếu số 01/XL-UBND ngày 13/03/2025");
    screenshot("indicators-03-letter-390");

    open("/indicators?unit=" + commune + "&period=2025");
    assertThat(page.locator("#i-APOLOGY .rate")).hasText("100 %");
    assertThat(page.locator("#i-APOLOGY .ratio")).hasText("1/1 hồ sơ");
  }

  @Test
  void theProvinceSeesTheCommunesTrafficLightAndDownloadsTheCsv() throws Exception {
    signIn("tham.dinh." + s, PASSWORD);
    open("/indicators/province?unit=" + province + "&year=2025");
    var row = page.locator("table.units-indicators tbody tr").first();
    assertThat(row).containsText("Xã Trình Duyệt " + s);
    assertThat(row.locator("td.light").first()).hasClass(java.util.regex.Pattern.compile("RED"));
    assertThat(row.locator("td.light").first()).containsText("Chưa đạt");
    assertThat(row).containsText("1 hồ sơ trễ hạn, 1 chưa có phiếu xin lỗi");
    screenshot("indicators-04-province");
    Download csv =
        page.waitForDownload(() -> page.locator("a[href^='/indicators/province.csv']").click());
    String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
    assertThat(text).contains("BC-" + s + ",Xã Trình Duyệt " + s + ",66.67,2,3,Chưa đạt");
  }

  private void fitsThePhone(String screenshot) {
    int width = pageWidth();
    screenshot(screenshot);
    assertThat(width).as(page.url()).isLessThanOrEqualTo(390);
  }
}
