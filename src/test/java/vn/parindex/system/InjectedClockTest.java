package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.account.AuditLog;
import vn.parindex.task.TaskService;

/** "Today" and stored "now" come from the Clock bean, so replacing it moves the whole app. */
@SpringBootTest
@ActiveProfiles("test")
class InjectedClockTest {

  /** 23:30 on 19 May in UTC is already 20 May in Vietnam: the day must be Vietnam's. */
  static final Instant AT = Instant.parse("2031-05-19T23:30:00Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(AT, ClockConfig.VIETNAM);
    }
  }

  @Autowired TaskService tasks;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void todayIsTheFixedClocksDayInVietnam() {
    assertThat(tasks.today()).isEqualTo(LocalDate.of(2031, 5, 20));
  }

  @Test
  void storedTimesAreTheFixedMomentOnTheServersWallClock() {
    audit.record("CLOCK_TEST", 1L, "field", "before", "after");

    LocalDateTime at =
        jdbc.sql("select at from audit_event where entity_type = 'CLOCK_TEST'")
            .query(LocalDateTime.class)
            .single();
    assertThat(at).isEqualTo(LocalDateTime.ofInstant(AT, ZoneId.systemDefault()));
  }
}
