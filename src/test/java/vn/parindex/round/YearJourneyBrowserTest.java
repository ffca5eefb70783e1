package vn.parindex.round;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * One commune through the whole year in a browser, every step on the page its person would use, the
 * clock moved from step to step: the province's appraiser opens the round; the commune's officer
 * uploads two documents on the evidence page, self-assesses two criteria with them and assigns the
 * third to the Justice department, whose official fills only that one; the chairman reads the
 * pre-submission warning, ticks that it was seen and submits; the appraiser cuts a point in round 1
 * with a note and asks for an explanation; the officer uploads a supplementary file and explains;
 * the chairman submits the explanations; round 2 restores the point; the appraiser imports the
 * survey points from a CSV on the round page; the province's chairman publishes on the round page;
 * the public results show the commune's rank and a total with the survey points in it; the officer
 * opens "where the points went" and the plan drafted at publication from the unit page, whose lines
 * say which kind of loss each is. Each step asserts what its person sees: the state in Vietnamese,
 * points with a decimal comma, the note, the warning, the rank.
 */
@Import(MovableClock.class)
class YearJourneyBrowserTest extends BrowserTest {

  private static final String SECRET = "mat-khau-hanh-trinh-nam";
  private static final int YEAR = 2034;
  private static final String COMMUNE = "Xã Hành Trình";

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired Departments departments;

  private String roundPath;
  private String unitPath;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void oneCommuneThroughTheWholeYear() {
    String setName = world();
    openTheRound(setName);
    selfAssess();
    submit();
    roundOneCutsAPoint();
    explain();
    roundTwoRestoresThePoint();
    importTheSurvey();
    publish();
    readThePublicResults();
    openTheLossesAndThePlan();
  }

  /**
   * A province with two communes, a set of 15 points (1.1 manual 4, 1.2 binary 3, 1.3 proportional
   * 3, 2.1 survey 5), the Justice department of the commune and the five people of the year.
   */
  private String world() {
    Unit province = units.save(unit("YJ-P", "Tỉnh Hành Trình", UnitType.PROVINCE, null));
    Unit commune = units.save(unit("YJ-A", COMMUNE, UnitType.COMMUNE, province.id()));
    units.save(unit("YJ-B", "Xã Lặng Im", UnitType.COMMUNE, province.id()));
    String setName = "Bộ chỉ số hành trình " + YEAR;
    sets.save(
        CriteriaSet.create(
            null,
            setName,
            YEAR,
            UnitType.COMMUNE,
            sets.nextVersion(YEAR, UnitType.COMMUNE),
            false,
            "test",
            List.of(
                node("1", "Công tác chỉ đạo", "10", null, 1),
                node("1.1", "Kế hoạch CCHC", "4", new Scoring.Manual(), 2),
                node("1.2", "Báo cáo đúng hạn", "3", new Scoring.Binary(), 3),
                node("1.3", "Tỷ lệ hồ sơ đúng hạn", "3", new Scoring.Proportional(null), 4),
                node("2", "Sự hài lòng của người dân", "5", null, 5),
                node("2.1", "Điều tra xã hội học", "5", new Scoring.Survey(Map.of()), 6)),
            List.of(
                new ClassificationBand(new BigDecimal("80"), "Tốt"),
                new ClassificationBand(new BigDecimal("60"), "Khá"),
                new ClassificationBand(BigDecimal.ZERO, "Trung bình"))));
    long justice = departments.add(commune.id(), "Tư pháp – Hộ tịch", null).id();
    Accounts.create(users, "yj.thamdinh", SECRET, province.id(), Role.APPRAISER);
    Accounts.create(users, "yj.chutichtinh", SECRET, province.id(), Role.LEADER);
    Accounts.create(users, "yj.cchc", SECRET, commune.id(), Role.PAR_OFFICER);
    Accounts.create(users, "yj.chutich", SECRET, commune.id(), Role.LEADER);
    users.create(
        new Users.NewUser(
            "yj.tuphap",
            "Công chức Tư pháp – Hộ tịch",
            "yj.tuphap@test.vn",
            null,
            SECRET,
            commune.id(),
            justice,
            Set.of(Role.DEPARTMENT_OFFICIAL),
            false));
    return setName;
  }

  /** 5 January: the province's appraiser opens the year's round on its page. */
  private void openTheRound(String setName) {
    day(1, 5);
    as("yj.thamdinh");
    open("/rounds");
    page.locator("#f-year").fill(String.valueOf(YEAR));
    page.locator("#f-parent").selectOption(new SelectOption().setLabel("Tỉnh Hành Trình"));
    page.locator("#f-framework").selectOption(new SelectOption().setLabel(setName));
    fillDate("selfFrom", 1, 10);
    fillDate("selfTo", 1, 31);
    fillDate("round1Due", 2, 15);
    fillDate("explanationDue", 2, 28);
    fillDate("round2Due", 3, 15);
    fillDate("publication", 3, 31);
    page.waitForNavigation(() -> page.locator("form.open-round button[type=submit]").click());
    assertThat(page.locator("h1")).hasText("Đợt đánh giá năm " + YEAR + " – Tỉnh Hành Trình");
    assertThat(row(COMMUNE)).containsText("đang tự đánh giá");
    roundPath = page.url().substring(page.url().indexOf("/rounds/"));
    unitPath = roundPath + "/units/YJ-A";
  }

  /**
   * 12 January: the officer uploads two documents on the evidence page, self-assesses 1.1 and 1.2
   * with them and assigns 1.3 to the Justice department; 14 January: its official sees and fills
   * only 1.3.
   */
  private void selfAssess() {
    day(1, 12);
    as("yj.cchc");
    open(unitPath);
    assertThat(page.locator("p.state")).containsText("đang tự đánh giá");
    uploadEvidence("08/KH-UBND", "10/01/" + YEAR, "Kế hoạch cải cách hành chính năm");
    uploadEvidence("15/BC-UBND", "11/01/" + YEAR, "Báo cáo định kỳ quý IV");
    assertThat(page.locator("table.documents tbody tr")).hasCount(2);
    open(unitPath);
    Locator manual = leaf("1.1");
    // each leaf shows a button, not a form with the whole library: the officer opens 1.1's
    assertThat(page.locator(".self-form")).hasCount(0);
    page.waitForNavigation(() -> manual.locator(".self-open a").click());
    assertThat(page.locator(".self-form")).hasCount(1);
    manual.locator("[id='s-1.1-points']").fill("3,5");
    manual.locator("[id='s-1.1-note']").fill("Đã ban hành Kế hoạch số 08/KH-UBND");
    evidenceBox(manual, "08/KH-UBND").check();
    page.waitForNavigation(() -> manual.locator(".self-form button[type=submit]").click());
    assertThat(leaf("1.1").locator(".stage.self")).containsText("3,50 điểm");
    assertThat(leaf("1.1").locator(".stage.self .evidence"))
        .containsText("08/KH-UBND Kế hoạch cải cách hành chính năm (10/01/" + YEAR + ")");
    assertThat(page.locator(".self-form")).hasCount(0);
    Locator binary = leaf("1.2");
    page.waitForNavigation(() -> binary.locator(".self-open a").click());
    binary.locator("[id='s-1.2-done']").selectOption("yes");
    evidenceBox(binary, "15/BC-UBND").check();
    page.waitForNavigation(() -> binary.locator(".self-form button[type=submit]").click());
    assertThat(leaf("1.2").locator(".stage.self")).containsText("3,00 điểm");
    assertThat(leaf("1.2").locator(".stage.self .evidence")).containsText("15/BC-UBND");
    assertThat(page.locator("button.submit-self")).hasCount(0);

    page.waitForNavigation(() -> page.locator("a[href$='/assignments']").click());
    assertThat(page.locator("h1")).hasText("Phân công nhập tiêu chí – " + COMMUNE);
    page.locator("[id='d-1.3']").selectOption(new SelectOption().setLabel("Tư pháp – Hộ tịch"));
    page.waitForNavigation(() -> page.locator(".assign-form button[type=submit]").click());
    assertThat(page.locator("[role=status]")).hasText("Đã lưu phân công.");
    open(unitPath);
    assertThat(leaf("1.3").locator(".who")).containsText("Bộ phận nhập: Tư pháp – Hộ tịch");

    day(1, 14);
    as("yj.tuphap");
    open(unitPath);
    assertThat(page.locator("article.leaf")).hasCount(1);
    assertThat(page.locator("p.mine")).containsText("1 trên");
    Locator rate = leaf("1.3");
    page.waitForNavigation(() -> rate.locator(".self-open a").click());
    rate.locator("[id='s-1.3-numerator']").fill("9");
    rate.locator("[id='s-1.3-denominator']").fill("10");
    page.waitForNavigation(() -> rate.locator(".self-form button[type=submit]").click());
    assertThat(leaf("1.3").locator(".stage.self")).containsText("2,70 điểm");
  }

  /**
   * 20 January: the chairman reads the warning (1.3 claimed with no document), ticks that the
   * warnings were seen and submits.
   */
  private void submit() {
    day(1, 20);
    as("yj.chutich");
    open(unitPath);
    assertThat(page.locator(".warnings"))
        .containsText("1.3: tự chấm 2,70 điểm nhưng chưa có tài liệu kiểm chứng");
    page.locator("#acknowledgeWarnings").check();
    page.waitForNavigation(() -> page.locator("button.submit-self").click());
    assertThat(page.locator("p.state")).containsText("đã nộp tự đánh giá");
    assertThat(page.locator(".self-form")).hasCount(0);
  }

  /**
   * 10 February: round 1 cuts 1.1 with a note and asks for an explanation; the silent commune is
   * appraised as it stands.
   */
  private void roundOneCutsAPoint() {
    day(2, 10);
    as("yj.thamdinh");
    open(unitPath);
    Locator cut = leaf("1.1");
    page.waitForNavigation(() -> cut.locator(".appraise-open a").click());
    cut.locator("[id='a-1.1-points']").fill("2");
    cut.locator("[id='a-1.1-note']").fill("Kế hoạch ban hành chậm so với quy định");
    cut.locator("[id='a-1.1-flag']").check();
    page.waitForNavigation(() -> cut.locator(".appraise-form button[type=submit]").click());
    assertThat(leaf("1.1").locator(".stage.round1")).containsText("2,00 điểm");
    assertThat(leaf("1.1").locator(".stage.round1 .note"))
        .hasText("Kế hoạch ban hành chậm so với quy định");
    assertThat(leaf("1.1").locator(".stage.round1 .flag")).hasText("Yêu cầu giải trình");
    // 1.2 and 1.3 keep their self points: the appraiser sees which and confirms
    assertThat(page.locator(".complete-form .untouched a")).hasText(new String[] {"1.2", "1.3"});
    page.locator("#acknowledgeUntouched").check();
    page.waitForNavigation(() -> page.locator("button.complete").click());
    assertThat(page.locator("p.state")).containsText("đã thẩm định lần 1");
    // the silent commune claimed nothing, so nothing was cut: it has nothing to explain and goes
    // on to round 2 at once
    complete(roundPath + "/units/YJ-B", 1, "chờ thẩm định lần 2 (không có gì phải giải trình)");
    assertThat(page.locator("p.round1-clear"))
        .containsText("đơn vị không cần giải trình. Hồ sơ đã chuyển sang thẩm định lần 2");
    screenshot("round-unit-round1-clear");
  }

  /**
   * 20 February: the officer disagrees and explains with a supplementary file uploaded on the
   * evidence page; 22 February: the chairman submits the explanations.
   */
  private void explain() {
    day(2, 20);
    as("yj.cchc");
    open(unitPath);
    assertThat(page.locator("p.state")).containsText("đã thẩm định lần 1");
    assertThat(leaf("1.1").locator(".stage.round1 .note"))
        .hasText("Kế hoạch ban hành chậm so với quy định");
    uploadEvidence("02/CV-UBND", "18/02/" + YEAR, "Công văn gửi kế hoạch đúng hạn");
    open(unitPath);
    Locator reply = leaf("1.1");
    assertThat(page.locator(".explain-form")).hasCount(0);
    page.waitForNavigation(() -> reply.locator(".explain-open a").click());
    reply.locator("[id='x-1.1-agree']").selectOption("no");
    reply.locator("[id='x-1.1-text']").fill("Kế hoạch gửi ngày 10/01, kèm công văn số 02/CV-UBND");
    evidenceBox(reply, "02/CV-UBND").check();
    page.waitForNavigation(() -> reply.locator(".explain-form button[type=submit]").click());
    Locator explained = leaf("1.1").locator(".stage.explanation");
    assertThat(explained).containsText("Không đồng ý với kết quả thẩm định");
    assertThat(explained).containsText("Kế hoạch gửi ngày 10/01, kèm công văn số 02/CV-UBND");
    assertThat(explained.locator(".evidence")).containsText("02/CV-UBND");
    assertThat(page.locator(".explain-form")).hasCount(0);
    assertThat(leaf("1.1").locator(".explain-open a")).hasText("Sửa giải trình");
    assertThat(leaf("1.2").locator(".explain-open")).hasCount(0);

    day(2, 22);
    as("yj.chutich");
    open(unitPath);
    page.waitForNavigation(() -> page.locator("button.submit-explanations").click());
    assertThat(page.locator("p.state")).containsText("chờ thẩm định lần 2");
  }

  /** 5 March: round 2 restores the point; the silent commune's round 2 ends as it stands. */
  private void roundTwoRestoresThePoint() {
    day(3, 5);
    as("yj.thamdinh");
    open(unitPath);
    Locator restore = leaf("1.1");
    page.waitForNavigation(() -> restore.locator(".appraise-open a").click());
    restore.locator("[id='a-1.1-points']").fill("3,5");
    restore.locator("[id='a-1.1-note']").fill("Đã xem công văn số 02/CV-UBND: gửi đúng hạn");
    page.waitForNavigation(() -> restore.locator(".appraise-form button[type=submit]").click());
    assertThat(leaf("1.1").locator(".stage.round2")).containsText("3,50 điểm");
    assertThat(leaf("1.1").locator(".stage.round1")).containsText("2,00 điểm");
    page.waitForNavigation(() -> page.locator("button.complete").click());
    assertThat(page.locator("p.state")).containsText("đã thẩm định lần 2");
    assertThat(leaf("1.1").locator(".stage.final")).containsText("3,50 điểm");
    complete(roundPath + "/units/YJ-B", 2, "đã thẩm định lần 2");
  }

  /**
   * 20 March: the appraiser imports the survey from a CSV on the round page: 30 A, 10 B, 10 C of 50
   * answers give the commune 5 × (30 + 0,6 × 10 + 0,2 × 10) ÷ 50 = 3,80 points; the silent commune
   * has no survey.
   */
  private void importTheSurvey() {
    day(3, 20);
    as("yj.thamdinh");
    open(roundPath);
    assertThat(page.locator("#survey .survey-last")).hasText("Chưa nhập kết quả điều tra.");
    page.locator("#f-survey-file")
        .setInputFiles(
            new FilePayload(
                "dieu-tra-" + YEAR + ".csv",
                "text/csv",
                "Mã đơn vị,Mã tiêu chí,A,B,C,D\nYJ-A,2.1,30,10,10,0\n"
                    .getBytes(StandardCharsets.UTF_8)));
    page.waitForNavigation(() -> page.locator("form.survey-import button[type=submit]").click());
    assertThat(page.locator("#survey .survey-last")).containsText("dieu-tra-" + YEAR + ".csv");
    Locator surveyed =
        page.locator("table.survey-points tbody tr", new Page.LocatorOptions().setHasText(COMMUNE));
    assertThat(surveyed).containsText("3,80");
    assertThat(
            page.locator(
                "table.survey-points tbody tr", new Page.LocatorOptions().setHasText("Xã Lặng Im")))
        .containsText("chưa có");
  }

  /**
   * 31 March: the province's chairman publishes on the round page; the appraiser reads the states
   * (a leader sees no unit rows: their scope is their own unit).
   */
  private void publish() {
    day(3, 31);
    as("yj.chutichtinh");
    open(roundPath);
    Locator form = page.locator("form.publish-form");
    assertThat(form.locator("h2")).hasText("Công bố kết quả Chỉ số CCHC");
    form.locator("#f-decisionNumber").fill("45/QĐ-UBND");
    form.locator("#f-decisionDate").fill("31/03/" + YEAR);
    page.waitForNavigation(() -> form.locator("button[type=submit]").click());
    assertThat(page.locator("p.published"))
        .hasText("Đã công bố theo quyết định số 45/QĐ-UBND ngày 31/03/" + YEAR);
    assertThat(page.locator("form.publish-form")).hasCount(0);
    // the chairman reads the ranking just frozen on the page where it was published
    Locator first =
        page.locator(".round-results tbody tr", new Page.LocatorOptions().setHasText(COMMUNE));
    assertThat(first).containsText("1/2");
    assertThat(first).containsText("13,00");
    assertThat(first).containsText("Tốt");
    assertThat(page.locator(".round-results tbody tr").nth(1)).containsText("Xã Lặng Im");
    as("yj.thamdinh");
    open(roundPath);
    assertThat(row("Xã Lặng Im")).containsText("đã công bố");
    assertThat(row(COMMUNE)).containsText("đã công bố");
  }

  /**
   * Anyone, signed out: the commune first of two with 3,5 + 3 + 2,7 + 3,8 = 13,00 of 15 points, 1.1
   * restored and the survey counted.
   */
  private void readThePublicResults() {
    page.context().clearCookies();
    open("/public/results?parent=YJ-P&year=" + YEAR);
    Locator line = page.locator("#results tbody tr", new Page.LocatorOptions().setHasText(COMMUNE));
    assertThat(line.locator("td.rank")).hasText("1/2");
    assertThat(line).containsText("13,00 / 15,00 điểm");
    assertThat(line).containsText("Tốt");
    assertThat(line).containsText("1.1 Kế hoạch CCHC: 3,50 / 4,00 điểm");
    assertThat(line).containsText("2.1 Điều tra xã hội học: 3,80 / 5,00 điểm");
    Locator other =
        page.locator("#results tbody tr", new Page.LocatorOptions().setHasText("Xã Lặng Im"));
    assertThat(other.locator("td.rank")).hasText("2/2");
    line.locator("summary").click();
    assertThat(line.getByText("2.1 Điều tra xã hội học: 3,80 / 5,00 điểm")).isVisible();
    screenshot("year-journey-public-results");
  }

  /**
   * 2 April: from the unit page the officer opens where the points went (1.1 cut by 1,50 and all of
   * it recovered) and the plan drafted at publication, whose lines name their kind of loss.
   */
  private void openTheLossesAndThePlan() {
    day(4, 2);
    as("yj.cchc");
    open(unitPath);
    assertThat(page.locator("p.state")).containsText("đã công bố");
    page.waitForNavigation(() -> page.locator("a.losses-link").click());
    assertThat(page.locator("h1")).hasText("Điểm bị mất ở đâu: " + COMMUNE + ", năm " + YEAR);
    Locator restored =
        page.locator("table.loss-table tbody tr", new Page.LocatorOptions().setHasText("1.1"));
    assertThat(restored.locator("td[data-label='Bị trừ khi thẩm định']")).hasText("1,50");
    assertThat(restored.locator("td[data-label='Được khôi phục nhờ giải trình']")).hasText("+1,50");
    open(unitPath);
    assertThat(page.locator("a.plan-link")).hasText("Xem kế hoạch khắc phục");
    page.waitForNavigation(() -> page.locator("a.plan-link").click());
    // the plan is for the year after the results, the unit named mid-sentence
    assertThat(page.locator("h1")).hasText("Kế hoạch khắc phục — xã Hành Trình " + (YEAR + 1));
    assertThat(page.locator("textarea[name=opening]")).containsText("bị trừ 2,00 điểm");
    assertThat(planLine("1.1").locator("input[name$='.points']")).hasValue("3,5");
    assertThat(planLine("1.1").locator(".loss-kind")).hasText("Chưa thực hiện");
    assertThat(planLine("1.3").locator("input[name$='.points']")).hasValue("2,7");
    assertThat(planLine("1.3").locator(".loss-kind")).hasText("Chưa thực hiện");
    // the survey's points are in the plan, without a kind: its losses are not the appraisal's
    assertThat(planLine("2.1").locator("input[name$='.points']")).hasValue("3,8");
    assertThat(planLine("2.1").locator(".loss-kind")).hasCount(0);
    screenshot("year-journey-plan");
  }

  /** Uploads a small PDF on the unit's evidence page, reached from the unit page's link. */
  private void uploadEvidence(String number, String date, String title) {
    open(unitPath);
    page.waitForNavigation(() -> page.locator("p.evidence-link a").click());
    assertThat(page.locator("h1")).hasText("Tài liệu kiểm chứng · " + COMMUNE);
    page.locator("#u-number").fill(number);
    page.locator("#u-date").fill(date);
    page.locator("#u-issuer").fill("UBND xã Hành Trình");
    page.locator("#u-title").fill(title);
    page.locator("#u-file")
        .setInputFiles(
            new FilePayload(
                number.replace('/', '-') + ".pdf", "application/pdf", RoundWorld.pdf()));
    page.waitForNavigation(() -> page.locator(".upload-form button[type=submit]").click());
    assertThat(page.locator(".round-evidence p.notice")).hasText("Đã tải lên tài liệu.");
    assertThat(page.locator("table.documents")).containsText(number);
  }

  /** The checkbox of a document, found by its number as the form shows it. */
  private static Locator evidenceBox(Locator leaf, String number) {
    return leaf.locator("label.check", new Locator.LocatorOptions().setHasText(number))
        .locator("input[type=checkbox]");
  }

  /** The plan's line of a criterion (its code is the line's first text field). */
  private Locator planLine(String code) {
    return page.locator(
        "tr.plan-line",
        new Page.LocatorOptions()
            .setHas(page.locator("input[name$='.code'][value='" + code + "']")));
  }

  /**
   * The appraiser ends round {@code round} of a unit from its page, which then shows {@code state}.
   */
  private void complete(String path, int round, String state) {
    open(path);
    assertThat(page.locator("button.complete")).hasText("Kết thúc thẩm định lần " + round);
    if (page.locator("#acknowledgeUntouched").count() > 0) {
      page.locator("#acknowledgeUntouched").check();
    }
    page.waitForNavigation(() -> page.locator("button.complete").click());
    assertThat(page.locator("p.state")).containsText(state);
  }

  private void day(int month, int day) {
    MovableClock.CLOCK.at(LocalDate.of(YEAR, month, day));
  }

  private void fillDate(String field, int month, int day) {
    page.locator("#f-" + field).fill(LocalDate.of(YEAR, month, day).toString());
  }

  private Locator leaf(String code) {
    return page.locator("[id='leaf-" + code + "']");
  }

  private Locator row(String name) {
    return page.locator("table.round-units tbody tr", new Page.LocatorOptions().setHasText(name));
  }

  private void as(String username) {
    page.context().clearCookies();
    signIn(username, SECRET);
  }

  private static Criterion node(String code, String name, String max, ScoringMethod m, int pos) {
    return new Criterion(new CriterionCode(code), name, new BigDecimal(max), m, pos);
  }

  private static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }
}
