package vn.parindex.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who the users are, for the features that name, assign or remind them (tasks, reminders,
 * dashboards): the account feature's read API over its own tables, one or two queries per call.
 */
@Repository
public class People {

  /** A user as others see them: name, e-mail (maybe none), unit, department, title and roles. */
  public record Person(
      long id,
      String name,
      String email,
      long unitId,
      Long departmentId,
      String positionTitle,
      boolean enabled,
      Set<Role> roles) {

    public boolean has(Role role) {
      return roles.contains(role);
    }
  }

  private final JdbcClient jdbc;

  People(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The enabled users by id, with their roles. */
  public Map<Long, Person> enabled() {
    return read(" where enabled", Map.of(), roles("", Map.of()));
  }

  /** The enabled users of one unit by id, with their roles. */
  public Map<Long, Person> enabledIn(long unitId) {
    Map<String, Object> unit = Map.of("unit", unitId);
    return read(
        " where enabled and unit_id = :unit",
        unit,
        roles(" where user_id in (select id from app_user where unit_id = :unit)", unit));
  }

  /** The enabled users of any of these units, by id (two queries for all the units). */
  public Map<Long, Person> enabledInUnits(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> in = Map.of("units", unitIds);
    return read(
        " where enabled and unit_id in (:units)",
        in,
        roles(" where user_id in (select id from app_user where unit_id in (:units))", in));
  }

  /** The users of these ids, disabled ones included (a task names its past owner), by id. */
  public Map<Long, Person> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> in = Map.of("ids", ids);
    return read(" where id in (:ids)", in, roles(" where user_id in (:ids)", in));
  }

  /** The names of these users, disabled ones included, by id (one query). */
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, display_name from app_user where id in (:ids)")
          .param("ids", ids)
          .query(
              rs -> {
                names.put(rs.getLong(1), rs.getString(2));
              });
    }
    return names;
  }

  /**
   * The names of the users signed in under these usernames (what older records name), disabled ones
   * included, by username (one query); a username of no user is left out.
   */
  public Map<String, String> namesOfUsernames(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    if (!usernames.isEmpty()) {
      jdbc.sql("select username, display_name from app_user where username in (:names)")
          .param("names", usernames)
          .query(
              rs -> {
                names.put(rs.getString(1), rs.getString(2));
              });
    }
    return names;
  }

  /** The name of any user, a disabled one included. */
  public Optional<String> nameOf(long userId) {
    return jdbc.sql("select display_name from app_user where id = ?")
        .param(userId)
        .query(String.class)
        .optional();
  }

  /** Whether the user belongs to the unit (to refuse assigning a task to a stranger). */
  public boolean inUnit(long userId, long unitId) {
    return jdbc.sql("select count(*) from app_user where id = ? and unit_id = ?")
            .params(userId, unitId)
            .query(Integer.class)
            .single()
        > 0;
  }

  // Roles first, then the users: a row mapper never asks the pool for a second connection.
  private Map<Long, Set<Role>> roles(String where, Map<String, Object> params) {
    Map<Long, Set<Role>> roles = new HashMap<>();
    jdbc.sql("select user_id, role from user_role" + where)
        .params(params)
        .query(
            rs -> {
              roles
                  .computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                  .add(Role.valueOf(rs.getString(2)));
            });
    return roles;
  }

  private Map<Long, Person> read(
      String where, Map<String, Object> params, Map<Long, Set<Role>> roles) {
    Map<Long, Person> people = new HashMap<>();
    jdbc.sql(
            "select id, display_name, email, unit_id, department_id, position_title, enabled"
                + " from app_user"
                + where)
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong(1);
              people.put(
                  id,
                  new Person(
                      id,
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      rs.getObject(5, Long.class),
                      rs.getString(6),
                      rs.getBoolean(7),
                      Set.copyOf(roles.getOrDefault(id, Set.of()))));
            });
    return people;
  }
}
