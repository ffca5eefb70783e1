package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.support.PostgresTest;
import vn.parindex.support.StatementCounter;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * What the appraiser's page of one unit costs at the size of a real criteria set (80 leaves, each
 * self-assessed with two documents, four cut in round 1, two explained), awaiting round 2: each
 * thing it shows read once whatever the number of leaves (12 statements at most, 19 when the round
 * and row, the fillers and appraisers, their versions, the reopenings and the cited documents were
 * read apart, 46 when each of the page's parts read the round, unit, row and scope again; one per
 * leaf would be 80 more), and the bytes one request allocates, printed for the benchmark's notes.
 * And the officer's page of the same unit while self-assessing, with a library of 100 documents: a
 * button on each leaf, the self-assessment form (which lists the whole library) only on the leaf
 * opened.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-unit-page-cost-test")
@AutoConfigureMockMvc
@Import({MovableClock.class, StatementCounter.class})
class UnitPageCostPostgresTest {

  static final int YEAR = 2045;

  /**
   * The officer's page of 80 leaves and 100 documents without a form open, at most: 136 KB
   * measured, 1,838 KB when each leaf carried its form with the library's 100 boxes to tick.
   */
  static final int OFFICER_PAGE_BYTES = 200 * 1024;

  /**
   * What the appraiser's page may allocate in MockMvc beyond a 404 page: 4,646 KB measured (the
   * whole request 4,866 KB; 5,349–5,788 KB before its parts shared one read and its texts were
   * written once a page). MockMvc keeps the page's bytes and text several times over; on Tomcat's
   * threads the whole request allocates ~400 KB (bench/README.md).
   */
  static final long PAGE_BYTES_ALLOCATED = 5L * 1024 * 1024;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;

  @Test
  void theAppraisersPageOfEightyLeavesCostsAFewStatements() throws Exception {
    Unit p =
        units.save(new Unit(null, "UPD-P", "Tỉnh Đo", UnitType.PROVINCE, null, null, null, false));
    Unit a =
        units.save(new Unit(null, "UPD-A", "Xã Đo", UnitType.COMMUNE, p.id(), null, null, false));
    Unit b =
        units.save(
            new Unit(null, "UPD-B", "Xã Đo Hai", UnitType.COMMUNE, p.id(), null, null, false));
    CriteriaSet set = sets.save(criteriaSet());
    RoundWorld w = new RoundWorld(mvc, units, sets, "UPC");
    MovableClock.CLOCK.at(LocalDate.of(YEAR, 1, 5));
    var appraiser = RoundWorld.as(Role.APPRAISER, p);
    var opened =
        w.json(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/rounds"),
            "{\"year\":%d,\"parent\":\"%s\",\"framework\":%d,%s}"
                .formatted(YEAR, p.code(), set.id(), RoundWorld.windows(YEAR)),
            appraiser);
    assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
    long round =
        ((Number) com.jayway.jsonpath.JsonPath.read(opened.getContentAsString(), "$.id"))
            .longValue();
    MovableClock.CLOCK.at(LocalDate.of(YEAR, 1, 20));
    long doc1 = w.evidence(a, "1/KH-UBND");
    long doc2 = w.evidence(a, "2/BC-UBND");
    selfAssessAll(w, set, round, a, doc1, doc2);
    officersPage(w, set, round, b);
    RoundCyclePostgresTest.ok(w.step(round, a, "submit", RoundWorld.as(Role.LEADER, a)));
    MovableClock.CLOCK.at(LocalDate.of(YEAR, 2, 10));
    List<String> cut = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String code = set.leaves().get(i * 13).code().value();
      cut.add(code);
      RoundCyclePostgresTest.ok(
          w.appraise(
              round,
              a,
              code,
              "{\"round\":1,\"points\":0,\"note\":\"Chưa có dẫn chứng\"}",
              appraiser));
    }
    RoundCyclePostgresTest.ok(w.step(round, a, "appraisals/complete", appraiser));
    MovableClock.CLOCK.at(LocalDate.of(YEAR, 2, 20));
    String path = "/rounds/" + round + "/units/" + a.code();
    // the four cut leaves offer an explanation behind a button, the form only on the one opened
    var officer = RoundWorld.as(Role.PAR_OFFICER, a);
    String explaining = page(path, officer);
    assertThat(explaining).doesNotContain("explain-form", "name=\"evidence_");
    assertThat(explaining.split("class=\"explain-open\"", -1)).hasSize(5);
    String explainOpen = page(path + "?edit=" + cut.get(1), officer);
    assertThat(explainOpen.split("class=\"explain-form\"", -1)).hasSize(2);
    assertThat(explainOpen).contains("id=\"x-" + cut.get(1) + "-text\"");
    for (String code : cut.subList(0, 2)) {
      RoundCyclePostgresTest.ok(
          w.json(
              put(w.unitPath(round, a) + "/explanations/" + code),
              "{\"agree\":false,\"text\":\"Đã có văn bản\",\"evidence\":[" + doc1 + "]}",
              RoundWorld.as(Role.PAR_OFFICER, a)));
    }
    RoundCyclePostgresTest.ok(
        w.step(round, a, "explanations/submit", RoundWorld.as(Role.LEADER, a)));
    MovableClock.CLOCK.at(LocalDate.of(YEAR, 3, 5));

    for (int i = 0; i < 20; i++) {
      page(path, appraiser); // warm: the JIT, the caches
    }
    int runs = Integer.getInteger("pagecost.runs", 20);
    long perPage = allocated(() -> page(path, appraiser), runs);
    // the same request for a unit that does not exist (a 404 page): what MockMvc, the filters
    // and the session cost whatever the page, taken off to leave what the page itself allocates
    String none = "/rounds/" + round + "/units/UPD-NONE";
    long floor =
        allocated(
            () -> {
              var response = mvc.perform(get(none).with(appraiser)).andReturn().getResponse();
              assertThat(response.getStatus()).isEqualTo(404);
              return response;
            },
            runs);
    StatementCounter.Counted<String> counted = StatementCounter.count(() -> page(path, appraiser));
    String html = counted.result();
    System.out.printf(
        "Appraiser's unit page, 80 leaves: %d KB allocated a request (MockMvc included), %d KB"
            + " beyond a 404 page's %d KB, %d statements, %d KB of HTML%n",
        perPage / 1024,
        (perPage - floor) / 1024,
        floor / 1024,
        counted.statements(),
        html.getBytes(StandardCharsets.UTF_8).length / 1024);
    // every leaf with its evidence, its stages and the link to its round-2 form, the form itself
    // only on the leaf opened
    assertThat(html.split("class=\"appraise-open\"", -1)).hasSize(81);
    assertThat(html).doesNotContain("appraise-form");
    String editing = page(path + "?edit=" + cut.get(0), appraiser);
    assertThat(editing.split("class=\"appraise-form\"", -1)).hasSize(2);
    assertThat(editing).contains("id=\"a-" + cut.get(0) + "-points\"");
    assertThat(html).contains("1/KH-UBND", "Đã có văn bản", "Chưa có dẫn chứng");
    // once each: the unit, the round with the unit's row, the reader's scope, its reopenings
    // (listed, and the open ones' lifts), the entries and their links, the library (with the
    // documents they cite), the fillers and the appraisers together each with its version, the
    // adjustments with theirs, the round's parent; and MockMvc's new session (2)
    assertThat(counted.statements()).as("%s", counted.bySql()).isLessThanOrEqualTo(12);
    assertThat(perPage - floor)
        .as("bytes the page allocates beyond a 404 page (MockMvc keeps its own copies of it)")
        .isLessThan(PAGE_BYTES_ALLOCATED);
  }

  /** The bytes this thread allocates for one run of the work, the mean of {@code runs}. */
  private static long allocated(java.util.concurrent.Callable<?> work, int runs) throws Exception {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < runs; i++) {
      work.call();
    }
    return (threads.getCurrentThreadAllocatedBytes() - before) / runs;
  }

  /** Every leaf self-assessed (its maximum, or 9 of 10), with a note and the two documents. */
  private static void selfAssessAll(
      RoundWorld w, CriteriaSet set, long round, Unit unit, long doc1, long doc2) throws Exception {
    for (Criterion leaf : set.leaves()) {
      String body =
          switch (leaf.methodOrManual().kind()) {
            case BINARY -> "{\"done\":true";
            case MANUAL -> "{\"points\":" + leaf.maxPoints().toPlainString();
            default -> "{\"numerator\":9,\"denominator\":10";
          };
      RoundCyclePostgresTest.ok(
          w.entry(
              round,
              unit,
              leaf.code().value(),
              body + ",\"note\":\"Đã làm\",\"evidence\":[" + doc1 + "," + doc2 + "]}",
              Role.PAR_OFFICER));
    }
  }

  /**
   * The officer's page of another unit while self-assessing, its 80 leaves entered and its library
   * of 100 documents: no form and no document to tick until a leaf's form is opened, then that
   * leaf's alone, listing the library once. (Another unit, so the appraiser's figures of the first
   * are measured with its two documents, as before.)
   */
  private void officersPage(RoundWorld w, CriteriaSet set, long round, Unit a) throws Exception {
    long doc1 = w.evidence(a, "1/KH-UBND");
    long doc2 = w.evidence(a, "2/BC-UBND");
    for (int i = 3; i <= 100; i++) {
      w.evidence(a, i + "/CV-UBND");
    }
    selfAssessAll(w, set, round, a, doc1, doc2);
    String path = "/rounds/" + round + "/units/" + a.code();
    var officer = RoundWorld.as(Role.PAR_OFFICER, a);
    String html = page(path, officer);
    String opened = page(path + "?edit=1.2", officer);
    System.out.printf(
        "Officer's unit page, 80 leaves, 100 documents: %d KB of HTML (%d KB with a leaf's form"
            + " open)%n",
        html.getBytes(StandardCharsets.UTF_8).length / 1024,
        opened.getBytes(StandardCharsets.UTF_8).length / 1024);
    assertThat(html).doesNotContain("self-form", "name=\"evidence_");
    assertThat(html.split("class=\"self-open\"", -1)).hasSize(81);
    assertThat(html).contains("1/KH-UBND", "Đã làm", "Sửa tự đánh giá");
    assertThat(opened.split("class=\"self-form\"", -1)).hasSize(2);
    assertThat(opened.split("name=\"evidence_", -1)).hasSize(101);
    assertThat(opened).contains("id=\"s-1.2-points\"");
    assertThat(html.getBytes(StandardCharsets.UTF_8).length)
        .as("the officer's page without its 80 self-assessment forms")
        .isLessThan(OFFICER_PAGE_BYTES);
  }

  private String page(
      String path, org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    return body;
  }

  /** 8 areas × 10 leaves, done-or-not, manual and proportional in turn, as the benchmark's. */
  private CriteriaSet criteriaSet() {
    List<Criterion> criteria = new ArrayList<>();
    int position = 0;
    for (int area = 1; area <= 8; area++) {
      BigDecimal max = BigDecimal.valueOf(area % 2 == 0 ? 15 : 10);
      criteria.add(
          new Criterion(CriterionCode.of("" + area), "Lĩnh vực " + area, max, null, ++position));
      for (int l = 1; l <= 10; l++) {
        criteria.add(
            new Criterion(
                CriterionCode.of(area + "." + l),
                "Tiêu chí " + area + "." + l + " về công tác cải cách hành chính",
                max.divide(BigDecimal.TEN),
                switch (l % 3) {
                  case 1 -> new Scoring.Binary();
                  case 2 -> new Scoring.Manual();
                  default -> new Scoring.Proportional(null);
                },
                ++position));
      }
    }
    return CriteriaSet.create(
        null,
        "Bộ chỉ số đo trang",
        YEAR,
        UnitType.COMMUNE,
        sets.nextVersion(YEAR, UnitType.COMMUNE),
        false,
        "test",
        criteria,
        List.of(
            new ClassificationBand(new BigDecimal("80"), "Tốt"),
            new ClassificationBand(BigDecimal.ZERO, "Trung bình")));
  }
}
