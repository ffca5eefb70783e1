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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.Scoring;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The commune officer self-assesses on a phone (390 px) as a new user would: a leaf scored by
 * levels offers its levels to choose (a word it does not define is never stored silently), the note
 * takes several lines, a refused leaf comes back in view rather than at the top of a long page, and
 * a document dated as officials write it ("10/3/2026") is taken.
 */
class SelfAssessmentFormBrowserTest extends BrowserTest {

  private static final String SECRET = "mat-khau-tu-danh-gia";

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void officerChoosesALevelWritesANoteAndFindsARefusedLeafInView() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    openRound(today);
    page.setViewportSize(390, 844);
    signIn("sab.cchc", SECRET);
    String base = "/rounds/" + roundId + "/units/SAB-A";

    // the level leaf: its levels to choose, each with its points, never a blank to guess into
    open(base + "?edit=1.1#leaf-1.1");
    Locator levelLeaf = page.locator("[id='leaf-1.1']");
    Locator level = levelLeaf.locator("select[name=level]");
    assertThat(level).isVisible();
    assertThat(level.locator("option"))
        .containsText(new String[] {"— Chọn —", "Tốt (2,50 điểm)", "Một phần (1,00 điểm)"});
    level.selectOption("Một phần");
    Locator note = levelLeaf.locator("textarea[name=note]");
    note.fill("Tổ chức tuyên truyền tại 3/7 thôn.\nCòn 4 thôn chưa tổ chức.");
    page.waitForNavigation(() -> levelLeaf.locator(".self-form button[type=submit]").click());
    assertThat(levelLeaf.locator(".stage.self")).containsText("Mức đạt: Một phần");
    assertThat(levelLeaf.locator(".stage.self")).containsText("1,00 điểm");
    assertThat(levelLeaf.locator(".stage.self")).containsText("Còn 4 thôn chưa tổ chức.");
    // the save is confirmed beside the leaf, where the person is, and nowhere else
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*\\?saved=1\\.1#leaf-1\\.1$"));
    assertThat(levelLeaf.locator("[role=status].saved")).hasText("Đã lưu.");
    assertThat(page.locator(".leaf .saved")).hasCount(1);
    assertThat(
            (Boolean)
                levelLeaf
                    .locator(".saved")
                    .evaluate(
                        "el => { const r = el.getBoundingClientRect();"
                            + " return r.top < innerHeight && r.bottom > 0; }"))
        .as("the confirmation is in view on a phone")
        .isTrue();
    assertThat(page.locator(".chair-submits")).containsText("Chủ tịch UBND xã xem các cảnh báo");

    // a refused leaf far down the page comes back open, in view, with what was typed
    open(base + "?edit=1.9#leaf-1.9");
    Locator manual = page.locator("[id='leaf-1.9']");
    manual.locator("[id='s-1.9-points']").fill("9");
    manual.locator("[id='s-1.9-note']").fill("Sáng kiến được huyện công nhận");
    page.waitForNavigation(() -> manual.locator(".self-form button[type=submit]").click());
    // the bound in the message with a decimal comma, as everything else on the page
    assertThat(manual.locator("[id='s-1.9-points-error']"))
        .hasText("điểm của tiêu chí 1.9 phải từ 0 đến 2,5 (đã nhập 9)");
    assertThat(manual.locator("[id='s-1.9-note']")).hasValue("Sáng kiến được huyện công nhận");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#leaf-1\\.9$"));
    assertThat(
            (Boolean)
                manual.evaluate(
                    "el => { const r = el.getBoundingClientRect();"
                        + " return r.top < innerHeight && r.bottom > 0; }"))
        .as("the refused leaf is in view, not the top of the page")
        .isTrue();
    screenshot("round-self-refused-phone");

    // a new document typed into the leaf's own form: kept and ticked even when the entry is
    // refused, its fields emptied so saving again makes no second one
    manual.locator("details.new-document summary").click();
    manual.locator("[id='s-1.9-number']").fill("20/QĐ-UBND");
    manual.locator("[id='s-1.9-date']").fill("5/6/" + today.getYear());
    manual.locator("[id='s-1.9-issuer']").fill("UBND huyện");
    manual.locator("[id='s-1.9-title']").fill("Quyết định công nhận sáng kiến");
    manual.locator("[id='s-1.9-file']").setInputFiles(pdf("quyet-dinh.pdf"));
    page.waitForNavigation(() -> manual.locator(".self-form button[type=submit]").click());
    assertThat(manual.locator("[id='s-1.9-points-error']")).isVisible();
    Locator ticked = manual.locator("fieldset.pick label.check:has(input:checked)");
    assertThat(ticked).hasCount(1);
    assertThat(ticked).containsText("20/QĐ-UBND");
    assertThat(manual.locator("[id='s-1.9-number']")).hasValue("");
    manual.locator("[id='s-1.9-points']").fill("2,5");
    page.waitForNavigation(() -> manual.locator(".self-form button[type=submit]").click());
    assertThat(manual.locator(".stage.self")).containsText("2,50 điểm");
    assertThat(manual.locator(".stage.self")).containsText("20/QĐ-UBND");
    screenshot("round-self-new-document-phone");

    // the API refuses a level the leaf does not define, naming the ones it does
    APIResponse wrong =
        page.request()
            .put(
                url("/api/v1/rounds/" + roundId + "/units/SAB-A/entries/1.1"),
                RequestOptions.create()
                    .setHeader("Authorization", basic("sab.cchc", SECRET))
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"level\":\"Khá\",\"version\":1}"));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.text()).contains("không có mức «Khá»").contains("Tốt, Một phần");

    // a document dated with one digit for the month is taken
    open(base + "/evidence");
    page.locator("#u-number").fill("15/KH-UBND");
    page.locator("#u-date").fill("10/3/" + today.getYear());
    page.locator("#u-issuer").fill("UBND Xã Tự Đánh Giá");
    page.locator("#u-title").fill("Kế hoạch tuyên truyền cải cách hành chính");
    page.locator("#u-file").setInputFiles(pdf("ke-hoach.pdf"));
    page.waitForNavigation(() -> page.locator(".upload-form button[type=submit]").click());
    assertThat(page.locator(".round-evidence p.notice")).containsText("Đã tải lên");
    assertThat(page.locator(".documents")).containsText("10/03/" + today.getYear());
    assertThat(page.locator(".documents tbody tr:has-text('20/QĐ-UBND')")).hasCount(1);

    // an executable is refused beside the file field, named as the form names it
    page.locator("#u-number").fill("16/KH-UBND");
    page.locator("#u-date").fill("11/3/" + today.getYear());
    page.locator("#u-issuer").fill("UBND Xã Tự Đánh Giá");
    page.locator("#u-title").fill("Báo cáo kết quả tuyên truyền");
    page.locator("#u-file")
        .setInputFiles(new FilePayload("bao-cao.pdf", "application/pdf", executable()));
    page.waitForNavigation(() -> page.locator(".upload-form button[type=submit]").click());
    assertThat(page.locator(".upload-form #u-file-error")).isVisible();
    assertThat(page.locator(".round-evidence .errors")).containsText("«Tệp tài liệu»");
    assertThat(page.locator("#u-number")).hasValue("16/KH-UBND");

    // round 1 cuts 1.9 and asks for an explanation (the chairman submitted, the appraiser cut)
    APIResponse submitted =
        page.request()
            .post(
                url("/api/v1/rounds/" + roundId + "/units/SAB-A/submit"),
                RequestOptions.create()
                    .setHeader("Authorization", basic("sab.chutich", SECRET))
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"acknowledgeWarnings\":true}"));
    assertThat(submitted.status()).as(submitted.text()).isLessThan(300);
    as("sab.thamdinh");
    page.setViewportSize(1280, 900);
    open(base + "?edit=1.9#leaf-1.9");
    manual.locator("[id='a-1.9-points']").fill("1");
    manual.locator("[id='a-1.9-note']").fill("Chưa có quyết định công nhận của cấp huyện");
    manual.locator("[id='a-1.9-flag']").check();
    page.waitForNavigation(() -> manual.locator(".appraise-form button[type=submit]").click());
    // the other leaves keep the unit's own points: the appraiser says so before ending round 1
    page.locator("#acknowledgeUntouched").check();
    page.waitForNavigation(() -> page.locator("button.complete").click());

    // the officer, on a phone, finds what to explain at the top of the page, not among the leaves
    as("sab.cchc");
    page.setViewportSize(390, 844);
    open(base);
    Locator toExplain = page.locator(".to-explain");
    assertThat(toExplain).containsText("Tiêu chí cần giải trình (1)");
    assertThat(toExplain.locator("li")).containsText("tự chấm 2,50, thẩm định lần 1 1,00 điểm");
    assertThat(toExplain.locator("li")).containsText("chưa giải trình");
    // the officer is told who submits, since no button here does
    assertThat(toExplain).containsText("Chủ tịch UBND xã bấm «Nộp giải trình»");
    assertThat(page.locator("button.submit-explanations")).hasCount(0);
    screenshot("round-explain-list-phone");
    page.waitForNavigation(() -> toExplain.locator("a").click());
    Locator reply = manual.locator(".explain-form");
    reply.locator("select[name=agree]").selectOption("no");
    reply
        .locator("textarea[name=text]")
        .fill("Sáng kiến đã được công nhận.\nĐơn vị gửi kèm Quyết định số 21/QĐ-UBND.");
    reply.locator("details.new-document summary").click();
    reply.locator("[id='x-1.9-number']").fill("21/QĐ-UBND");
    reply.locator("[id='x-1.9-date']").fill("1/7/" + today.getYear());
    reply.locator("[id='x-1.9-issuer']").fill("UBND huyện");
    reply.locator("[id='x-1.9-title']").fill("Quyết định công nhận sáng kiến cấp huyện");
    reply.locator("[id='x-1.9-file']").setInputFiles(pdf("quyet-dinh-21.pdf"));
    page.waitForNavigation(() -> reply.locator("button[type=submit]").click());
    assertThat(manual.locator(".stage.explanation")).containsText("Đơn vị gửi kèm Quyết định");
    assertThat(manual.locator(".stage.explanation")).containsText("21/QĐ-UBND");
    assertThat(page.locator(".to-explain li")).containsText("đã giải trình");
    screenshot("round-explained-phone");
  }

  private void as(String username) {
    page.context().clearCookies();
    signIn(username, SECRET);
  }

  private long roundId;

  private void openRound(LocalDate today) {
    Unit province = units.save(unit("SAB-P", "Tỉnh Tự Đánh Giá", UnitType.PROVINCE, null));
    Unit commune = units.save(unit("SAB-A", "Xã Tự Đánh Giá", UnitType.COMMUNE, province.id()));
    int year = today.getYear();
    List<Criterion> nodes = new java.util.ArrayList<>();
    nodes.add(node("1", "Công tác chỉ đạo", "12", null, 1));
    nodes.add(
        node(
            "1.1",
            "Tuyên truyền cải cách hành chính",
            "2.5",
            new Scoring.Levels(
                List.of(
                    new Scoring.Level("Tốt", new BigDecimal("2.5")),
                    new Scoring.Level("Một phần", BigDecimal.ONE))),
            2));
    // seven leaves between, so the manual one sits far below the top on a phone
    for (int i = 2; i <= 8; i++) {
      nodes.add(node("1." + i, "Báo cáo thứ " + i, "1", new Scoring.Binary(), i + 1));
    }
    nodes.add(node("1.9", "Sáng kiến cải cách hành chính", "2.5", new Scoring.Manual(), 10));
    long setId =
        sets.save(
                CriteriaSet.create(
                    null,
                    "Bộ chỉ số tự đánh giá",
                    year,
                    UnitType.COMMUNE,
                    sets.nextVersion(year, UnitType.COMMUNE),
                    false,
                    "test",
                    nodes,
                    List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))))
            .id();
    Accounts.create(users, "sab.thamdinh", SECRET, province.id(), Role.APPRAISER);
    Accounts.create(users, "sab.cchc", SECRET, commune.id(), Role.PAR_OFFICER);
    Accounts.create(users, "sab.chutich", SECRET, commune.id(), Role.LEADER);
    APIResponse opened =
        page.request()
            .post(
                url("/api/v1/rounds"),
                RequestOptions.create()
                    .setHeader("Authorization", basic("sab.thamdinh", SECRET))
                    .setHeader("Content-Type", "application/json")
                    .setData(
                        ("{\"year\":%d,\"parent\":\"SAB-P\",\"framework\":%d,\"selfFrom\":\"%s\","
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
    String location = opened.headers().get("location");
    roundId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private static FilePayload pdf(String name) {
    return new FilePayload(
        name,
        "application/pdf",
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** A Windows program's first bytes: refused by content whatever its name says. */
  private static byte[] executable() {
    byte[] bytes = new byte[256];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[2] = (byte) 0x90;
    return bytes;
  }
}
