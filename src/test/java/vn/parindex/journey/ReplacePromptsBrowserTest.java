package vn.parindex.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.support.BrowserTest;
import vn.parindex.support.SeedTables;

/**
 * In a real Chromium: uploading the same table twice asks before replacing it, the new version
 * shows the old one in its history; drafting a plan twice asks too. Nothing is duplicated silently.
 */
class ReplacePromptsBrowserTest extends BrowserTest {

  private static final Pattern ASSESSMENT = Pattern.compile(".*/assessments/(\\d+)$");
  private static final Pattern PLAN = Pattern.compile(".*/plans/(\\d+)$");

  @TempDir Path dir;
  @Autowired JdbcClient jdbc;

  @Test
  void reUploadAndReDraftAskFirstThenMakeNewVersions() throws Exception {
    String code = "RP" + System.nanoTime() % 1_000_000;
    Path file = SeedTables.file(dir, "vinh-chap-2024.csv", SeedTables.csv());
    open("/assessments/upload");
    page.locator("#file").setInputFiles(file);
    page.locator("#newCode").fill(code);
    page.locator("#newName").fill("Vĩnh Chấp");
    page.locator("#year").fill("2024");
    page.locator("#rank").fill("11");
    page.locator("#rankOf").fill("18");
    page.getByText("Tải lên và chấm").click();
    assertThat(page).hasURL(ASSESSMENT);
    String first = id(ASSESSMENT, page.url());

    open("/assessments/upload");
    page.locator("#file").setInputFiles(file);
    page.locator("#unit").selectOption(code);
    page.locator("#year").fill("2024");
    page.getByText("Tải lên và chấm").click();
    assertThat(page.locator("#replace-prompt")).containsText("đã có bảng điểm năm 2024");
    assertThat(page.locator("#replace-prompt a")).hasAttribute("href", "/assessments/" + first);
    screenshot("replace-01-upload-prompt");
    page.locator("#replace-confirm").click();

    assertThat(page).hasURL(ASSESSMENT);
    String second = id(ASSESSMENT, page.url());
    assertThat(second).isNotEqualTo(first);
    assertThat(page.locator("#versions")).containsText("Lịch sử phiên bản");
    assertThat(page.locator("#versions a[href='/assessments/" + first + "']")).hasCount(1);
    assertThat(page.locator("#totals")).containsText("thứ 11/18");
    screenshot("replace-02-new-version");

    page.getByText("Lập kế hoạch khắc phục").click();
    assertThat(page).hasURL(PLAN);
    String plan = id(PLAN, page.url());
    open("/assessments/" + second);
    page.getByText("Lập kế hoạch khắc phục").click();
    assertThat(page.locator("#replace-prompt")).containsText("đã có kế hoạch khắc phục");
    assertThat(page.locator("#replace-prompt a").first()).hasAttribute("href", "/plans/" + plan);
    screenshot("replace-03-plan-prompt");
    page.locator("#replace-confirm").click();

    assertThat(page).hasURL(PLAN);
    assertThat(id(PLAN, page.url())).isNotEqualTo(plan);
    assertThat(page.locator("#versions a[href='/plans/" + plan + "']")).hasCount(1);
    int plans =
        jdbc.sql("select count(*) from plan where assessment_id = ? and current_mark = 1")
            .param(Long.parseLong(second))
            .query(Integer.class)
            .single();
    assertThat(plans).isEqualTo(1);

    open("/assessments/" + first);
    assertThat(page.locator("#old-version")).containsText("phiên bản cũ");
    assertThat(page.getByText("Lập kế hoạch khắc phục")).hasCount(0);
  }

  private static String id(Pattern pattern, String url) {
    var m = pattern.matcher(url);
    assertThat(m.matches()).isTrue();
    return m.group(1);
  }
}
