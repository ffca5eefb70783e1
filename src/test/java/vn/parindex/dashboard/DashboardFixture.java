package vn.parindex.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A district with two communes; the first has three departments and tasks in every state: office
 * (verified on time, done on time awaiting verification, open on schedule), justice (overdue, done
 * late, cancelled), culture (verified, open), and one open task of no department.
 */
final class DashboardFixture {

  /** Stored decomposed (NFD) on purpose: exports must give it back composed (NFC). */
  static final String OFFICE = "Văn phòng – Thống kê";

  static final String JUSTICE = "Tư pháp – Hộ tịch";
  static final String CULTURE = "Văn hóa – Xã hội";

  final Unit district;
  final Unit commune;
  final Unit other;
  final long officerOfOther;
  final long officerOfCommune;

  DashboardFixture(Units units, JdbcClient jdbc, String prefix) {
    district =
        units.save(
            new Unit(null, prefix + "-P", "Huyện Thử", UnitType.DISTRICT, null, null, null, false));
    commune =
        units.save(
            new Unit(
                null,
                prefix + "-1",
                "Xã Vĩnh Thử",
                UnitType.COMMUNE,
                district.id(),
                null,
                null,
                false));
    other =
        units.save(
            new Unit(
                null,
                prefix + "-2",
                "Xã Bên Cạnh",
                UnitType.COMMUNE,
                district.id(),
                null,
                null,
                false));
    long office = department(jdbc, Normalizer.normalize(OFFICE, Normalizer.Form.NFD));
    long justice = department(jdbc, JUSTICE);
    long culture = department(jdbc, CULTURE);
    officerOfCommune = user(jdbc, prefix.toLowerCase() + "-a", commune.id());
    officerOfOther = user(jdbc, prefix.toLowerCase() + "-b", other.id());
    LocalDate today = LocalDate.now();
    long t1 = task(jdbc, office, "Niêm yết thủ tục", today.minusDays(10), "VERIFIED");
    update(jdbc, t1, today.minusDays(12).atTime(9, 0), "DONE");
    long t2 = task(jdbc, office, "Cập nhật cổng thông tin", today.minusDays(3), "DONE");
    update(jdbc, t2, today.minusDays(4).atTime(9, 0), "DONE");
    task(jdbc, office, "Số hóa hồ sơ", today.plusDays(20), "IN_PROGRESS");
    task(jdbc, justice, "Rà soát văn bản", today.minusDays(1), "PLANNED");
    long t5 = task(jdbc, justice, "Báo cáo hộ tịch", today.minusDays(10), "DONE");
    update(jdbc, t5, today.minusDays(7).atTime(9, 0), "DONE");
    task(jdbc, justice, "Việc đã hủy", today.minusDays(30), "CANCELLED");
    task(jdbc, culture, "Tuyên truyền CCHC", today.plusDays(5), "VERIFIED");
    task(jdbc, culture, "Khảo sát hài lòng", today.plusDays(40), "PLANNED");
    task(jdbc, null, "Việc chưa giao", today.plusDays(15), "IN_PROGRESS");
  }

  private long department(JdbcClient jdbc, String name) {
    jdbc.sql(
            "insert into department (unit_id, name, kind, active) values (?, ?, 'DEPARTMENT', true)")
        .params(commune.id(), name)
        .update();
    return jdbc.sql("select max(id) from department").query(Long.class).single();
  }

  private static long user(JdbcClient jdbc, String username, long unitId) {
    jdbc.sql(
            "insert into app_user (username, display_name, unit_id, enabled, demo, created_at)"
                + " values (?, ?, ?, true, false, ?)")
        .params(username, "Cán bộ " + username, unitId, Timestamp.valueOf(LocalDateTime.now()))
        .update();
    return jdbc.sql("select id from app_user where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private long task(JdbcClient jdbc, Long department, String title, LocalDate due, String status) {
    jdbc.sql(
            "insert into task (unit_id, source, title, department_id, due_on, status, progress,"
                + " verified_at, created_at) values (?, 'PLAN', ?, ?, ?, ?, ?, ?, ?)")
        .params(
            commune.id(),
            title,
            department,
            Date.valueOf(due),
            status,
            status.equals("VERIFIED") || status.equals("DONE") ? 100 : 30,
            status.equals("VERIFIED") ? Timestamp.valueOf(due.minusDays(1).atStartOfDay()) : null,
            Timestamp.valueOf(due.minusDays(60).atStartOfDay()))
        .update();
    return jdbc.sql("select max(id) from task").query(Long.class).single();
  }

  private static void update(JdbcClient jdbc, long taskId, LocalDateTime at, String to) {
    jdbc.sql(
            "insert into task_update (task_id, at, progress, status_from, status_to)"
                + " values (?, ?, 100, 'IN_PROGRESS', ?)")
        .params(taskId, Timestamp.valueOf(at), to)
        .update();
    if (to.equals("DONE")) { // as Task.complete records it
      jdbc.sql("update task set done_at = ? where id = ?")
          .params(Timestamp.valueOf(at), taskId)
          .update();
    }
  }
}
