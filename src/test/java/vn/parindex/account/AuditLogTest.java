package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit trail records the actor it is given, at the actor's moment; an actor without an
 * app_user row still leaves its name.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditLogTest {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void changeByAUserWithoutRowIsRecordedWithNameAndNoUserId() {
    long entity = System.nanoTime();
    Instant at = Instant.parse("2030-03-04T05:06:07Z");
    Actor by =
        new Actor(new CurrentUser(0, "kiem.toan", "Kiểm Toán", 0, null, Set.of(Role.ADMIN)), at);
    audit.record(by, "TEST", entity, "reason", "cũ", "mới");
    audit.record(by, "TEST", entity, "reason", "mới", "mới");
    assertThat(audit.history("TEST", entity))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.oldValue()).isEqualTo("cũ");
              assertThat(c.newValue()).isEqualTo("mới");
              assertThat(c.username()).isEqualTo("kiem.toan");
              assertThat(c.at()).isEqualTo(LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
            });
    assertThat(
            jdbc.sql("select count(*) from audit_event where entity_id = ? and user_id is null")
                .param(entity)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
