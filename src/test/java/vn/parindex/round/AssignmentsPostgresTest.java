package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Who fills and who appraises which criterion, on PostgreSQL: a department official fills only its
 * department's criteria, nothing before the officer assigns; appraisers of a department only
 * theirs; stale, missing and bad assignments are refused whole; two reassignments at once keep one.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class AssignmentsPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Departments departments;
  @Autowired JdbcClient jdbc;

  RoundWorld w;
  long office;
  long justice;
  long otherCommunes;
  long provinceLaw;
  long provinceHome;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "RA" + RoundCyclePostgresTest.WORLDS.incrementAndGet());
    office = departments.add(w.a.id(), "Văn phòng – Thống kê", null).id();
    justice = departments.add(w.a.id(), "Tư pháp – Hộ tịch", null).id();
    otherCommunes = departments.add(w.b.id(), "Tư pháp – Hộ tịch", null).id();
    provinceLaw = departments.add(w.p.id(), "Sở Tư pháp", null).id();
    provinceHome = departments.add(w.p.id(), "Sở Nội vụ", null).id();
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
  }

  /** A signed-in user of the unit with a department (or none). */
  static RequestPostProcessor person(Role role, Unit unit, Long department) {
    String name = role.name().toLowerCase() + "." + unit.id() + "." + department;
    return SecurityMockMvcRequestPostProcessors.user(
        new AccountPrincipal(
            new CurrentUser(
                -Math.abs(name.hashCode()) - 1L, name, name, unit.id(), department, Set.of(role)),
            "{noop}x",
            true));
  }

  private MockHttpServletResponse assign(
      long round, Unit unit, String body, RequestPostProcessor who) throws Exception {
    return w.json(put(w.unitPath(round, unit) + "/assignments"), body, who);
  }

  private MockHttpServletResponse entry(long round, String code, RequestPostProcessor who)
      throws Exception {
    String body =
        switch (code) {
          case "1.2" -> "{\"done\":true}";
          case "1.3" -> "{\"numerator\":1,\"denominator\":2}";
          default -> "{\"points\":1}";
        };
    return w.json(put(w.unitPath(round, w.a) + "/entries/" + code), body, who);
  }

  private long entries(long round) {
    return jdbc.sql(
            "select count(*) from round_entry e join round_unit u on u.id = e.round_unit_id"
                + " where u.round_id = ?")
        .param(round)
        .query(Long.class)
        .single();
  }

  @Test
  void aDepartmentOfficialFillsOnlyItsDepartmentsCriteriaAndNothingBeforeTheOfficerAssigns()
      throws Exception {
    long round = w.openRound(2031);
    RequestPostProcessor justiceOfficial = person(Role.DEPARTMENT_OFFICIAL, w.a, justice);
    MockHttpServletResponse before = entry(round, "1.3", justiceOfficial);
    assertThat(before.getStatus()).isEqualTo(403);
    assertThat(before.getContentAsString()).contains("chưa được phân công");

    MockHttpServletResponse saved =
        assign(
            round,
            w.a,
            "{\"version\":0,\"assignments\":[{\"code\":\"1\",\"department\":\"Văn phòng – Thống kê\"},"
                + "{\"code\":\"1.3\",\"department\":"
                + justice
                + "}]}",
            person(Role.PAR_OFFICER, w.a, office));
    assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
    assertThat((Integer) JsonPath.read(saved.getContentAsString(), "$.version")).isEqualTo(1);
    assertThat(
            (List<String>)
                JsonPath.read(
                    saved.getContentAsString(), "$.leaves[?(@.code=='1.2')].departmentName"))
        .containsExactly("Văn phòng – Thống kê");

    assertThat(entry(round, "1.3", justiceOfficial).getStatus()).isEqualTo(200);
    MockHttpServletResponse other = entry(round, "1.2", justiceOfficial);
    assertThat(other.getStatus()).isEqualTo(403);
    assertThat(other.getContentAsString()).contains("1.2", "Văn phòng – Thống kê");
    assertThat(entry(round, "1.2", person(Role.DEPARTMENT_OFFICIAL, w.a, office)).getStatus())
        .isEqualTo(200);
    MockHttpServletResponse none = entry(round, "1.1", person(Role.DEPARTMENT_OFFICIAL, w.a, null));
    assertThat(none.getStatus()).isEqualTo(403);
    assertThat(none.getContentAsString()).contains("chưa thuộc bộ phận nào");
    assertThat(entry(round, "1.1", person(Role.PAR_OFFICER, w.a, null)).getStatus()).isEqualTo(200);
    assertThat(entries(round)).isEqualTo(3);
  }

  @Test
  void staleMissingOrBadAssignmentsAndForeignAssignersAreRefusedAndStoreNothing() throws Exception {
    long round = w.openRound(2031);
    RequestPostProcessor officer = person(Role.PAR_OFFICER, w.a, office);
    String one = "[{\"code\":\"1.1\",\"department\":" + office + "}]";
    assertThat(assign(round, w.a, one, officer).getStatus()).isEqualTo(428);
    MockHttpServletResponse foreign =
        assign(
            round,
            w.a,
            "{\"version\":0,\"assignments\":[{\"code\":\"1.1\",\"department\":"
                + otherCommunes
                + "},{\"code\":\"7.7\",\"department\":"
                + office
                + "}]}",
            officer);
    assertThat(foreign.getStatus()).isEqualTo(422);
    assertThat(foreign.getContentAsString()).contains("Dòng 1", "Dòng 2", "7.7");
    assertThat(
            assign(
                    round,
                    w.a,
                    "{\"version\":0,\"assignments\":" + one + "}",
                    person(Role.PAR_OFFICER, w.b, null))
                .getStatus())
        .isEqualTo(404);
    assertThat(
            assign(
                    round,
                    w.a,
                    "{\"version\":0,\"assignments\":" + one + "}",
                    person(Role.DEPARTMENT_OFFICIAL, w.a, office))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            assign(
                    round,
                    w.a,
                    "{\"version\":0,\"assignments\":" + one + "}",
                    person(Role.LEADER, w.a, null))
                .getStatus())
        .isEqualTo(403);
    assertThat(rows("round_filler")).isZero();

    assertThat(
            w.call(
                    put(w.unitPath(round, w.a) + "/assignments")
                        .contentType("application/json")
                        .content(one)
                        .header("If-Match", "\"0\""),
                    officer)
                .getStatus())
        .isEqualTo(200);
    MockHttpServletResponse stale =
        assign(round, w.a, "{\"version\":0,\"assignments\":[]}", officer);
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString()).contains("người khác");
    assertThat(rows("round_filler")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'ROUND_FILLERS'"
                        + " and field = '1.1' and new_value = 'Văn phòng – Thống kê'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);
    String read =
        w.call(get(w.unitPath(round, w.a) + "/assignments"), person(Role.APPRAISER, w.p, null))
            .getContentAsString();
    assertThat((Integer) JsonPath.read(read, "$.version")).isEqualTo(1);
  }

  private long rows(String table) {
    return jdbc.sql(
            "select count(*) from "
                + table
                + " where round_unit_id in (select id from round_unit where unit_id = ?)")
        .param(w.a.id())
        .query(Long.class)
        .single();
  }

  @Test
  void twoReassignmentsFromTheSameVersionKeepOneWholeAndRefuseTheOther() throws Exception {
    long round = w.openRound(2031);
    RequestPostProcessor officer = person(Role.PAR_OFFICER, w.a, office);
    String toOffice =
        "{\"version\":0,\"assignments\":[{\"code\":\"1\",\"department\":" + office + "}]}";
    String toJustice =
        "{\"version\":0,\"assignments\":[{\"code\":\"1.1\",\"department\":"
            + justice
            + "},{\"code\":\"1.2\",\"department\":"
            + justice
            + "}]}";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (String body : List.of(toOffice, toJustice)) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return assign(round, w.a, body, officer).getStatus();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      long stored = rows("round_filler");
      boolean officeWon = statuses.get(0) == 200;
      assertThat(stored).isEqualTo(officeWon ? 1 : 2);
      assertThat(
              jdbc.sql("select fillers_version from round_unit where round_id = ? and unit_id = ?")
                  .params(round, w.a.id())
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void appraisersOfADepartmentAppraiseOnlyTheirCriteriaAndABadOpeningOpensNothing()
      throws Exception {
    String appraisers =
        ",\"appraisers\":[{\"code\":\"1.3\",\"department\":\"Sở Tư pháp\"},"
            + "{\"code\":\"1\",\"department\":"
            + provinceHome
            + "}]";
    MockHttpServletResponse bad =
        w.json(
            post("/api/v1/rounds"),
            "{\"year\":2032,\"parent\":\"%s\",\"framework\":%d,%s,\"appraisers\":[{\"code\":\"1\",\"department\":%d}]}"
                .formatted(w.p.code(), w.setId, RoundWorld.windows(2032), otherCommunes),
            person(Role.APPRAISER, w.p, null));
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(
            jdbc.sql("select count(*) from index_round where parent_unit_id = ?")
                .param(w.p.id())
                .query(Long.class)
                .single())
        .isZero();

    MockHttpServletResponse opened =
        w.json(
            post("/api/v1/rounds"),
            "{\"year\":2031,\"parent\":\"%s\",\"framework\":%d,%s%s}"
                .formatted(w.p.code(), w.setId, RoundWorld.windows(2031), appraisers),
            person(Role.APPRAISER, w.p, null));
    assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
    long round = ((Number) JsonPath.read(opened.getContentAsString(), "$.id")).longValue();
    RoundCyclePostgresTest.ok(entry(round, "1.1", person(Role.PAR_OFFICER, w.a, null)));
    RoundCyclePostgresTest.ok(w.step(round, w.a, "submit", RoundWorld.as(Role.LEADER, w.a)));

    MovableClock.CLOCK.at(LocalDate.of(2031, 2, 5));
    String cut = "{\"round\":1,\"points\":1,\"note\":\"Thiếu văn bản\"}";
    RequestPostProcessor law = person(Role.APPRAISER, w.p, provinceLaw);
    assertThat(w.appraise(round, w.a, "1.3", cut, law).getStatus()).isEqualTo(200);
    MockHttpServletResponse notTheirs = w.appraise(round, w.a, "1.1", cut, law);
    assertThat(notTheirs.getStatus()).isEqualTo(403);
    assertThat(notTheirs.getContentAsString()).contains("Sở Nội vụ");
    assertThat(w.appraise(round, w.a, "1.1", cut, person(Role.APPRAISER, w.p, null)).getStatus())
        .isEqualTo(200);

    // an appraiser of a department appraises its criteria, and does not end the unit's round for
    // the others: the page does not offer it, the API refuses it, and the round stays open
    MockHttpServletResponse lawPage =
        mvc.perform(get("/rounds/" + round + "/units/" + w.a.code()).with(law))
            .andReturn()
            .getResponse();
    assertThat(lawPage.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("appraise-open")
        .doesNotContain("/appraisals/complete");
    MockHttpServletResponse endByLaw = w.step(round, w.a, "appraisals/complete", law);
    assertThat(endByLaw.getStatus()).isEqualTo(403);
    assertThat(endByLaw.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("chỉ người thẩm định không thuộc phòng, ban nào");
    assertThat(
            jdbc.sql("select state from round_unit where round_id = ? and unit_id = ?")
                .params(round, w.a.id())
                .query(String.class)
                .single())
        .isEqualTo("SUBMITTED");
    MockHttpServletResponse generalPage =
        mvc.perform(
                get("/rounds/" + round + "/units/" + w.a.code())
                    .with(person(Role.APPRAISER, w.p, null)))
            .andReturn()
            .getResponse();
    assertThat(generalPage.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("/appraisals/complete");

    // the unit's page names each leaf's filler and appraiser, both read at once with their names
    RoundCyclePostgresTest.ok(
        assign(
            round,
            w.a,
            "{\"version\":0,\"assignments\":[{\"code\":\"1.3\",\"department\":" + justice + "}]}",
            person(Role.PAR_OFFICER, w.a, office)));
    MockHttpServletResponse page =
        mvc.perform(get("/rounds/" + round + "/units/" + w.a.code()).with(law))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains(
            "Bộ phận nhập: Tư pháp – Hộ tịch",
            "Chưa phân công bộ phận nhập",
            "Thẩm định: Sở Tư pháp",
            "Thẩm định: Sở Nội vụ");

    MockHttpServletResponse read =
        w.call(
            get("/api/v1/rounds/" + round + "/appraisers"), RoundWorld.as(Role.PAR_OFFICER, w.a));
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat((Integer) JsonPath.read(read.getContentAsString(), "$.version")).isEqualTo(1);
    MockHttpServletResponse byCommune =
        w.json(
            put("/api/v1/rounds/" + round + "/appraisers"),
            "{\"version\":1,\"assignments\":[]}",
            person(Role.PAR_OFFICER, w.a, office));
    assertThat(byCommune.getStatus()).isEqualTo(404);
    MockHttpServletResponse cleared =
        w.json(
            put("/api/v1/rounds/" + round + "/appraisers"),
            "{\"version\":1,\"assignments\":[]}",
            person(Role.APPRAISER, w.p, null));
    assertThat(cleared.getStatus()).isEqualTo(200);
    assertThat(w.appraise(round, w.a, "1.2", "{\"round\":1,\"points\":3}", law).getStatus())
        .isEqualTo(200);
  }
}
