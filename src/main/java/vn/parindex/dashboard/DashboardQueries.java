package vn.parindex.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's reads of the task, department and assessment tables: one aggregate query per
 * chart, never a query per task or per unit.
 */
@Repository
class DashboardQueries {

  /**
   * Counts per group of tasks {@code t}, with the time each was done: its last move to DONE, else
   * when it was verified or last changed. Formatted with the group column, then the condition on
   * the tasks; {@code ?} 1 and 2 are today, then the condition's parameters.
   */
  private static final String COUNTS =
      "select %s, sum(case when t.status = 'VERIFIED' then 1 else 0 end),"
          + " sum(case when t.status = 'DONE' then 1 else 0 end),"
          + " sum(case when t.status in ('PLANNED', 'IN_PROGRESS') and t.due_on >= ? then 1 else 0"
          + " end),"
          + " sum(case when t.status in ('PLANNED', 'IN_PROGRESS') and t.due_on < ? then 1 else 0"
          + " end),"
          + " sum(case when t.status in ('DONE', 'VERIFIED') and cast(coalesce(t.done_at,"
          + " t.verified_at, t.last_update_at, t.created_at) as date) <= t.due_on then 1 else 0 end)"
          + " from task t where t.status <> 'CANCELLED' and %s group by 1";

  private final JdbcClient jdbc;

  DashboardQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Department(long id, String name) {}

  List<Department> departments(long unitId) {
    return jdbc.sql("select id, name from department where unit_id = ? and active order by name")
        .param(unitId)
        .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2)))
        .list();
  }

  /** Per department id (0 for tasks without a department) of a unit. */
  Map<Long, TaskCounts> countsByDepartment(long unitId, LocalDate today) {
    Map<Long, TaskCounts> result = new LinkedHashMap<>();
    Date day = Date.valueOf(today);
    jdbc.sql(COUNTS.formatted("coalesce(t.department_id, 0)", "t.unit_id = ?"))
        .params(day, day, unitId)
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong(1), counts(rs));
            });
    return result;
  }

  /** Per unit, for the children of a parent. */
  Map<Long, TaskCounts> countsByChildUnit(long parentId, LocalDate today) {
    Map<Long, TaskCounts> result = new HashMap<>();
    Date day = Date.valueOf(today);
    jdbc.sql(
            COUNTS.formatted("t.unit_id", "t.unit_id in (select id from unit where parent_id = ?)"))
        .params(day, day, parentId)
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong(1), counts(rs));
            });
    return result;
  }

  private static TaskCounts counts(ResultSet rs) throws SQLException {
    // On time: done or verified by the due date, plus the open tasks not yet due.
    return new TaskCounts(
        rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6) + rs.getInt(4));
  }

  /** A unit's parent's code (null for a root) and whether it has children, in one read. */
  record Family(String parentCode, boolean hasChildren) {}

  Family family(long unitId) {
    return jdbc.sql(
            "select (select p.code from unit u join unit p on p.id = u.parent_id where u.id = ?),"
                + " (select count(*) from unit c where c.parent_id = ?)")
        .params(unitId, unitId)
        .query((rs, n) -> new Family(rs.getString(1), rs.getLong(2) > 0))
        .single();
  }

  /**
   * An assessment of a year, at its row version, with the rank its published result states ({@code
   * statedRank} of {@code statedRankOf} units), when it states one.
   */
  record AssessmentRef(
      long id, int year, String stage, int version, Integer statedRank, Integer statedRankOf) {

    /**
     * The year's point with the published rank when that ranks the unit among more units than
     * ParIndex holds scores for (a commune whose peers were never imported is not "1/1").
     */
    UnitDashboard.YearPoint publishedRankOver(UnitDashboard.YearPoint point) {
      if (statedRank == null
          || statedRankOf == null
          || (point.peers() != null && point.peers() >= statedRankOf)) {
        return point;
      }
      return new UnitDashboard.YearPoint(
          point.year(),
          point.total(),
          point.max(),
          point.percent(),
          statedRank,
          statedRankOf,
          point.band());
    }
  }

  /**
   * One assessment per year of a unit, newest year first: a PUBLISHED one if any, else the newest
   * (as the ranking chooses).
   */
  List<AssessmentRef> assessmentsByYear(long unitId) {
    Map<Integer, AssessmentRef> chosen = new LinkedHashMap<>();
    jdbc.sql(
            "select id, index_year, stage, row_version, stated_rank, stated_rank_of from assessment"
                + " where unit_id = ?"
                + " order by index_year desc, case when stage = 'PUBLISHED' then 0 else 1 end,"
                + " id desc")
        .param(unitId)
        .query(
            (rs, n) ->
                new AssessmentRef(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getObject(5, Integer.class),
                    rs.getObject(6, Integer.class)))
        .list()
        .forEach(a -> chosen.putIfAbsent(a.year(), a));
    return List.copyOf(chosen.values());
  }

  /** The newest year any child of the parent has scores for. */
  Integer latestChildYear(long parentId) {
    return jdbc.sql(
            "select max(a.index_year) from assessment a join unit u on u.id = a.unit_id"
                + " where u.parent_id = ?")
        .param(parentId)
        .query(Integer.class)
        .optional()
        .orElse(null);
  }

  /** The tasks of a unit, soonest due first. */
  List<TaskRow> tasks(long unitId, LocalDate today) {
    return jdbc.sql(
            "select t.id, t.title, d.name, o.display_name, t.criterion_codes, t.start_on,"
                + " t.due_on, t.status, t.progress from task t"
                + " left join department d on d.id = t.department_id"
                + " left join app_user o on o.id = t.owner_user_id"
                + " where t.unit_id = ? order by t.due_on, t.id")
        .param(unitId)
        .query(
            (rs, n) -> {
              Date start = rs.getDate(6);
              LocalDate due = rs.getDate(7).toLocalDate();
              String status = rs.getString(8);
              return new TaskRow(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  start == null ? null : start.toLocalDate(),
                  due,
                  status,
                  rs.getInt(9),
                  TaskRow.overdue(status, due, today));
            })
        .list();
  }
}
