package vn.parindex.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The commune's PAR officer, on a phone (390 px), finds the upload in the menu, sends a dossier CSV
 * with a bad row (refused beside the file field, the kind chosen kept, nothing stored), then the
 * corrected file (added), then the same again (unchanged).
 */
class DossierUploadBrowserTest extends BrowserTest {

  private static final String OFFICER = "cchc.motcua";
  private static final String HEADINGS =
      "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Kênh thực hiện\n";

  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  long unit;

  @Override
  protected String[] signInAs() {
    unit =
        units
            .findByCode("BR-MC")
            .orElseGet(
                () ->
                    units.save(
                        new Unit(
                            null,
                            "BR-MC",
                            "Xã Một Cửa",
                            UnitType.COMMUNE,
                            null,
                            null,
                            null,
                            false)))
            .id();
    if (!users.exists(OFFICER)) {
      Accounts.create(users, OFFICER, PASSWORD, unit, Role.PAR_OFFICER);
    }
    return new String[] {OFFICER, PASSWORD};
  }

  @Test
  void anOfficerUploadsDossiersOnAPhoneAndSeesWhatWasAddedOrWhatIsWrong() {
    page.setViewportSize(390, 844);
    open("/");
    page.locator("label.menu-button").click();
    page.locator("header nav a[href='/dossiers/upload']").click();
    assertThat(page.locator("h1")).hasText("Nhập hồ sơ một cửa");
    assertThat(page.locator("#unit")).hasValue("BR-MC");

    page.locator("input[name=kind][value=dossiers]").check();
    page.locator("#file").setInputFiles(csv(HEADINGS + "A1,1.001,03/03/2025,01/03/2025,2,5\n"));
    page.locator("#ingest-form button[type=submit]").click();
    assertThat(page.locator("#e-file .ingest-error").first()).containsText("Hồ sơ «A1»");
    assertThat(page.locator("#e-file")).containsText("Ngày hẹn trả");
    assertThat(page.locator("#e-file")).containsText("Kênh thực hiện");
    assertThat(page.locator("#unit")).hasValue("BR-MC");
    assertThat(page.locator("input[name=kind][value=dossiers]")).isChecked();
    fitsThePhone("dossier-upload-refused");
    assertThat(stored()).isZero();

    String good = HEADINGS + "A1,1.001,03/03/2025,05/03/2025,2,2\nA2,1.001,04/03/2025,,4,1\n";
    page.locator("#file").setInputFiles(csv(good));
    page.locator("#ingest-form button[type=submit]").click();
    assertThat(page.locator("#ingest-result")).hasText("Đã nhập: 2 mới, 0 cập nhật, 0 không đổi.");
    assertThat(page.locator("#e-file")).hasCount(0);
    page.locator("#file").setInputFiles(csv(good));
    page.locator("#ingest-form button[type=submit]").click();
    assertThat(page.locator("#ingest-result")).hasText("Đã nhập: 0 mới, 0 cập nhật, 2 không đổi.");
    fitsThePhone("dossier-upload-done");
    assertThat(stored()).isEqualTo(2);
  }

  private void fitsThePhone(String name) {
    int width = pageWidth();
    screenshot(name);
    assertThat(width).isLessThanOrEqualTo(390);
  }

  private static FilePayload csv(String text) {
    return new FilePayload("ho-so.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private long stored() {
    return jdbc.sql("select count(*) from dossier where unit_id = ?")
        .param(unit)
        .query(Long.class)
        .single();
  }
}
