package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.support.Accounts;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * An administrator's changes to an account: audited, never over a newer change, never locking
 * oneself out.
 */
@SpringBootTest
@ActiveProfiles("test")
class UserAdminTest {

  @Autowired UserAdmin admin;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  long unitId;
  long userId;
  String username;

  @BeforeEach
  void account() {
    String suffix = String.valueOf(System.nanoTime());
    unitId =
        units
            .save(
                new Unit(null, "UA-" + suffix, "Xã Sửa", UnitType.COMMUNE, null, null, null, false))
            .id();
    username = "sua." + suffix;
    userId = Accounts.create(users, username, "mat-khau-cu", unitId, Role.DEPARTMENT_OFFICIAL);
  }

  @Test
  void twoEditsOfTheSameFormEndInOneChangeAndOneRefusal() {
    int version = admin.find(userId).orElseThrow().version();
    var first = edit("Người Thứ Nhất", Role.LEADER);
    var second = edit("Người Thứ Hai", Role.PAR_OFFICER);

    assertThat(admin.update(TestActors.fixture(), userId, version, first)).isEmpty();
    assertThat(admin.update(TestActors.fixture(), userId, version, second))
        .contains(UserAdmin.Refusal.STALE);

    UserAdmin.Account now = admin.find(userId).orElseThrow();
    assertThat(now.displayName()).isEqualTo("Người Thứ Nhất");
    assertThat(now.roles()).containsExactly(Role.LEADER);
    assertThat(audit.history(UserAdmin.AUDIT_TYPE, userId))
        .extracting(AuditLog.Change::field)
        .contains("displayName", "roles");
  }

  @Test
  void disablingEndsTheSessionsAndASecondClickChangesNothing() {
    jdbc.sql(
            "insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
                + " max_inactive_interval, expiry_time, principal_name) values (?, ?, 0, 0, 1800,"
                + " 0, ?)")
        .params(
            "p" + String.valueOf(userId + 100000000000000L).substring(0, 10),
            "s" + String.valueOf(userId + 100000000000000L).substring(0, 10),
            username)
        .update();
    int version = admin.find(userId).orElseThrow().version();

    assertThat(admin.setEnabled(TestActors.fixture(), userId, version, false)).isEmpty();
    assertThat(admin.setEnabled(TestActors.fixture(), userId, version, false))
        .contains(UserAdmin.Refusal.STALE);

    assertThat(users.principal(username).orElseThrow().isEnabled()).isFalse();
    assertThat(sessions()).isZero();
    assertThat(audit.history(UserAdmin.AUDIT_TYPE, userId))
        .extracting(AuditLog.Change::field)
        .containsOnlyOnce("enabled");
    // recorded under the actor the caller gave, not whoever the thread is signed in as
    assertThat(audit.history(UserAdmin.AUDIT_TYPE, userId))
        .extracting(AuditLog.Change::username)
        .containsOnly("test");
  }

  @Test
  void anAdministratorCannotDisableThemself() {
    int version = admin.find(userId).orElseThrow().version();
    assertThat(admin.setEnabled(actingAs(userId), userId, version, false))
        .isEqualTo(Optional.of(UserAdmin.Refusal.SELF));
    assertThat(admin.find(userId).orElseThrow().enabled()).isTrue();
  }

  @Test
  void aResetPasswordIsGeneratedOnceAndStoredHashedOnly() {
    String password = admin.resetPassword(TestActors.fixture(), userId, null);

    assertThat(password).hasSize(12);
    String hash =
        jdbc.sql("select password_hash from app_user where id = ?")
            .param(userId)
            .query(String.class)
            .single();
    assertThat(hash).doesNotContain(password);
    assertThat(Users.encoder().matches(password, hash)).isTrue();
    assertThat(audit.history(UserAdmin.AUDIT_TYPE, userId))
        .extracting(AuditLog.Change::newValue)
        .contains("generated")
        .doesNotContain(password);
  }

  /** The account itself acting (an administrator on their own account). */
  private Actor actingAs(long id) {
    var someone = TestActors.fixture();
    var self = new CurrentUser(id, username, "Tự sửa", unitId, null, Set.of(Role.ADMIN));
    return new Actor(self, someone.at());
  }

  private UserAdmin.Edit edit(String name, Role role) {
    return new UserAdmin.Edit(name, null, unitId, null, Set.of(role));
  }

  private long sessions() {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
