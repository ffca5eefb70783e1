package vn.parindex.account;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes on an account: its details, whether it may sign in, its password.
 * Each change is audited field by field ("USER", id) and ends the account's open sessions when it
 * changes what the account may do. A change made on a stale form is refused, never applied over a
 * newer one.
 */
@Component
class UserAdmin {

  /** An account as the edit form shows it, with the version the form was read at. */
  record Account(
      long id,
      String username,
      String displayName,
      String email,
      long unitId,
      Long departmentId,
      boolean enabled,
      Set<Role> roles,
      int version) {}

  /** The editable fields. */
  record Edit(String displayName, String email, long unitId, Long departmentId, Set<Role> roles) {}

  /** Why a change was not made. */
  enum Refusal {
    STALE,
    SELF
  }

  static final String AUDIT_TYPE = "USER";

  private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Users users;
  private final AuditLog audit;

  UserAdmin(JdbcClient jdbc, Users users, AuditLog audit) {
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
  }

  Optional<Account> find(long id) {
    return jdbc.sql(
            "select id, username, display_name, email, unit_id, department_id, enabled,"
                + " row_version from app_user where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Account(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getObject(6, Long.class),
                    rs.getBoolean(7),
                    Set.of(),
                    rs.getInt(8)))
        .optional()
        .map(
            a ->
                new Account(
                    a.id(),
                    a.username(),
                    a.displayName(),
                    a.email(),
                    a.unitId(),
                    a.departmentId(),
                    a.enabled(),
                    users.roles(a.id()),
                    a.version()));
  }

  /** Saves the details read at {@code version}; empty when saved, else why not. */
  @Transactional
  Optional<Refusal> update(Actor by, long id, int version, Edit edit) {
    Account before = find(id).orElseThrow();
    if (!claim(id, version)) {
      return Optional.of(Refusal.STALE);
    }
    jdbc.sql(
            "update app_user set display_name = ?, email = ?, unit_id = ?, department_id = ?"
                + " where id = ?")
        .params(edit.displayName(), edit.email(), edit.unitId(), edit.departmentId(), id)
        .update();
    jdbc.sql("delete from user_role where user_id = ?").param(id).update();
    for (Role role : EnumSet.copyOf(edit.roles())) {
      jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
          .params(id, role.name())
          .update();
    }
    audit.record(by, AUDIT_TYPE, id, "displayName", before.displayName(), edit.displayName());
    audit.record(by, AUDIT_TYPE, id, "email", before.email(), edit.email());
    audit.record(by, AUDIT_TYPE, id, "unit", before.unitId(), edit.unitId());
    audit.record(by, AUDIT_TYPE, id, "department", before.departmentId(), edit.departmentId());
    audit.record(by, AUDIT_TYPE, id, "roles", sorted(before.roles()), sorted(edit.roles()));
    if (before.unitId() != edit.unitId() || !before.roles().equals(edit.roles())) {
      endSessions(before.username());
    }
    return Optional.empty();
  }

  /** Lets the account sign in or not; an administrator never disables their own account. */
  @Transactional
  Optional<Refusal> setEnabled(Actor by, long id, int version, boolean enabled) {
    if (!enabled && id == by.id()) {
      return Optional.of(Refusal.SELF);
    }
    Account before = find(id).orElseThrow();
    if (!claim(id, version)) {
      return Optional.of(Refusal.STALE);
    }
    jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
    audit.record(by, AUDIT_TYPE, id, "enabled", before.enabled(), enabled);
    if (!enabled) {
      endSessions(before.username());
    }
    return Optional.empty();
  }

  /**
   * Sets a new password: the one given, or a generated one when {@code chosen} is null. Returns the
   * password, to be shown once; it is stored hashed only.
   */
  @Transactional
  String resetPassword(Actor by, long id, String chosen) {
    Account account = find(id).orElseThrow();
    String password = chosen == null ? generated() : chosen;
    jdbc.sql("update app_user set password_hash = ?, row_version = row_version + 1 where id = ?")
        .params(Users.encoder().encode(password), id)
        .update();
    audit.record(by, AUDIT_TYPE, id, "password", null, chosen == null ? "generated" : "set");
    if (id != by.id()) {
      endSessions(account.username());
    }
    return password;
  }

  private boolean claim(long id, int version) {
    return jdbc.sql(
                "update app_user set row_version = row_version + 1 where id = ? and row_version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  /** Signs the account out everywhere (sessions live in the database, shared by instances). */
  private void endSessions(String username) {
    jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
  }

  private static String sorted(Set<Role> roles) {
    return String.join(",", roles.stream().sorted().map(Role::name).toList());
  }

  private static String generated() {
    StringBuilder out = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      out.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    return out.toString();
  }
}
