package vn.parindex.round.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.round.web.RoundFixtures.basic;
import static vn.parindex.round.web.RoundFixtures.unit;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The officer's unit page in a browser: a leaf fed by the one-stop dossiers shows their figure and
 * the link to the dossiers behind it, and one click fills the self-assessment from them.
 */
class DossierFigureBrowserTest extends BrowserTest {

  private static final String SECRET = "mat-khau-ho-so";

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void theOfficerSeesTheDossiersFigureAndItsEvidenceAndFillsTheLeaf() {
    Unit province = units.save(unit("DSB-P", "Tỉnh Hồ Sơ", UnitType.PROVINCE, null));
    Unit commune = units.save(unit("DSB-A", "Xã Hồ Sơ", UnitType.COMMUNE, province.id()));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    int year = today.getYear();
    long setId = sourcedSet(year);
    Accounts.create(users, "dsb.thamdinh", SECRET, province.id(), Role.APPRAISER);
    Accounts.create(users, "dsb.cchc", SECRET, commune.id(), Role.PAR_OFFICER);
    APIResponse opened =
        page.request()
            .post(
                url("/api/v1/rounds"),
                RequestOptions.create()
                    .setHeader("Authorization", basic("dsb.thamdinh", SECRET))
                    .setHeader("Content-Type", "application/json")
                    .setData(
                        ("{\"year\":%d,\"parent\":\"DSB-P\",\"framework\":%d,\"selfFrom\":\"%s\","
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
    long round = Long.parseLong(opened.text().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    for (int i = 1; i <= 10; i++) {
      paidDossier(commune, year, "TT-" + i, i <= 9);
    }

    signIn("dsb.cchc", SECRET);
    open("/rounds/" + round + "/units/DSB-A");
    var figure = page.locator("#leaf-2\\.3 .dossier-figure");
    assertThat(figure.locator(".figure"))
        .hasText("Tỷ lệ hồ sơ thanh toán trực tuyến: 90 % (9/10 hồ sơ)");
    assertThat(figure.locator("a.dossiers"))
        .hasAttribute(
            "href",
            "/indicators/ONLINE_PAYMENT?unit="
                + commune.id()
                + "&period="
                + year
                + "-01-01.."
                + today);
    page.waitForNavigation(() -> figure.locator("form.dossier-fill button").click());
    assertThat(page.locator("#leaf-2\\.3 .dossier-figure .filled"))
        .containsText("Số liệu từ hồ sơ một cửa, cập nhật ");
    assertThat(page.locator("#leaf-2\\.3 .stage.self")).containsText("Tử số 9 / mẫu số 10");
    assertThat(page.locator("#leaf-2\\.3 .saved")).hasText("Đã lưu.");
    // the self-assessment form, opened, carries the figures filled in
    assertThat(page.locator(".self-form")).hasCount(0);
    page.waitForNavigation(() -> page.locator("#leaf-2\\.3 .self-open a").click());
    assertThat(page.locator("#leaf-2\\.3 input[name=numerator]")).hasValue("9");
    assertThat(page.locator("#leaf-2\\.3 input[name=denominator]")).hasValue("10");
    screenshot("dossier-figure-filled");
    // the evidence: the drill-down page lists the dossiers behind the figure
    page.waitForNavigation(() -> page.locator("#leaf-2\\.3 a.dossiers").click());
    assertThat(page.locator("#d-TT-1")).isVisible();
    assertThat(page.locator("#d-TT-10")).isVisible();
  }

  private void paidDossier(Unit unit, int year, String code, boolean paidOnline) {
    LocalDateTime received = LocalDateTime.of(year, 1, 2, 8, 0);
    jdbc.sql(
            "insert into dossier (unit_id, code, procedure_code, received_at, received_year,"
                + " due_at, effective_due_at, finished_at, returned_at, status, channel, digitised,"
                + " paid_online, fee_total, e_result, supplement_count, late, content_hash,"
                + " synced_at) values (?, ?, 'LP-1', ?, ?, null, null, null, null, 4, 2, false, ?,"
                + " 50000, false, 0, null, 'x', ?)")
        .params(unit.id(), code, received, year, paidOnline, received)
        .update();
  }

  private long sourcedSet(int year) {
    return sets.save(
            CriteriaSet.create(
                null,
                "Bộ chỉ số hồ sơ một cửa",
                year,
                UnitType.COMMUNE,
                sets.nextVersion(year, UnitType.COMMUNE),
                false,
                "test",
                List.of(
                    new Criterion(
                        CriterionCode.of("2"), "Thủ tục hành chính", new BigDecimal("3"), null, 1),
                    new Criterion(
                        CriterionCode.of("2.3"),
                        "Thanh toán trực tuyến",
                        new BigDecimal("3"),
                        new Scoring.Threshold(new BigDecimal("50")),
                        2,
                        "ONLINE_PAYMENT")),
                List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))))
        .id();
  }
}
