package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;

/**
 * A leaf fed by the one-stop dossiers (1.3, on time, source ON_TIME) in a round of 2031: the unit
 * fills it from its dossiers with one click, sees when, refreshes it when dossiers change; a typed
 * rate that disagrees is kept but warned; the appraiser sees the same figure; a unit without
 * dossiers types it by hand. Run on H2 and on PostgreSQL by the two subclasses.
 */
abstract class DossierSourceScenario {

  static final AtomicInteger WORLDS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired vn.parindex.unit.Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;

  RoundWorld w;
  long round;
  String page;
  RequestPostProcessor officer;

  @BeforeEach
  void world() throws Exception {
    w =
        new RoundWorld(
            mvc,
            units,
            sets,
            "DS" + getClass().getSimpleName().length() + WORLDS.incrementAndGet());
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 5));
    MockHttpServletResponse opened =
        w.json(
            post("/api/v1/rounds"),
            "{\"year\":2031,\"parent\":\"%s\",\"framework\":%d,%s}"
                .formatted(w.p.code(), sourcedSet(), RoundWorld.windows(2031)),
            RoundWorld.as(Role.APPRAISER, w.p));
    round = ((Number) JsonPath.read(opened.getContentAsString(), "$.id")).longValue();
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    page = "/rounds/" + round + "/units/" + w.a.code();
    officer = RoundWorld.as(Role.PAR_OFFICER, w.a);
    for (int i = 1; i <= 20; i++) {
      dossier(w.a, "HS-" + i, i > 18);
    }
  }

  @Test
  void theOfficerFillsTheLeafFromTheDossiersAndRefreshesItWhenTheyChange() throws Exception {
    String before = html(page, officer);
    assertThat(before)
        .contains(
            "Tỷ lệ hồ sơ giải quyết đúng hạn: 90 % (18/20 hồ sơ)",
            "Phần tự đánh giá chưa lấy số liệu này.",
            "href=\"/indicators/ON_TIME/dossiers?unit="
                + w.a.id()
                + "&amp;from=2031-01-01&amp;to=2031-01-20\"",
            "Điền từ hồ sơ một cửa");

    assertThat(fill("1.3", 0).getStatus()).isEqualTo(302);
    String view = w.unitView(round, w.a);
    assertThat(RoundWorld.numbers(view, "$.entries[?(@.code=='1.3')].self.numerator"))
        .containsExactly("18");
    assertThat(RoundWorld.numbers(view, "$.entries[?(@.code=='1.3')].self.denominator"))
        .containsExactly("20");
    assertThat(RoundWorld.numbers(view, "$.entries[?(@.code=='1.3')].selfPoints"))
        .containsExactly("2.7");
    // the dossiers' list is the leaf's evidence: no "without evidence" warning there
    assertThat(JsonPath.<List<String>>read(view, "$.warnings[?(@.code=='1.3')].message")).isEmpty();
    assertThat(html(page, officer))
        .contains("Số liệu từ hồ sơ một cửa, cập nhật 20/01/2031 10:00", "Cập nhật số liệu");

    // a second click from the same page changes nothing and duplicates nothing
    assertThat(fill("1.3", 0).getStatus()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "select count(*) from round_entry e join round_unit u on u.id ="
                        + " e.round_unit_id where u.round_id = ? and e.code = '1.3'")
                .param(round)
                .query(Long.class)
                .single())
        .isEqualTo(1L);

    // a late dossier finishes: the entry disagrees until refreshed
    dossier(w.a, "HS-21", true);
    assertThat(html(page, officer))
        .contains(
            "Tỷ lệ kê khai 90 % khác số liệu hồ sơ một cửa 85,71 % (18/21 hồ sơ)",
            "Phần tự đánh giá chưa lấy số liệu này.");
    int version =
        Integer.parseInt(
            RoundWorld.numbers(w.unitView(round, w.a), "$.entries[?(@.code=='1.3')].version")
                .get(0));
    assertThat(fill("1.3", version).getStatus()).isEqualTo(302);
    assertThat(
            RoundWorld.numbers(
                w.unitView(round, w.a), "$.entries[?(@.code=='1.3')].self.denominator"))
        .containsExactly("21");
  }

  @Test
  void aTypedRateOtherThanTheDossiersIsKeptButWarnedAndTheAppraiserSeesTheFigure()
      throws Exception {
    RoundCyclePostgresTest.ok(w.entry(round, w.a, "1.3", "{\"rate\":95}", Role.PAR_OFFICER));
    String view = w.unitView(round, w.a);
    assertThat(RoundWorld.numbers(view, "$.entries[?(@.code=='1.3')].self.rate"))
        .containsExactly("95");
    List<String> warnings = JsonPath.read(view, "$.warnings[?(@.code=='1.3')].message");
    assertThat(warnings)
        .contains("Tỷ lệ kê khai 95 % khác số liệu hồ sơ một cửa 90 % (18/20 hồ sơ)");

    String appraiser = html(page, RoundWorld.as(Role.APPRAISER, w.p));
    assertThat(appraiser)
        .contains(
            "Tỷ lệ hồ sơ giải quyết đúng hạn: 90 % (18/20 hồ sơ)",
            "Tỷ lệ kê khai 95 % khác số liệu hồ sơ một cửa 90 % (18/20 hồ sơ)")
        .doesNotContain("class=\"dossier-fill\"");
  }

  @Test
  void aUnitWithoutDossiersTypesTheLeafByHand() throws Exception {
    String other = "/rounds/" + round + "/units/" + w.b.code();
    RequestPostProcessor hisOfficer = RoundWorld.as(Role.PAR_OFFICER, w.b);
    assertThat(html(other, hisOfficer))
        .contains("Chưa có hồ sơ một cửa của đơn vị cho chỉ số «Tỷ lệ hồ sơ giải quyết đúng hạn»")
        .doesNotContain("class=\"dossier-fill\"");
    MockHttpServletResponse refused =
        mvc.perform(
                post(other + "/entries/1.3/dossiers")
                    .param("version", "0")
                    .with(csrf())
                    .with(hisOfficer))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("Đơn vị chưa có hồ sơ một cửa năm 2031 cho tiêu chí 1.3: hãy nhập tay");
    assertThat(JsonPath.<List<Object>>read(w.unitView(round, w.b), "$.entries")).isEmpty();
  }

  private MockHttpServletResponse fill(String code, int version) throws Exception {
    return mvc.perform(
            post(page + "/entries/" + code + "/dossiers")
                .param("version", String.valueOf(version))
                .with(csrf())
                .with(officer))
        .andReturn()
        .getResponse();
  }

  private String html(String path, RequestPostProcessor who) throws Exception {
    return mvc.perform(get(path).with(who))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** A dossier of the unit received on 2 January 2031 and finished on the 10th, late or not. */
  void dossier(Unit unit, String code, boolean late) {
    jdbc.sql(
            "insert into dossier (unit_id, code, procedure_code, received_at, received_year,"
                + " due_at, effective_due_at, finished_at, returned_at, status, channel, digitised,"
                + " paid_online, fee_total, e_result, supplement_count, late, content_hash,"
                + " synced_at) values (?, ?, 'TT-1', ?, 2031, ?, ?, ?, null, 10, 1, false, false,"
                + " 0, false, 0, ?, 'x', ?)")
        .params(
            unit.id(),
            code,
            LocalDateTime.of(2031, 1, 2, 8, 0),
            LocalDateTime.of(2031, 1, 9, 17, 0),
            LocalDateTime.of(2031, 1, 9, 17, 0),
            LocalDateTime.of(2031, 1, 10, 9, 0),
            late,
            LocalDateTime.of(2031, 1, 10, 9, 0))
        .update();
  }

  private long sourcedSet() {
    return sets.save(
            CriteriaSet.create(
                null,
                "Bộ có nguồn số liệu " + w.p.code(),
                2031,
                UnitType.COMMUNE,
                sets.nextVersion(2031, UnitType.COMMUNE),
                false,
                "test",
                List.of(
                    new Criterion(
                        CriterionCode.of("1"), "Thủ tục hành chính", new BigDecimal("5"), null, 1),
                    new Criterion(
                        CriterionCode.of("1.1"),
                        "Công khai",
                        new BigDecimal("2"),
                        new Scoring.Binary(),
                        2),
                    new Criterion(
                        CriterionCode.of("1.3"),
                        "Tỷ lệ hồ sơ đúng hạn",
                        new BigDecimal("3"),
                        new Scoring.Proportional(null),
                        3,
                        "ON_TIME")),
                List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))))
        .id();
  }
}
