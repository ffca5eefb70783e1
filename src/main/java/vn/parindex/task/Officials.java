package vn.parindex.task;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.parindex.account.Role;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/** The officials of a unit (app_user rows): listed for assignment, added without a password. */
@Component
public class Officials {

  /** An official as shown in lists and assignment menus. */
  public record Official(
      long id,
      String displayName,
      String email,
      String positionTitle,
      Long departmentId,
      String departmentName,
      boolean leader) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  Officials(JdbcClient jdbc, Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
  }

  public List<Official> ofUnit(long unitId) {
    return jdbc.sql(
            "select u.id, u.display_name, u.email, u.position_title, u.department_id, d.name,"
                + " (select count(*) from user_role r where r.user_id = u.id and r.role = 'LEADER')"
                + " from app_user u left join department d on d.id = u.department_id"
                + " where u.unit_id = ? and u.enabled = true order by d.name, u.display_name")
        .param(unitId)
        .query(
            (rs, n) ->
                new Official(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, Long.class),
                    rs.getString(6),
                    rs.getInt(7) > 0))
        .list();
  }

  /** The name of any user, a disabled one included (a task's history names its past owners). */
  public java.util.Optional<String> nameOf(long userId) {
    return jdbc.sql("select display_name from app_user where id = ?")
        .param(userId)
        .query(String.class)
        .optional();
  }

  /** Whether the user belongs to the unit (to refuse assigning a task to a stranger). */
  boolean inUnit(long userId, long unitId) {
    return jdbc.sql("select count(*) from app_user where id = ? and unit_id = ?")
            .params(userId, unitId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Adds an official who cannot sign in yet (no password) with the department-official role. */
  public long add(long unitId, String name, String position, String email, Long departmentId) {
    String displayName = Text.clean(name == null ? "" : name);
    if (displayName.isEmpty() || displayName.length() > 255) {
      throw new InvalidInputException(InputProblem.of(0, "name", "official.name.blank"));
    }
    String mail = Text.cleanOrNull(email);
    if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException(InputProblem.of(0, "email", "official.email.invalid", mail));
    }
    String username =
        (mail != null ? mail.substring(0, mail.indexOf('@')) : "cb")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "")
            + "-"
            + unitId
            + "-"
            + ThreadLocalRandom.current().nextInt(1000, 10_000);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into app_user (username, display_name, email, position_title, unit_id,"
                + " department_id, enabled, demo, created_at) values (?, ?, ?, ?, ?, ?, true, false,"
                + " ?)")
        .params(
            username,
            displayName,
            mail,
            Text.cleanOrNull(position),
            unitId,
            departmentId,
            LocalDateTime.now(clock))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
        .params(id, Role.DEPARTMENT_OFFICIAL.name())
        .update();
    return id;
  }
}
