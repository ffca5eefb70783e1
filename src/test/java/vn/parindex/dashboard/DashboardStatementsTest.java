package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.support.StatementCounter;
import vn.parindex.unit.UnitType;

/**
 * What a dashboard request costs in SQL statements is bounded and does not grow with the data: a
 * province of 3 communes with 4 tasks each and one of 40 communes with 60 tasks each (scores for
 * two years in both) take the same number of statements per page, for an officer, an appraiser and
 * the province page, the first time (rankings and counts computed) and after (kept).
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardStatementsTest {

  /**
   * Statements of a dashboard page today, kept figures read: 4 (the units in scope, the task
   * counts, the unit's family with its departments, its assessments by year), plus the 2 that store
   * the new session each MockMvc request opens (a browser's session is read once instead). A page
   * reading per unit or per task goes past it.
   */
  static final int UNIT_PAGE = 6;

  /**
   * The province page with its rankings and counts kept: its units' latest year, plus the session.
   */
  static final int PROVINCE_PAGE_KEPT = 4;

  /**
   * The task board: its tasks, and its unit's code with its departments in one read (they also name
   * the rows' departments, which were read a second time before), plus the new session's 2.
   */
  static final int TASK_BOARD = 4;

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired CriteriaSets sets;

  long small;
  long large;

  @BeforeAll
  void seed() {
    List<Criterion> criteria = new ArrayList<>();
    for (int a = 1; a <= 3; a++) {
      criteria.add(
          new Criterion(CriterionCode.of("" + a), "Lĩnh vực " + a, BigDecimal.TEN, null, a * 10));
      for (int l = 1; l <= 4; l++) {
        criteria.add(
            new Criterion(
                CriterionCode.of(a + "." + l),
                "Tiêu chí " + a + "." + l,
                new BigDecimal("2.5"),
                null,
                a * 10 + l));
      }
    }
    List<Long> sets2 = new ArrayList<>();
    for (int year = 2023; year <= 2024; year++) {
      sets2.add(
          sets.save(
                  CriteriaSet.create(
                      null,
                      "Đếm câu lệnh " + year,
                      year,
                      UnitType.COMMUNE,
                      1,
                      false,
                      "test",
                      criteria,
                      List.of(new ClassificationBand(BigDecimal.ZERO, "Khá"))))
              .id());
    }
    long warm = province("WQ", 3, 4, sets2, criteria);
    small = province("SQ", 3, 4, sets2, criteria);
    large = province("LQ", 40, 60, sets2, criteria);
    // What pages load once for all units (criteria sets, texts, the demo banner) is loaded first.
    try {
      statements("/dashboard/province?unit=WQ", Accounts.as(Role.APPRAISER, warm), "children");
      statements("/dashboard?unit=WQ-1", Accounts.as(Role.APPRAISER, warm), "chart-departments");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long province(
      String code, int communes, int tasks, List<Long> setIds, List<Criterion> criteria) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    jdbc.update(
        "insert into unit (code, name, type, demo) values (?, ?, 'PROVINCE', false)",
        code,
        "Tỉnh " + code);
    long province = jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    LocalDate today = LocalDate.now();
    String[] states = {"PLANNED", "IN_PROGRESS", "DONE", "VERIFIED", "CANCELLED"};
    for (int c = 1; c <= communes; c++) {
      jdbc.update(
          "insert into unit (code, name, type, parent_id, demo) values (?, ?, 'COMMUNE', ?, false)",
          code + "-" + c,
          "Xã " + code + " " + c,
          province);
      long unit =
          jdbc.queryForObject("select id from unit where code = ?", Long.class, code + "-" + c);
      List<Object[]> departments = new ArrayList<>();
      for (String d : List.of("Văn phòng", "Tư pháp", "Văn hóa")) {
        departments.add(new Object[] {unit, d});
      }
      jdbc.batchUpdate(
          "insert into department (unit_id, name, kind, active) values (?, ?, 'DEPARTMENT', true)",
          departments);
      List<Long> deps =
          jdbc.queryForList(
              "select id from department where unit_id = ? order by id", Long.class, unit);
      List<Object[]> rows = new ArrayList<>();
      for (int t = 0; t < tasks; t++) {
        String state = states[t % states.length];
        LocalDate due = today.plusDays(t * 7L - 100);
        rows.add(
            new Object[] {
              unit,
              "Nhiệm vụ " + t,
              deps.get(t % deps.size()),
              Date.valueOf(due),
              state,
              state.equals("VERIFIED") ? Timestamp.valueOf(due.atStartOfDay()) : null,
              now
            });
      }
      jdbc.batchUpdate(
          "insert into task (unit_id, source, title, department_id, due_on, status, verified_at,"
              + " created_at) values (?, 'PLAN', ?, ?, ?, ?, ?, ?)",
          rows);
      for (int y = 0; y < setIds.size(); y++) {
        jdbc.update(
            "insert into assessment (unit_id, index_year, set_id, stage, created_at)"
                + " values (?, ?, ?, 'PUBLISHED', ?)",
            unit,
            2023 + y,
            setIds.get(y),
            now);
        long assessment =
            jdbc.queryForObject(
                "select id from assessment where unit_id = ? and index_year = ?",
                Long.class,
                unit,
                2023 + y);
        List<Object[]> entries = new ArrayList<>();
        for (Criterion leaf : criteria) {
          if (leaf.depth() == 2) {
            entries.add(
                new Object[] {
                  assessment, leaf.code().value(), new BigDecimal((c + y) % 3 == 0 ? "1.5" : "2.5")
                });
          }
        }
        jdbc.batchUpdate(
            "insert into assessment_entry (assessment_id, code, points) values (?, ?, ?)", entries);
      }
    }
    jdbc.update("update task set done_at = created_at where status in ('DONE', 'VERIFIED')");
    return province;
  }

  /** Statements one request sends (on this thread, which MockMvc serves it on). */
  private long statements(String path, RequestPostProcessor who, String marker) throws Exception {
    return StatementCounter.count(
            () ->
                mvc.perform(get(path).with(who))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(marker))))
        .statements();
  }

  @Test
  void anOfficersDashboardTakesAsManyStatementsForFourTasksAsForSixty() throws Exception {
    long smallUnit = jdbc.queryForObject("select id from unit where code = 'SQ-2'", Long.class);
    long largeUnit = jdbc.queryForObject("select id from unit where code = 'LQ-2'", Long.class);
    RequestPostProcessor officerOfSmall = Accounts.as(Role.PAR_OFFICER, smallUnit);
    RequestPostProcessor officerOfLarge = Accounts.as(Role.PAR_OFFICER, largeUnit);
    long firstFew = statements("/dashboard", officerOfSmall, "chart-departments");
    long firstMany = statements("/dashboard", officerOfLarge, "chart-departments");
    // Scores are kept per assessment version and rankings for a while: a second view reads neither.
    long few = statements("/dashboard", officerOfSmall, "chart-departments");
    long many = statements("/dashboard", officerOfLarge, "chart-departments");
    assertThat(firstMany).isEqualTo(firstFew);
    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(UNIT_PAGE).isLessThan(firstMany);
  }

  @Test
  void anAppraisersViewOfACommuneDoesNotGrowWithTheProvince() throws Exception {
    RequestPostProcessor ofSmall = Accounts.as(Role.APPRAISER, small);
    RequestPostProcessor ofLarge = Accounts.as(Role.APPRAISER, large);
    long firstFew = statements("/dashboard?unit=SQ-3", ofSmall, "chart-departments");
    long firstMany = statements("/dashboard?unit=LQ-3", ofLarge, "chart-departments");
    long few = statements("/dashboard?unit=SQ-3", ofSmall, "chart-departments");
    long many = statements("/dashboard?unit=LQ-3", ofLarge, "chart-departments");
    assertThat(firstMany).isEqualTo(firstFew);
    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(UNIT_PAGE);
  }

  @Test
  void theProvincePageReadsItsChildrenInAFixedNumberOfStatements() throws Exception {
    RequestPostProcessor smallAppraiser = Accounts.as(Role.APPRAISER, small);
    RequestPostProcessor largeAppraiser = Accounts.as(Role.APPRAISER, large);
    long firstFew = statements("/dashboard/province?unit=SQ", smallAppraiser, "id=\"children\"");
    long firstMany = statements("/dashboard/province?unit=LQ", largeAppraiser, "id=\"children\"");
    long keptFew = statements("/dashboard/province?unit=SQ", smallAppraiser, "id=\"children\"");
    long keptMany = statements("/dashboard/province?unit=LQ", largeAppraiser, "id=\"children\"");
    assertThat(firstMany).isEqualTo(firstFew);
    // Rankings and task counts are kept (ProvinceCache): a second view reads neither.
    assertThat(keptMany)
        .isEqualTo(keptFew)
        .isLessThanOrEqualTo(PROVINCE_PAGE_KEPT)
        .isLessThan(firstMany);
  }

  @Test
  void theTaskBoardReadsItsUnitAndDepartmentsOnce() throws Exception {
    long smallUnit = jdbc.queryForObject("select id from unit where code = 'SQ-1'", Long.class);
    long largeUnit = jdbc.queryForObject("select id from unit where code = 'LQ-1'", Long.class);
    long few = statements("/tasks", Accounts.as(Role.PAR_OFFICER, smallUnit), "count-ontime");
    long many = statements("/tasks", Accounts.as(Role.PAR_OFFICER, largeUnit), "count-ontime");
    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(TASK_BOARD);
  }
}
