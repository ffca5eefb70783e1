package vn.parindex.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The users repository: accounts, their roles and hashed passwords (bcrypt). */
@Component
public class Users {

  /** A user as the administration page lists them. */
  public record UserRow(
      long id,
      String username,
      String displayName,
      String email,
      long unitId,
      Long departmentId,
      boolean enabled,
      boolean demo,
      Set<Role> roles) {}

  /** What it takes to create an account; a null password makes an official who cannot sign in. */
  public record NewUser(
      String username,
      String displayName,
      String email,
      String positionTitle,
      String password,
      long unitId,
      Long departmentId,
      Set<Role> roles,
      boolean demo) {}

  private static final PasswordEncoder ENCODER =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  private final JdbcClient jdbc;
  private final Clock clock;

  Users(JdbcClient jdbc, Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
  }

  public static PasswordEncoder encoder() {
    return ENCODER;
  }

  @Transactional
  public long create(NewUser user) {
    jdbc.sql(
            "insert into app_user (username, display_name, email, position_title, password_hash,"
                + " unit_id, department_id, enabled, demo, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)")
        .params(
            user.username(),
            user.displayName(),
            user.email(),
            user.positionTitle(),
            user.password() == null ? null : ENCODER.encode(user.password()),
            user.unitId(),
            user.departmentId(),
            user.demo(),
            LocalDateTime.now(clock))
        .update();
    long id = idOf(user.username()).orElseThrow();
    for (Role role : user.roles()) {
      jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
          .params(id, role.name())
          .update();
    }
    return id;
  }

  public Optional<Long> idOf(String username) {
    return jdbc.sql("select id from app_user where username = ?")
        .param(username)
        .query(Long.class)
        .optional();
  }

  public boolean exists(String username) {
    return idOf(username).isPresent();
  }

  /**
   * The principal of a user name (case as stored), with roles; empty when unknown. The roles are
   * read after the user's row, never inside its row mapper: that would hold one pooled connection
   * while asking for a second, and a burst of sign-ins would exhaust the pool and wait on itself.
   */
  public Optional<AccountPrincipal> principal(String username) {
    return jdbc.sql(
            "select id, username, display_name, unit_id, department_id, password_hash, enabled"
                + " from app_user where username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new Credentials(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    (Long) rs.getObject(5, Long.class),
                    rs.getString(6),
                    rs.getBoolean(7)))
        .optional()
        .map(
            u ->
                new AccountPrincipal(
                    new CurrentUser(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.unitId(),
                        u.departmentId(),
                        roles(u.id())),
                    u.passwordHash(),
                    u.enabled()));
  }

  private record Credentials(
      long id,
      String username,
      String displayName,
      long unitId,
      Long departmentId,
      String passwordHash,
      boolean enabled) {}

  public Optional<AccountPrincipal> principalById(long id) {
    return jdbc.sql("select username from app_user where id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .flatMap(this::principal);
  }

  /** The user whose e-mail this is (case-insensitive), for OpenID Connect sign-in. */
  public Optional<AccountPrincipal> principalByEmail(String email) {
    return jdbc
        .sql("select username from app_user where lower(email) = lower(?)")
        .param(email)
        .query(String.class)
        .list()
        .stream()
        .findFirst()
        .flatMap(this::principal);
  }

  public Set<Role> roles(long userId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql("select role from user_role where user_id = ?")
        .param(userId)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  /** How many accounts there are, enabled or not. */
  public int count() {
    return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
  }

  /** Users of these units (every user when {@code unitIds} is null), by name. */
  public List<UserRow> list(Set<Long> unitIds) {
    return jdbc
        .sql(
            "select id, username, display_name, email, unit_id, department_id, enabled, demo"
                + " from app_user order by username")
        .query(
            (rs, n) ->
                new UserRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    (Long) rs.getObject(6, Long.class),
                    rs.getBoolean(7),
                    rs.getBoolean(8),
                    Set.of()))
        .list()
        .stream()
        .filter(u -> unitIds == null || unitIds.contains(u.unitId()))
        .map(
            u ->
                new UserRow(
                    u.id(),
                    u.username(),
                    u.displayName(),
                    u.email(),
                    u.unitId(),
                    u.departmentId(),
                    u.enabled(),
                    u.demo(),
                    roles(u.id())))
        .toList();
  }
}
