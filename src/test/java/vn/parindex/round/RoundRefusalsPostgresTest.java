package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Every refusal of the cycle answers 4xx with a Vietnamese message naming the field or the reason,
 * and stores nothing: bad windows, scores out of range, an explanation on an uncut criterion, a
 * step out of turn or after its deadline, and anyone acting outside their scope or role.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundRefusalsPostgresTest {

  static final RoundWorld.TestClock CLOCK = MovableClock.CLOCK;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;

  RoundWorld w;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "RR" + RoundCyclePostgresTest.WORLDS.incrementAndGet());
    CLOCK.at(LocalDate.of(2031, 1, 20));
  }

  @Test
  void badWindowsOrAMissingYearOpenNothing() throws Exception {
    String body =
        "{\"year\":2031,\"parent\":\"%s\",\"framework\":%d,%s}"
            .formatted(w.p.code(), w.setId, RoundWorld.windows(2031))
            .replace("\"selfTo\":\"2031-01-31\"", "\"selfTo\":\"2030-12-31\"");
    refused(
        w.json(post("/api/v1/rounds"), body, RoundWorld.as(Role.APPRAISER, w.p)),
        422,
        "Hạn tự đánh giá");
    refused(
        w.json(
            post("/api/v1/rounds"),
            body.replace("\"year\":2031,", ""),
            RoundWorld.as(Role.APPRAISER, w.p)),
        422,
        "Năm");
    refused(
        w.json(
            post("/api/v1/rounds"),
            "{\"year\":2031,\"parent\":\"%s\",\"framework\":999999,%s}"
                .formatted(w.p.code(), RoundWorld.windows(2031)),
            RoundWorld.as(Role.APPRAISER, w.p)),
        422,
        "Bộ chỉ số");
    assertThat(roundsOf(w.p)).isZero();
  }

  @Test
  void aSecondRoundOfTheYearAndSetOverAUnitAlreadyCoveredIsRefusedNamingThemAndTheOtherRound()
      throws Exception {
    Unit district = units.save(unit(w.p.code() + "-D", "Huyện Thử", UnitType.DISTRICT, w.p.id()));
    List<Unit> communes = new java.util.ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      communes.add(
          units.save(unit(district.code() + i, "Xã Huyện " + i, UnitType.COMMUNE, district.id())));
    }
    // the district's round first, then the province's over it: its 5 communes are taken
    MockHttpServletResponse byDistrict = open(2031, district);
    assertThat(byDistrict.getStatus()).as(byDistrict.getContentAsString()).isEqualTo(201);
    long districtRound = JsonPath.<Number>read(byDistrict.getContentAsString(), "$.id").longValue();
    MockHttpServletResponse byProvince = open(2031, w.p);
    refused(
        byProvince,
        409,
        "Không mở được đợt đánh giá: 5 đơn vị Xã Huyện 1, Xã Huyện 2, Xã Huyện 3 và 2 đơn vị khác"
            + " đã thuộc đợt đánh giá năm 2031 của Huyện Thử với bộ chỉ số này");
    assertThat(JsonPath.<String>read(byProvince.getContentAsString(), "$.existing"))
        .isEqualTo("/api/v1/rounds/" + districtRound);
    assertThat(roundsOf(w.p)).isZero();
    assertThat(
            jdbc.sql("select count(*) from round_unit where unit_id = ?")
                .param(w.a.id())
                .query(Long.class)
                .single())
        .isZero();

    // the other way round (2032): the province first, then the district is refused; the same
    // parent twice is refused as before; another year is a round of its own
    assertThat(open(2032, w.p).getStatus()).isEqualTo(201);
    refused(
        open(2032, district),
        409,
        "5 đơn vị Xã Huyện 1, Xã Huyện 2, Xã Huyện 3 và 2 đơn vị khác"
            + " đã thuộc đợt đánh giá năm 2032 của Tỉnh Thử");
    refused(open(2032, w.p), 409, "Đã có đợt đánh giá năm 2032 của Tỉnh Thử");
    assertThat(open(2033, district).getStatus()).isEqualTo(201);
    assertThat(
            jdbc.sql(
                    "select count(*) from round_unit u join index_round r on r.id = u.round_id"
                        + " where u.unit_id = ? group by r.index_year, r.set_id"
                        + " order by count(*) desc")
                .param(communes.get(0).id())
                .query(Long.class)
                .list())
        .containsExactly(1L, 1L, 1L);
  }

  @Test
  void selfEntriesOutOfRangeOrOfTheWrongKindAreRefusedAndNothingIsStored() throws Exception {
    long round = w.openRound(2031);
    long other = w.evidence(w.b, "1/KH");
    refused(w.entry(round, w.a, "1.1", "{\"points\":5}", Role.PAR_OFFICER), 422, "Số điểm");
    refused(w.entry(round, w.a, "1.1", "{\"points\":-1}", Role.PAR_OFFICER), 422, "Số điểm");
    refused(w.entry(round, w.a, "1.2", "{\"points\":3}", Role.PAR_OFFICER), 422, "Số điểm");
    refused(w.entry(round, w.a, "2.1", "{\"rate\":90}", Role.PAR_OFFICER), 422, "Tiêu chí");
    refused(w.entry(round, w.a, "1.3", "{\"rate\":150}", Role.PAR_OFFICER), 422, "Tỷ lệ (%)");
    refused(
        w.entry(round, w.a, "1.3", "{\"numerator\":3,\"denominator\":2}", Role.PAR_OFFICER),
        422,
        "Tử số");
    refused(w.entry(round, w.a, "9.9", "{\"points\":1}", Role.PAR_OFFICER), 422, "Tiêu chí");
    refused(w.entry(round, w.a, "1", "{\"points\":1}", Role.PAR_OFFICER), 422, "Tiêu chí");
    refused(
        w.entry(round, w.a, "1.1", "{\"points\":1,\"evidence\":[" + other + "]}", Role.PAR_OFFICER),
        422,
        "Tài liệu kiểm chứng");
    refused(w.entry(round, w.a, "1.1", "{\"points\":\"nhiều\"}", Role.PAR_OFFICER), 422, "points");
    assertThat(entriesOf(round, w.a)).isZero();
  }

  @Test
  void evidenceThatIsNotWhatItSaysOrLacksItsNumberIsRefused() throws Exception {
    refused(upload("gia-mao.pdf", "không phải PDF".getBytes(), "1/KH", "15/01/2031"), 422, null);
    refused(upload("ke-hoach.pdf", RoundWorld.pdf(), "", "15/01/2031"), 422, "Số, ký hiệu");
    refused(upload("ke-hoach.pdf", RoundWorld.pdf(), "1/KH", "31/02/2031"), 422, "Ngày ban hành");
    assertThat(
            jdbc.sql("select count(*) from evidence_document where unit_id = ?")
                .param(w.a.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(upload("ke-hoach.pdf", RoundWorld.pdf(), "1/KH", "2031-01-15").getStatus())
        .isEqualTo(201);
  }

  @Test
  void stepsOutOfTurnAreRefusedWithTheUnitsState() throws Exception {
    long round = w.openRound(2031);
    CLOCK.at(LocalDate.of(2031, 1, 5));
    refused(w.entry(round, w.a, "1.1", "{\"points\":4}", Role.PAR_OFFICER), 409, "Chưa đến");
    CLOCK.at(LocalDate.of(2031, 1, 20));
    RoundCyclePostgresTest.ok(w.entry(round, w.a, "1.1", "{\"points\":4}", Role.PAR_OFFICER));
    refused(w.step(round, w.a, "appraisals/complete", appraiser()), 409, "đang tự đánh giá");
    RoundCyclePostgresTest.ok(w.step(round, w.a, "submit", leader(w.a)));
    refused(w.step(round, w.a, "submit", leader(w.a)), 409, "đã nộp tự đánh giá");
    refused(w.entry(round, w.a, "1.1", "{\"points\":3}", Role.PAR_OFFICER), 409, "đã nộp");
    refused(w.step(round, w.a, "explanations/submit", leader(w.a)), 409, "Không giải trình");
    refused(explain(round, "1.1"), 409, "Không giải trình");
    refused(w.appraise(round, w.a, "1.1", "{\"round\":2,\"points\":4}", appraiser()), 409, "lần 2");
    refused(publish(round, Accounts.admin()), 409, "Xã");

    refused(
        w.appraise(round, w.a, "1.1", "{\"round\":1,\"points\":5,\"note\":\"x\"}", appraiser()),
        422,
        "Số điểm");
    refused(
        w.appraise(round, w.a, "1.1", "{\"round\":1,\"points\":-0.5,\"note\":\"x\"}", appraiser()),
        422,
        "Số điểm");
    refused(
        w.appraise(round, w.a, "1.1", "{\"round\":1,\"points\":2}", appraiser()), 422, "Ghi chú");
    refused(
        w.appraise(round, w.a, "1.1", "{\"round\":3,\"points\":4}", appraiser()),
        422,
        "Lần thẩm định");
    assertThat(JsonPath.<List<Object>>read(w.unitView(round, w.a), "$.entries[0].round1Points"))
        .isNull();

    // 1.2 flagged for an explanation (its points kept): the unit has its explanation step
    RoundCyclePostgresTest.ok(
        w.appraise(
            round,
            w.a,
            "1.2",
            "{\"round\":1,\"points\":3,\"explanationRequired\":true}",
            appraiser()));
    RoundCyclePostgresTest.ok(w.step(round, w.a, "appraisals/complete", appraiser()));
    assertThat(w.state(round, w.a)).isEqualTo("APPRAISED_1");
    refused(explain(round, "1.1"), 422, "Tiêu chí");
    assertThat(JsonPath.<String>read(w.unitView(round, w.a), "$.entries[0].explanationText"))
        .isNull();
    CLOCK.at(LocalDate.of(2031, 3, 1));
    refused(w.step(round, w.a, "explanations/submit", leader(w.a)), 409, "hết hạn giải trình");
    assertThat(w.state(round, w.a)).isEqualTo("APPRAISED_1");
  }

  @Test
  void aDoneOrNotCriterionIsAppraisedOnlyAtZeroOrItsMaximum() throws Exception {
    long round = w.openRound(2031);
    RoundCyclePostgresTest.ok(w.entry(round, w.a, "1.2", "{\"done\":true}", Role.PAR_OFFICER));
    RoundCyclePostgresTest.ok(w.step(round, w.a, "submit", leader(w.a)));
    MockHttpServletResponse odd =
        w.appraise(
            round, w.a, "1.2", "{\"round\":1,\"points\":0.75,\"note\":\"Chậm\"}", appraiser());
    refused(
        odd,
        422,
        "Trường «Số điểm»: điểm thẩm định của tiêu chí 1.2 chỉ có thể là 0 hoặc 3,00 (đã nhập 0,75)");
    assertThat(JsonPath.<String>read(odd.getContentAsString(), "$.errors[0].code"))
        .isEqualTo("round.invalid.points.choice");
    assertThat(
            RoundWorld.numbers(w.unitView(round, w.a), "$.entries[?(@.code=='1.2')].round1Points"))
        .containsExactly((String) null);
    RoundCyclePostgresTest.ok(
        w.appraise(round, w.a, "1.2", "{\"round\":1,\"points\":0,\"note\":\"Chậm\"}", appraiser()));
    assertThat(
            RoundWorld.numbers(w.unitView(round, w.a), "$.entries[?(@.code=='1.2')].round1Points"))
        .containsExactly("0");
  }

  @Test
  void aDecisionDatedAfterTodayOrBeforeTheRoundsYearPublishesNothing() throws Exception {
    long round = w.openRound(2031);
    // both units appraised as they stand past each deadline
    CLOCK.at(LocalDate.of(2031, 2, 1));
    for (Unit unit : List.of(w.a, w.b)) {
      RoundCyclePostgresTest.ok(w.step(round, unit, "appraisals/complete", appraiser()));
    }
    CLOCK.at(LocalDate.of(2031, 3, 1));
    for (Unit unit : List.of(w.a, w.b)) {
      RoundCyclePostgresTest.ok(w.step(round, unit, "appraisals/complete", appraiser()));
    }
    refused(
        publish(round, "2031-03-02", Accounts.admin()),
        422,
        "Trường «Ngày quyết định»: không được sau hôm nay (01/03/2031)");
    refused(
        publish(round, "2030-12-31", Accounts.admin()),
        422,
        "Trường «Ngày quyết định»: không được trước ngày 01/01/2031");
    refused(
        w.json(
            post("/api/v1/rounds/" + round + "/publish"),
            "{\"number\":\" \",\"date\":\"2031-03-01\"}",
            Accounts.admin()),
        422,
        "Số quyết định");
    assertThat(
            jdbc.sql("select count(*) from index_round where id = ? and published_on is null")
                .param(round)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(w.state(round, w.a)).isEqualTo("APPRAISED_2");
    // today (in Việt Nam, whatever the server's zone) and the first day of the year are both fine
    RoundCyclePostgresTest.ok(publish(round, "2031-03-01", Accounts.admin()));
    assertThat(w.state(round, w.a)).isEqualTo("PUBLISHED");
  }

  @Test
  void aSubmissionAfterTheLockIsRefusedUntilAnAppraiserReopensTheUnitWithAReason()
      throws Exception {
    long round = w.openRound(2031);
    CLOCK.at(LocalDate.of(2031, 2, 1));
    refused(w.step(round, w.a, "submit", leader(w.a)), 409, "hết hạn tự đánh giá");
    refused(w.entry(round, w.a, "1.1", "{\"points\":4}", Role.PAR_OFFICER), 409, "31/01/2031");
    assertThat(w.state(round, w.a)).isEqualTo("DRAFT");
    refused(reopen(round, w.a, null, " "), 422, "Lý do");
    RoundCyclePostgresTest.ok(reopen(round, w.a, null, "Mất điện ngày cuối hạn"));
    RoundCyclePostgresTest.ok(w.entry(round, w.a, "1.1", "{\"points\":4}", Role.PAR_OFFICER));
    RoundCyclePostgresTest.ok(w.step(round, w.a, "submit", leader(w.a)));
    // the reopening ends with the step it was for: the lock is back
    refused(w.entry(round, w.a, "1.1", "{\"points\":3}", Role.PAR_OFFICER), 409, "đã nộp");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'ROUND_UNIT'"
                        + " and new_value = 'Mất điện ngày cuối hạn'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // a unit that never submitted is appraised as it stands once its deadline passed; claiming
    // nothing, it has nothing cut to explain and goes on to round 2 at once
    RoundCyclePostgresTest.ok(w.step(round, w.b, "appraisals/complete", appraiser()));
    assertThat(w.state(round, w.b)).isEqualTo("EXPLAINED");
  }

  @Test
  void oneCriterionReopenedAfterTheExplanationDeadlineTakesAnExplanation() throws Exception {
    long round = w.openRound(2031);
    RoundCyclePostgresTest.ok(w.entry(round, w.a, "1.1", "{\"points\":4}", Role.PAR_OFFICER));
    RoundCyclePostgresTest.ok(w.step(round, w.a, "submit", leader(w.a)));
    RoundCyclePostgresTest.ok(
        w.appraise(
            round, w.a, "1.1", "{\"round\":1,\"points\":2,\"note\":\"Thiếu\"}", appraiser()));
    RoundCyclePostgresTest.ok(w.step(round, w.a, "appraisals/complete", appraiser()));
    CLOCK.at(LocalDate.of(2031, 3, 2));
    refused(explain(round, "1.1"), 409, "hết hạn giải trình");
    refused(reopen(round, w.a, "1.2.7", "Sai mã"), 422, "Tiêu chí");
    RoundCyclePostgresTest.ok(reopen(round, w.a, "1.1", "Văn bản gửi chậm do bưu điện"));
    RoundCyclePostgresTest.ok(explain(round, "1.1"));
  }

  @Test
  void aStaleSaveIsRefusedAndOverwritesNothing() throws Exception {
    long round = w.openRound(2031);
    RoundCyclePostgresTest.ok(
        w.entry(round, w.a, "1.1", "{\"points\":4,\"version\":0}", Role.PAR_OFFICER));
    refused(
        w.entry(round, w.a, "1.1", "{\"points\":1,\"version\":0}", Role.PAR_OFFICER),
        409,
        "người khác");
    assertThat(RoundWorld.numbers(w.unitView(round, w.a), "$.entries[0].selfPoints"))
        .containsExactly("4");
  }

  @Test
  void nobodyActsOutsideTheirScopeOrRole() throws Exception {
    assertThat(w.open(2031, RoundWorld.as(Role.APPRAISER, w.p2)).getStatus()).isEqualTo(404);
    assertThat(w.open(2031, RoundWorld.as(Role.PAR_OFFICER, w.a)).getStatus()).isEqualTo(404);
    assertThat(w.open(2031, RoundWorld.as(Role.LEADER, w.p)).getStatus()).isEqualTo(403);
    long round = w.openRound(2031);
    String entry = "{\"points\":4}";
    assertThat(
            w.json(
                    put(w.unitPath(round, w.a) + "/entries/1.1"),
                    entry,
                    RoundWorld.as(Role.PAR_OFFICER, w.b))
                .getStatus())
        .isEqualTo(404);
    assertThat(w.entry(round, w.a, "1.1", entry, Role.LEADER).getStatus()).isEqualTo(403);
    assertThat(w.entry(round, w.a, "1.1", entry, Role.SUPERVISOR).getStatus()).isEqualTo(403);
    assertThat(w.step(round, w.a, "submit", leader(w.b)).getStatus()).isEqualTo(404);
    assertThat(w.step(round, w.a, "submit", RoundWorld.as(Role.PAR_OFFICER, w.a)).getStatus())
        .isEqualTo(403);
    String appraisal = "{\"round\":1,\"points\":1,\"note\":\"x\"}";
    assertThat(
            w.appraise(round, w.a, "1.1", appraisal, RoundWorld.as(Role.APPRAISER, w.p2))
                .getStatus())
        .isEqualTo(404);
    assertThat(
            w.appraise(round, w.a, "1.1", appraisal, RoundWorld.as(Role.PAR_OFFICER, w.a))
                .getStatus())
        .isEqualTo(403);
    assertThat(publish(round, RoundWorld.as(Role.PAR_OFFICER, w.a)).getStatus()).isEqualTo(404);
    assertThat(publish(round, appraiser()).getStatus()).isEqualTo(403);
    assertThat(reopen(round, w.a, null, "x", RoundWorld.as(Role.APPRAISER, w.p2)).getStatus())
        .isEqualTo(404);
    assertThat(reopen(round, w.a, null, "x", RoundWorld.as(Role.PAR_OFFICER, w.a)).getStatus())
        .isEqualTo(403);
    assertThat(
            w.call(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/rounds/" + round),
                    RoundWorld.as(Role.APPRAISER, w.p2))
                .getStatus())
        .isEqualTo(404);
    assertThat(entriesOf(round, w.a)).isZero();
    assertThat(w.state(round, w.a)).isEqualTo("DRAFT");
  }

  private MockHttpServletResponse upload(String name, byte[] content, String number, String date)
      throws Exception {
    return w.call(
        multipart("/api/v1/evidence")
            .file(new MockMultipartFile("file", name, "application/pdf", content))
            .param("number", number)
            .param("date", date)
            .param("issuer", "UBND xã")
            .param("title", "Kế hoạch"),
        RoundWorld.as(Role.PAR_OFFICER, w.a));
  }

  private MockHttpServletResponse explain(long round, String code) throws Exception {
    return w.json(
        put(w.unitPath(round, w.a) + "/explanations/" + code),
        "{\"agree\":false,\"text\":\"Đã làm đủ\"}",
        RoundWorld.as(Role.PAR_OFFICER, w.a));
  }

  private MockHttpServletResponse open(int year, Unit parent) throws Exception {
    return w.json(
        post("/api/v1/rounds"),
        "{\"year\":%d,\"parent\":\"%s\",\"framework\":%d,%s}"
            .formatted(year, parent.code(), w.setId, RoundWorld.windows(year)),
        appraiser());
  }

  private static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }

  private MockHttpServletResponse publish(
      long round, org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    return publish(round, "2031-01-15", who);
  }

  private MockHttpServletResponse publish(
      long round,
      String date,
      org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    return w.json(
        post("/api/v1/rounds/" + round + "/publish"),
        "{\"number\":\"1/QĐ\",\"date\":\"%s\"}".formatted(date),
        who);
  }

  private MockHttpServletResponse reopen(long round, Unit unit, String code, String reason)
      throws Exception {
    return reopen(round, unit, code, reason, appraiser());
  }

  private MockHttpServletResponse reopen(
      long round,
      Unit unit,
      String code,
      String reason,
      org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    String codePart = code == null ? "" : ",\"code\":\"" + code + "\"";
    return w.json(
        post("/api/v1/rounds/" + round + "/reopen"),
        "{\"unit\":\"%s\",\"reason\":\"%s\"%s}".formatted(unit.code(), reason, codePart),
        who);
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor appraiser() {
    return RoundWorld.as(Role.APPRAISER, w.p);
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor leader(
      Unit unit) {
    return RoundWorld.as(Role.LEADER, unit);
  }

  /** The answer has the status and, in its Vietnamese message, the field or reason expected. */
  private static void refused(MockHttpServletResponse response, int status, String named)
      throws Exception {
    String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    String detail = JsonPath.read(body, "$.detail");
    assertThat(detail).as(body).isNotBlank().doesNotContain("round.");
    if (named != null) {
      assertThat(detail).as(body).contains(named);
    }
  }

  private long roundsOf(Unit parent) {
    return jdbc.sql("select count(*) from index_round where parent_unit_id = ?")
        .param(parent.id())
        .query(Long.class)
        .single();
  }

  private long entriesOf(long round, Unit unit) {
    return jdbc.sql(
            "select count(*) from round_entry e join round_unit u on u.id = e.round_unit_id"
                + " where u.round_id = ? and u.unit_id = ?")
        .params(round, unit.id())
        .query(Long.class)
        .single();
  }
}
