package vn.parindex.round.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.round.web.RoundFixtures.basic;
import static vn.parindex.round.web.RoundFixtures.node;
import static vn.parindex.round.web.RoundFixtures.unit;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Scoring;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The evidence page in a browser, on a desktop (1280 px) and a phone (390 px): a refused upload
 * keeps what was typed, a second click on the same file makes no second document, and a photo is
 * shown in the page.
 */
class EvidencePagesBrowserTest extends BrowserTest {

  private static final String SECRET = "mat-khau-minh-chung";

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void officerUploadsEvidenceOnADesktopAndAPhone() throws Exception {
    Unit province = units.save(unit("EVB-P", "Tỉnh Minh Chứng", UnitType.PROVINCE, null));
    Unit commune = units.save(unit("EVB-A", "Xã Minh Chứng", UnitType.COMMUNE, province.id()));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    int year = today.getYear();
    long setId =
        sets.save(
                CriteriaSet.create(
                    null,
                    "Bộ chỉ số minh chứng",
                    year,
                    UnitType.COMMUNE,
                    sets.nextVersion(year, UnitType.COMMUNE),
                    false,
                    "test",
                    List.of(
                        node("1", "Công tác chỉ đạo", "4", null, 1),
                        node("1.1", "Kế hoạch CCHC", "4", new Scoring.Manual(), 2)),
                    List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))))
            .id();
    Accounts.create(users, "evb.thamdinh", SECRET, province.id(), Role.APPRAISER);
    Accounts.create(users, "evb.cchc", SECRET, commune.id(), Role.PAR_OFFICER);
    APIResponse opened =
        page.request()
            .post(
                url("/api/v1/rounds"),
                RequestOptions.create()
                    .setHeader("Authorization", basic("evb.thamdinh", SECRET))
                    .setHeader("Content-Type", "application/json")
                    .setData(
                        ("{\"year\":%d,\"parent\":\"EVB-P\",\"framework\":%d,\"selfFrom\":\"%s\","
                                + "\"selfTo\":\"%s\",\"round1Due\":\"%s\",\"explanationDue\":\"%s\","
                                + "\"round2Due\":\"%s\",\"publication\":\"%s\"}")
                            .formatted(
                                year,
                                setId,
                                today.minusDays(1),
                                today.plusDays(10),
                                today.plusDays(20),
                                today.plusDays(30),
                                today.plusDays(40),
                                today.plusDays(50))));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);

    page.setViewportSize(1280, 900);
    signIn("evb.cchc", SECRET);
    open("/rounds");
    page.locator(
            "a",
            new com.microsoft.playwright.Page.LocatorOptions().setHasText(String.valueOf(year)))
        .first()
        .click();
    page.locator(
            "a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Xã Minh Chứng"))
        .click();
    page.locator("p.evidence-link a").click();
    assertThat(page.locator("h1")).hasText("Tài liệu kiểm chứng · Xã Minh Chứng");
    assertThat(page.locator("#u-file"))
        .hasAttribute("accept", java.util.regex.Pattern.compile("image/\\*.*|.*image/\\*.*"));
    assertThat(page.locator("#u-file"))
        .hasAttribute("accept", java.util.regex.Pattern.compile(".*application/pdf.*"));

    // refused: no number and 31/02; what was typed stays, the message beside each field
    page.locator("#u-date").fill("31/02/" + year);
    page.locator("#u-issuer").fill("UBND Xã Minh Chứng");
    page.locator("#u-title").fill("Kế hoạch cải cách hành chính");
    page.locator("#u-file")
        .setInputFiles(new FilePayload("ke-hoach.pdf", "application/pdf", pdf()));
    page.waitForNavigation(() -> page.locator(".upload-form button[type=submit]").click());
    assertThat(page.locator("#u-number-error")).containsText("bắt buộc phải nhập");
    assertThat(page.locator("#u-date-error")).containsText("ngày/tháng/năm");
    assertThat(page.locator("#u-title")).hasValue("Kế hoạch cải cách hành chính");

    // a file over the server's limit (20 MB) is refused before it is sent: the message beside
    // the file, what was typed kept, nothing stored
    page.locator("#u-number").fill("13/KH-UBND");
    page.locator("#u-file")
        .setInputFiles(
            new FilePayload("ban-quet.pdf", "application/pdf", new byte[21 * 1024 * 1024]));
    String before = page.url();
    page.locator(".upload-form button[type=submit]").click();
    assertThat((String) page.locator("#u-file").evaluate("input => input.validationMessage"))
        .contains("Tệp tải lên quá lớn (tối đa 20 MB)");
    assertThat(page).hasURL(before);
    assertThat(page.locator("#u-number")).hasValue("13/KH-UBND");
    assertThat(page.locator("table.documents tbody tr")).hasCount(0);

    String day = "15/01/" + year;
    upload("12/KH-UBND", day, new FilePayload("ke-hoach.pdf", "application/pdf", pdf()));
    assertThat(page.locator(".round-evidence p.notice")).containsText("Đã tải lên");
    upload("12/KH-UBND", day, new FilePayload("ke-hoach.pdf", "application/pdf", pdf()));
    assertThat(page.locator(".round-evidence p.notice")).containsText("không tạo bản thứ hai");
    assertThat(page.locator("table.documents tbody tr")).hasCount(1);
    upload("Ảnh 01", day, new FilePayload("anh-hop-dan.png", "image/png", png()));
    assertThat(page.locator("table.documents tbody tr")).hasCount(2);
    Locator thumb = page.locator("img.thumb");
    assertThat(thumb).isVisible();
    assertThat((Boolean) thumb.evaluate("img => img.complete && img.naturalWidth === 40")).isTrue();
    String href =
        page.locator(
                "a.view",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("ke-hoach.pdf"))
            .getAttribute("href");
    APIResponse pdf = page.request().get(url(href));
    assertThat(pdf.headers().get("content-disposition")).startsWith("inline");
    screenshot("round-evidence-wide");

    page.setViewportSize(390, 844);
    open(page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", ""));
    assertThat(page.locator("table.documents thead")).isHidden();
    screenshot("round-evidence-phone");
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px")
        .isTrue();

    // the unit page: 3 points claimed with no document ticked is warned before submission
    page.waitForNavigation(() -> page.locator("main a").first().click());
    Locator leaf = page.locator("[id='leaf-1.1']");
    page.waitForNavigation(() -> leaf.locator(".self-open a").click());
    leaf.locator("[id='s-1.1-points']").fill("3");
    page.waitForNavigation(() -> leaf.locator(".self-form button[type=submit]").click());
    assertThat(page.locator(".warnings"))
        .containsText("tự chấm 3,00 điểm nhưng chưa có tài liệu kiểm chứng");
    assertThat(page.locator(".self-form")).hasCount(0);
    screenshot("round-unit-warnings-phone");
    // the warning's link opens that leaf's form, its documents to tick
    page.waitForNavigation(() -> page.locator(".warnings a").first().click());
    assertThat(leaf.locator(".self-form fieldset.pick")).isVisible();
    assertThat(leaf.locator("[id='s-1.1-points']")).hasValue("3");
    page.setViewportSize(1280, 900);
    screenshot("round-unit-warnings-wide");
  }

  private void upload(String number, String date, FilePayload file) {
    page.locator("#u-number").fill(number);
    page.locator("#u-date").fill(date);
    page.locator("#u-issuer").fill("UBND Xã Minh Chứng");
    page.locator("#u-title").fill("Kế hoạch cải cách hành chính");
    page.locator("#u-file").setInputFiles(file);
    page.waitForNavigation(() -> page.locator(".upload-form button[type=submit]").click());
  }

  private static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x60);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
