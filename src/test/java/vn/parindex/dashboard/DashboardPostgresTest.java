package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Units;

/** The dashboard's SQL (date casts, grouping, the task list) on PostgreSQL. */
@PostgresTest
@Transactional
class DashboardPostgresTest {

  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired Dashboards dashboards;
  @Autowired DashboardQueries queries;

  @Test
  void countsAndTaskListAgreeWithTheFixtureOnPostgres() {
    DashboardFixture f = new DashboardFixture(units, jdbc, "PG");
    UnitDashboard d = dashboards.unit(f.commune, LocalDate.now());
    assertThat(d.totals()).isEqualTo(new TaskCounts(2, 2, 3, 1, 6));
    ProvinceDashboard p = dashboards.province(f.district, null, id -> true, LocalDate.now());
    assertThat(p.rows()).extracting(r -> r.tasks().overdue()).containsExactly(1, 0);
    List<TaskRow> tasks = queries.tasks(f.commune.id(), LocalDate.now());
    assertThat(tasks).hasSize(9).filteredOn(TaskRow::overdue).hasSize(1);
  }
}
