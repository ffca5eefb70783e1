package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.round.document.DecisionXlsx;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.LineageKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The round's documents through the API on PostgreSQL: the report (a draft, then the submitted one
 * with the chairman's texts), seen only within scope; the decision refused before publication, then
 * with each unit's rank and its change against last year through lineage, frozen at publication.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-docs-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundDocumentsPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();
  static final RoundWorld.TestClock CLOCK = MovableClock.CLOCK;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;

  RoundWorld w;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "RD" + WORLDS.incrementAndGet());
    CLOCK.at(LocalDate.of(2031, 1, 5));
  }

  @Test
  void theReportIsADraftUntilSubmittedThenCarriesTheChairmansTextsAndStaysInScope()
      throws Exception {
    long round = w.openRound(2031);
    CLOCK.at(LocalDate.of(2031, 1, 20));
    long plan = w.evidence(w.a, "12/KH-UBND");
    RoundCyclePostgresTest.ok(
        w.entry(
            round,
            w.a,
            "1.1",
            "{\"points\":3.5,\"note\":\"Có kế hoạch\",\"evidence\":[" + plan + "]}",
            Role.PAR_OFFICER));
    String draft = text(report(round, w.a, "docx", RoundWorld.as(Role.PAR_OFFICER, w.a)));
    assertThat(draft)
        .contains("DỰ THẢO")
        .contains("3,50")
        .contains("Số 12/KH-UBND ngày 15/01/2031");
    assertThat(
            w.call(
                    get("/rounds/" + round + "/units/" + w.a.code()),
                    RoundWorld.as(Role.LEADER, w.a))
                .getContentAsString())
        .contains(w.unitPath(round, w.a) + "/report.docx")
        .contains(w.unitPath(round, w.a) + "/report.pdf");

    // too long: 422 naming the field, and the unit is not submitted
    MockHttpServletResponse refused =
        w.json(
            post(w.unitPath(round, w.a) + "/submit"),
            "{\"difficulties\":\"" + "x".repeat(4001) + "\"}",
            RoundWorld.as(Role.LEADER, w.a));
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("Khó khăn, vướng mắc");
    assertThat(w.state(round, w.a)).isEqualTo("DRAFT");

    RoundCyclePostgresTest.ok(
        w.json(
            post(w.unitPath(round, w.a) + "/submit"),
            "{\"difficulties\":\"Thiếu công chức văn hóa.\",\"proposals\":\"Đề nghị tập"
                + " huấn.\",\"acknowledgeWarnings\":true}",
            RoundWorld.as(Role.LEADER, w.a)));
    String submitted = text(report(round, w.a, "docx", RoundWorld.as(Role.APPRAISER, w.p)));
    assertThat(submitted)
        .doesNotContain("DỰ THẢO")
        .contains("ngày 20 tháng 01 năm 2031")
        .contains("Thiếu công chức văn hóa.")
        .contains("Đề nghị tập huấn.")
        .contains("Tổng điểm tự đánh giá: 3,50/15,00 điểm");
    MockHttpServletResponse pdf = report(round, w.a, "pdf", RoundWorld.as(Role.LEADER, w.a));
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

    // the chairman of B submits from the page, with his texts, having seen that B self-assessed
    // nothing yet
    MockHttpServletResponse page =
        mvc.perform(
                post("/rounds/" + round + "/units/" + w.b.code() + "/submit")
                    .param("difficulties", "Máy tính đã cũ.")
                    .param("proposals", "")
                    .param("acknowledgeWarnings", "on")
                    .with(csrf())
                    .with(RoundWorld.as(Role.LEADER, w.b)))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(302);
    assertThat(text(report(round, w.b, "docx", RoundWorld.as(Role.LEADER, w.b))))
        .contains("Máy tính đã cũ.")
        .contains("Không có.");

    // another commune's report, or one of another province: 404, as for the unit itself
    assertThat(report(round, w.a, "docx", RoundWorld.as(Role.LEADER, w.b)).getStatus())
        .isEqualTo(404);
    assertThat(report(round, w.a, "pdf", RoundWorld.as(Role.PAR_OFFICER, w.c)).getStatus())
        .isEqualTo(404);
    assertThat(report(round, w.a, "pdf", RoundWorld.as(Role.APPRAISER, w.p2)).getStatus())
        .isEqualTo(404);
  }

  @Test
  void theDecisionComesWithPublicationAndItsChangeAgainstLastYearGoesThroughLineage()
      throws Exception {
    long first = w.openRound(2031);
    MockHttpServletResponse early =
        w.call(
            get("/api/v1/rounds/" + first + "/decision.docx"), RoundWorld.as(Role.APPRAISER, w.p));
    assertThat(early.getStatus()).isEqualTo(409);
    assertThat(early.getContentAsString()).contains("Vòng đánh giá năm 2031 chưa công bố");
    Map<Unit, String> year1 = new LinkedHashMap<>();
    year1.put(w.a, "4");
    year1.put(w.b, "2");
    cycle(first, 2031, year1, "123/QĐ-UBND");

    // a year later: B renamed into M (lineage), and a new commune N
    CLOCK.at(LocalDate.of(2032, 1, 5));
    Unit m =
        units.save(
            new Unit(
                null,
                w.b.code() + "M",
                "Xã Hai Mới",
                UnitType.COMMUNE,
                w.p.id(),
                null,
                null,
                false));
    units.link(new Lineage(w.b.id(), m.id(), LineageKind.RENAMED, LocalDate.of(2032, 1, 1)));
    Unit n =
        units.save(
            new Unit(
                null, w.a.code() + "N", "Xã Năm", UnitType.COMMUNE, w.p.id(), null, null, false));
    long second = w.openRound(2032);
    Map<Unit, String> year2 = new LinkedHashMap<>();
    year2.put(w.b, "4");
    year2.put(m, "3");
    year2.put(w.a, "2");
    year2.put(n, "1");
    cycle(second, 2032, year2, "45/QĐ-UBND");

    assertThat(previousRank(second, w.b)).isEqualTo(2);
    assertThat(previousRank(second, m)).isEqualTo(2);
    assertThat(previousRank(second, w.a)).isEqualTo(1);
    assertThat(previousRank(second, n)).isNull();
    // the plans drafted at publication open with the rank and its change against last year
    assertThat(opening(second, w.a)).contains("đứng thứ 3/4", "(giảm 2 bậc so với năm 2031)");
    assertThat(opening(second, n)).contains("đứng thứ 4/4").doesNotContain("bậc so với");
    // and cite the decision that published them, not dots to fill
    assertThat(texts(second, w.a, "LEGAL"))
        .contains("Căn cứ Quyết định số 45/QĐ-UBND ngày 31/03/2032 về việc phê duyệt")
        .doesNotContain("……");

    String docx = text(decision(second, "docx", RoundWorld.as(Role.PAR_OFFICER, w.a)));
    assertThat(docx)
        .contains("Số: 45/QĐ-UBND")
        .contains("ngày 31 tháng 3 năm 2032")
        .contains("(Kèm theo Quyết định số 45/QĐ-UBND ngày 31/03/2032")
        .contains("Xã Hai\t")
        .contains("tăng 1 bậc")
        .contains("giữ nguyên")
        .contains("giảm 2 bậc")
        .contains("—");
    MockHttpServletResponse xlsx = decision(second, "xlsx", RoundWorld.as(Role.APPRAISER, w.p));
    assertThat(xlsx.getStatus()).isEqualTo(200);
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      // STT, unit, areas 1 and 2, total, %, rank, band, change
      Map<String, Row> rows = new LinkedHashMap<>();
      // the lines end at the blank row above the area legend
      for (int r = DecisionXlsx.HEADER_ROW + 1; sheet.getRow(r) != null; r++) {
        rows.put(sheet.getRow(r).getCell(1).getStringCellValue(), sheet.getRow(r));
      }
      assertThat(rows.keySet()).containsExactly("Xã Hai", "Xã Hai Mới", "Xã Một", "Xã Năm");
      Row a = rows.get("Xã Một");
      assertThat(a.getCell(2).getNumericCellValue()).isEqualTo(2); // area 1: its 1.1
      // area 2: its survey points, as the total counts them
      assertThat(a.getCell(3).getNumericCellValue()).isEqualTo(1.5);
      assertThat(a.getCell(4).getNumericCellValue()).isEqualTo(3.5);
      assertThat(a.getCell(5).getNumericCellValue()).isEqualTo(23.33); // 3,5 of 15
      assertThat(a.getCell(6).getNumericCellValue()).isEqualTo(3);
      assertThat(a.getCell(8).getStringCellValue()).isEqualTo("giảm 2 bậc");
      assertThat(rows.get("Xã Năm").getCell(8).getStringCellValue()).isEqualTo("—");
      assertThat(rows.get("Xã Hai Mới").getCell(8).getStringCellValue()).isEqualTo("giữ nguyên");
      // below the lines, after a blank row, the legend: each area of the set, its name and max
      java.util.List<String> legend = new java.util.ArrayList<>();
      for (int r = DecisionXlsx.HEADER_ROW + rows.size() + 2; r <= sheet.getLastRowNum(); r++) {
        legend.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      java.util.List<String> areas =
          sets.findById(w.setId).orElseThrow().roots().stream()
              .map(
                  area ->
                      "Lĩnh vực "
                          + area.code()
                          + ": "
                          + area.name()
                          + " (tối đa "
                          + area.maxPoints().setScale(2).toPlainString().replace('.', ',')
                          + " điểm).")
              .toList();
      assertThat(areas)
          .containsExactly(
              "Lĩnh vực 1: Công tác chỉ đạo (tối đa 10,00 điểm).",
              "Lĩnh vực 2: Mức độ hài lòng (tối đa 5,00 điểm).");
      assertThat(legend).containsExactlyElementsOf(areas);
      areas.forEach(line -> assertThat(docx).contains(line));
    }
    assertThat(decision(second, "pdf", RoundWorld.as(Role.APPRAISER, w.p2)).getStatus())
        .isEqualTo(404);
    assertThat(
            w.call(get("/rounds/" + second), RoundWorld.as(Role.APPRAISER, w.p))
                .getContentAsString())
        .contains("/api/v1/rounds/" + second + "/decision.xlsx");
  }

  /** Every unit claims its points on 1.1 only; appraised as claimed; then published. */
  private void cycle(long round, int year, Map<Unit, String> points, String number)
      throws Exception {
    CLOCK.at(LocalDate.of(year, 1, 20));
    for (Map.Entry<Unit, String> e : points.entrySet()) {
      RoundCyclePostgresTest.ok(
          w.entry(round, e.getKey(), "1.1", "{\"points\":" + e.getValue() + "}", Role.PAR_OFFICER));
      RoundCyclePostgresTest.ok(
          w.step(round, e.getKey(), "submit", RoundWorld.as(Role.LEADER, e.getKey())));
    }
    CLOCK.at(LocalDate.of(year, 2, 10));
    for (Unit u : points.keySet()) {
      RoundCyclePostgresTest.ok(
          w.step(round, u, "appraisals/complete", RoundWorld.as(Role.APPRAISER, w.p)));
    }
    // appraised as claimed: nothing cut or flagged, so nothing to explain before round 2
    for (Unit u : points.keySet()) {
      assertThat(w.state(round, u)).isEqualTo("EXPLAINED");
    }
    CLOCK.at(LocalDate.of(year, 3, 10));
    for (Unit u : points.keySet()) {
      RoundCyclePostgresTest.ok(
          w.step(round, u, "appraisals/complete", RoundWorld.as(Role.APPRAISER, w.p)));
    }
    if (year == 2032) {
      // the survey gives every unit 1,5 of 2.1's 5 points (ranks unchanged)
      StringBuilder csv = new StringBuilder("Mã đơn vị,Mã tiêu chí,Điểm\n");
      points.keySet().forEach(u -> csv.append(u.code()).append(",2.1,\"1,5\"\n"));
      RoundCyclePostgresTest.ok(
          w.call(
              multipart("/api/v1/rounds/" + round + "/survey")
                  .file(
                      new org.springframework.mock.web.MockMultipartFile(
                          "file",
                          "dieu-tra.csv",
                          "text/csv",
                          csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))),
              RoundWorld.as(Role.APPRAISER, w.p)));
    }
    CLOCK.at(LocalDate.of(year, 3, 31));
    RoundCyclePostgresTest.ok(
        w.json(
            post("/api/v1/rounds/" + round + "/publish"),
            "{\"number\":\"" + number + "\",\"date\":\"" + year + "-03-31\"}",
            Accounts.admin()));
  }

  private String opening(long round, Unit unit) {
    return texts(round, unit, "OPENING");
  }

  private String texts(long round, Unit unit, String kind) {
    return jdbc.sql(
            "select t.content from plan_text t join plan p on p.id = t.plan_id"
                + " join assessment a on a.id = p.assessment_id"
                + " join round_unit ru on ru.unit_id = a.unit_id and ru.round_id = ?"
                + " join index_round r on r.id = ru.round_id and r.index_year = a.index_year"
                + " where a.unit_id = ? and t.kind = ?")
        .params(round, unit.id(), kind)
        .query(String.class)
        .list()
        .toString();
  }

  private Integer previousRank(long round, Unit unit) {
    return jdbc.sql("select previous_rank from round_unit where round_id = ? and unit_id = ?")
        .params(round, unit.id())
        .query((rs, i) -> rs.getObject(1, Integer.class))
        .list()
        .get(0);
  }

  private MockHttpServletResponse report(
      long round,
      Unit unit,
      String kind,
      org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    return w.call(get(w.unitPath(round, unit) + "/report." + kind), who);
  }

  private MockHttpServletResponse decision(
      long round,
      String kind,
      org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    return w.call(get("/api/v1/rounds/" + round + "/decision." + kind), who);
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return vn.parindex.round.document.RoundDocumentsContentTestAccess.docx(
        response.getContentAsByteArray());
  }
}
