package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.support.WithAccount;

/** A test principal without an app_user row still leaves its name on the audit trail. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount(username = "kiem.toan")
class AuditLogTest {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void changeByAUserWithoutRowIsRecordedWithNameAndNoUserId() {
    long entity = System.nanoTime();
    audit.record("TEST", entity, "reason", "cũ", "mới");
    audit.record("TEST", entity, "reason", "mới", "mới");
    assertThat(audit.history("TEST", entity))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.oldValue()).isEqualTo("cũ");
              assertThat(c.newValue()).isEqualTo("mới");
              assertThat(c.username()).isEqualTo("kiem.toan");
            });
    assertThat(
            jdbc.sql("select count(*) from audit_event where entity_id = ? and user_id is null")
                .param(entity)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
