package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.CriterionCode;
import vn.parindex.plan.Plans;
import vn.parindex.task.TaskStatus;
import vn.parindex.task.Tasks;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A database of the previous release (V73, the last migration on main before this release's issues)
 * holding real rows is upgraded by the app at start-up, like a commune's server after an update:
 * Flyway must accept it (no checksum mismatch) and every row stays readable through the
 * repositories.
 */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(
    initializers = {PostgresDatabase.class, UpgradeFromPreviousReleaseTest.PreviousRelease.class})
class UpgradeFromPreviousReleaseTest {

  static final String PREVIOUS_RELEASE = "73";

  @Autowired JdbcClient jdbc;
  @Autowired Units units;
  @Autowired CriteriaSets criteriaSets;
  @Autowired Assessments assessments;
  @Autowired Plans plans;
  @Autowired Tasks tasks;
  @Autowired Flyway flyway;

  /** Runs before the context's own Flyway: the schema at V73 with the previous release's rows. */
  static final class PreviousRelease
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String schema = context.getEnvironment().getRequiredProperty("parindex.test.schema");
      String url = PostgresDatabase.urlFor(schema);
      Flyway.configure()
          .dataSource(url, PostgresDatabase.user(), PostgresDatabase.password())
          .schemas(schema)
          .defaultSchema(schema)
          .locations("classpath:db/migration")
          .target(PREVIOUS_RELEASE)
          .load()
          .migrate();
      try (Connection c =
              DriverManager.getConnection(
                  url, PostgresDatabase.user(), PostgresDatabase.password());
          Statement s = c.createStatement()) {
        for (String sql : ROWS) {
          s.execute(sql);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** As the previous release wrote them (its own SQL, ids fixed so the test can find them). */
  static final String[] ROWS = {
    "insert into unit (id, code, name, type, parent_id, valid_from, demo) values"
        + " (9001, 'UP-44', 'Quảng Trị', 'PROVINCE', null, null, false),"
        + " (9002, 'UP-19165', 'Vĩnh Chấp', 'COMMUNE', 9001, date '2020-01-01', false)",
    "insert into unit_lineage (predecessor_id, successor_id, kind, effective_on) values"
        + " (9002, 9001, 'MERGED', date '2025-07-01')",
    "insert into criteria_set (id, name, index_year, unit_type, version, partial, source,"
        + " created_at) values (9101, 'Bộ chỉ số cấp xã 2024', 2024, 'COMMUNE', 1, false,"
        + " 'bo-chi-so.yaml', timestamp '2025-01-10 08:00:00')",
    "insert into criterion (set_id, code, parent_code, position, name, max_points, method, params)"
        + " values (9101, '1', null, 1, 'Công tác chỉ đạo, điều hành', 3.0000, null, null),"
        + " (9101, '1.1', '1', 2, 'Kế hoạch CCHC năm', 2.0000, 'BINARY', null),"
        + " (9101, '1.2', '1', 3, 'Tỷ lệ hoàn thành', 1.0000, 'PROPORTIONAL', '{\"floor\":50}')",
    "insert into classification_band (set_id, position, min_percent, label) values"
        + " (9101, 0, 80.0000, 'Tốt'), (9101, 1, 0.0000, 'Trung bình')",
    "insert into obligation (unit_id, criterion_code, title, kind, to_md, position, set_id) values"
        + " (null, '1.1', 'Ban hành kế hoạch CCHC năm', 'DEADLINE', '01-31', 1, 9101)",
    "insert into assessment (id, unit_id, index_year, set_id, stage, reported_total, stated_loss,"
        + " source_name, created_at, stated_rank, stated_rank_of, stated_rank_change,"
        + " row_version) values (9201, 9002, 2024, 9101, 'PUBLISHED', 2.9078, 0.0922,"
        + " 'vinh-chap-2024.csv', timestamp '2025-02-01 09:00:00', 11, 18, 3, 2)",
    "insert into assessment_entry (assessment_id, code, points, rate, reason, measure, source_text,"
        + " source_row) values (9201, '1.1', 2.0000, null, null, null, '2', 3),"
        + " (9201, '1.2', 0.9078, 90.7800, 'Chưa hoàn thành 2/13 nhiệm vụ', 'Rà soát, bổ sung',"
        + " '0,9078', 4)",
    "insert into plan (id, unit_id, plan_year, assessment_id, doc_number, authority_upper,"
        + " authority_unit, unit_label, place, issue_day, issue_month, issue_year, title, subject,"
        + " appendix_title, closing, signer_authority, signer_title, signer_name, created_at,"
        + " updated_at) values (9301, 9002, 2025, 9201, '15/KH-UBND', 'ỦY BAN NHÂN DÂN',"
        + " 'XÃ VĨNH CHẤP', 'xã Vĩnh Chấp', 'Vĩnh Chấp', 10, 2, 2025, 'KẾ HOẠCH',"
        + " 'Khắc phục hạn chế Chỉ số CCHC năm 2024', 'PHỤ LỤC', 'Trên đây là kế hoạch.',"
        + " 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A',"
        + " timestamp '2025-02-10 08:00:00', timestamp '2025-02-11 08:00:00')",
    "insert into plan_section (plan_id, position, heading, responsible) values"
        + " (9301, 1, 'Công chức phụ trách CCHC', 'Văn phòng – Thống kê')",
    "insert into plan_text (plan_id, kind, section_position, position, content) values"
        + " (9301, 'LEGAL', null, 1, 'Căn cứ Nghị định 30/2020/NĐ-CP'),"
        + " (9301, 'OPENING', null, 1, 'Năm 2024, xã xếp thứ 11/18.'),"
        + " (9301, 'RECIPIENT', null, 1, 'UBND tỉnh'),"
        + " (9301, 'ITEM', 1, 1, 'Rà soát nhiệm vụ chưa hoàn thành')",
    "insert into plan_line (plan_id, position, area, code, content, max_points, points, reason,"
        + " measure, responsible, deadline, note) values"
        + " (9301, 1, true, '1', 'Công tác chỉ đạo, điều hành', 3.0000, 2.9078, null, null, null,"
        + " null, null),"
        + " (9301, 2, false, '1.2', 'Tỷ lệ hoàn thành', 1.0000, 0.9078,"
        + " 'Chưa hoàn thành 2/13 nhiệm vụ', 'Rà soát, bổ sung', 'Văn phòng – Thống kê',"
        + " date '2025-11-15', null)",
    "insert into department (id, unit_id, name, kind, active) values"
        + " (9401, 9002, 'Văn phòng – Thống kê', 'OFFICE', true)",
    "insert into task (id, unit_id, source, plan_id, criterion_codes, title, description,"
        + " department_id, start_on, due_on, status, progress, last_update_at, created_at,"
        + " row_version, done_at) values (9501, 9002, 'REMEDIATION_PLAN', 9301, '1.2',"
        + " 'Rà soát nhiệm vụ chưa hoàn thành', 'Theo dòng 2 của phụ lục', 9401,"
        + " date '2025-02-15', date '2025-11-15', 'IN_PROGRESS', 40,"
        + " timestamp '2025-03-01 10:00:00', timestamp '2025-02-12 08:00:00', 3, null)",
    "insert into task_milestone (task_id, position, title, due_on, done_on) values"
        + " (9501, 1, 'Lập danh sách', date '2025-03-01', date '2025-02-28')",
    "insert into task_update (task_id, at, progress, comment, status_from, status_to) values"
        + " (9501, timestamp '2025-03-01 10:00:00', 40, 'Đã lập danh sách', 'PLANNED',"
        + " 'IN_PROGRESS')",
  };

  @Test
  void theAppUpgradesThePreviousReleasesDatabaseToItsLatestMigration() {
    assertThat(flyway.info().pending()).as("migrations left pending").isEmpty();
    assertThat(flyway.info().current().getVersion().isAtLeast(PREVIOUS_RELEASE)).isTrue();
    assertThat(
            jdbc.sql("select count(*) from flyway_schema_history where not success")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void unitsAndTheirLineageAreIntact() {
    var commune = units.findByCode("UP-19165").orElseThrow();
    assertThat(commune.name()).isEqualTo("Vĩnh Chấp");
    assertThat(commune.type()).isEqualTo(UnitType.COMMUNE);
    assertThat(commune.parentId()).isEqualTo(9001L);
    assertThat(commune.validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(units.successorsOf(commune.id()))
        .singleElement()
        .satisfies(l -> assertThat(l.successorId()).isEqualTo(9001L));
  }

  @Test
  void theCriteriaSetReadsBackWithItsMethodsAndBands() {
    var set = criteriaSets.findById(9101).orElseThrow();
    assertThat(set.name()).isEqualTo("Bộ chỉ số cấp xã 2024");
    assertThat(set.totalMax()).isEqualByComparingTo("3");
    assertThat(set.find(CriterionCode.of("1.2")).orElseThrow().method().kind().name())
        .isEqualTo("PROPORTIONAL");
    assertThat(set.classify(new java.math.BigDecimal("85"))).contains("Tốt");
  }

  @Test
  void theAssessmentKeepsItsEntriesAndStatedRank() {
    var assessment = assessments.findById(9201).orElseThrow();
    assertThat(assessment.stage()).isEqualTo(AssessmentStage.PUBLISHED);
    assertThat(assessment.reportedTotal()).isEqualByComparingTo("2.9078");
    var entry = assessment.entry(CriterionCode.of("1.2")).orElseThrow();
    assertThat(entry.points()).isEqualByComparingTo("0.9078");
    assertThat(entry.reason()).isEqualTo("Chưa hoàn thành 2/13 nhiệm vụ");
    assertThat(entry.sourceRow()).isEqualTo(4);
  }

  @Test
  void thePlanKeepsItsTextsAndLines() {
    var plan = plans.findById(9301).orElseThrow();
    assertThat(plan.assessmentId()).isEqualTo(9201L);
    assertThat(plan.header().number()).isEqualTo("15/KH-UBND");
    assertThat(plan.legalBases()).containsExactly("Căn cứ Nghị định 30/2020/NĐ-CP");
    assertThat(plan.sections())
        .singleElement()
        .satisfies(s -> assertThat(s.heading()).isEqualTo("Công chức phụ trách CCHC"));
    assertThat(plan.lines()).hasSize(2);
    assertThat(plan.lines().get(1).measure()).isEqualTo("Rà soát, bổ sung");
    assertThat(plan.lines().get(1).deadline()).isEqualTo(LocalDate.of(2025, 11, 15));
  }

  @Test
  void theTaskKeepsItsStatusMilestonesAndVersion() {
    var task = tasks.findById(9501).orElseThrow();
    assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(task.progress()).isEqualTo(40);
    assertThat(task.rowVersion()).isEqualTo(3);
    assertThat(task.criterionCodes()).containsExactly("1.2");
    assertThat(tasks.milestones(9501))
        .singleElement()
        .satisfies(m -> assertThat(m.doneOn()).isEqualTo(LocalDate.of(2025, 2, 28)));
  }
}
