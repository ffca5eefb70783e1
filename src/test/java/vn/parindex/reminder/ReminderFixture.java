package vn.parindex.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Units, users and tasks inserted with SQL on the V50/V60 schema, for reminder tests. */
record ReminderFixture(JdbcClient jdbc) {

  static final LocalDateTime CREATED = LocalDateTime.of(2025, 1, 5, 9, 0);

  void clean() {
    for (String table :
        new String[] {
          "notification", "reminder_log", "reminder_policy", "obligation_occurrence", "task_update",
          "task", "user_role", "app_user", "department", "unit"
        }) {
      jdbc.sql("delete from " + table).update();
    }
  }

  long unit(String code) {
    return insert(
        "insert into unit (code, name, type) values (?, ?, 'COMMUNE')", code, "Xã " + code);
  }

  long department(long unitId, String name) {
    return insert("insert into department (unit_id, name) values (?, ?)", unitId, name);
  }

  long user(long unitId, String username, String email, String role) {
    long id =
        insert(
            "insert into app_user (username, display_name, email, unit_id, created_at)"
                + " values (?, ?, ?, ?, ?)",
            username,
            "Ông " + username,
            email,
            unitId,
            CREATED);
    jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
    return id;
  }

  long task(
      long unitId, String title, LocalDate due, Long owner, Long leader, LocalDateTime updated) {
    return insert(
        "insert into task (unit_id, source, title, owner_user_id, leader_user_id, due_on, status,"
            + " last_update_at, created_at) values (?, 'PLAN', ?, ?, ?, ?, 'IN_PROGRESS', ?, ?)",
        unitId,
        title,
        owner,
        leader,
        due,
        updated,
        CREATED);
  }

  int count(String sql, Object... args) {
    return jdbc.sql(sql).params(args).query(Integer.class).single();
  }

  private long insert(String sql, Object... args) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(sql).params(args).update(key, "id");
    return key.getKey().longValue();
  }
}
