package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.account.AuditLog;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.task.TaskService;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

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

  /** A call that reads the machine's clock instead of the injected one. */
  private static final Pattern UNINJECTED =
      Pattern.compile(
          "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|OffsetTime"
              + "|Year|YearMonth|MonthDay)\\s*\\.\\s*now\\s*\\(([^)]*)\\)"
              + "|\\bClock\\s*\\.\\s*system\\w*\\s*\\(|new\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)"
              + "|System\\s*\\.\\s*currentTimeMillis");

  @Autowired TaskService tasks;
  @Autowired Assessments assessments;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  /**
   * Every "now" in the main sources is read from the injected Clock (its argument names it); only
   * the Clock bean itself reads the system's.
   */
  @Test
  void noMainSourceReadsTheMachinesClock() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.endsWith(Path.of("system", "ClockConfig.java"))) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = UNINJECTED.matcher(lines.get(i));
          while (m.find()) {
            if (m.group(1) != null && m.group(2).contains("clock")) {
              continue;
            }
            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void anAssessmentIsStampedWithTheFixedMomentWhenStored() {
    String code = "CLK" + System.nanoTime();
    long unitId =
        units
            .save(new Unit(null, code, "Xã Đồng Hồ", UnitType.COMMUNE, null, null, null, false))
            .id();
    long setId =
        sets.save(
                vn.parindex.plan.SeedFixture.criteriaSet(
                    null,
                    java.util.concurrent.ThreadLocalRandom.current().nextInt(5_000_000, 6_000_000)))
            .id();
    Assessment stored =
        assessments.save(
            vn.parindex.support.TestActors.fixture(),
            vn.parindex.plan.SeedFixture.assessment(null, unitId, setId));

    LocalDateTime wallClock = LocalDateTime.ofInstant(AT, ZoneId.systemDefault());
    assertThat(stored.createdAt()).isEqualTo(wallClock);
    assertThat(
            jdbc.sql("select created_at from assessment where id = ?")
                .param(stored.id())
                .query(LocalDateTime.class)
                .single())
        .isEqualTo(wallClock);
  }

  @Test
  void todayIsTheFixedClocksDayInVietnam() {
    assertThat(tasks.today()).isEqualTo(LocalDate.of(2031, 5, 20));
  }

  @Test
  void storedTimesAreTheFixedMomentOnTheServersWallClock() {
    // the web boundary takes the actor at the injected clock's instant (Actor.now)
    var by = vn.parindex.account.Actor.now(vn.parindex.support.TestActors.fixture().user(), clock);
    audit.record(by, "CLOCK_TEST", 1L, "field", "before", "after");

    LocalDateTime at =
        jdbc.sql("select at from audit_event where entity_type = 'CLOCK_TEST'")
            .query(LocalDateTime.class)
            .single();
    assertThat(at).isEqualTo(LocalDateTime.ofInstant(AT, ZoneId.systemDefault()));
  }
}
