package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.input.InvalidInputException;
import vn.parindex.support.PostgresTest;

/**
 * A unit's own obligation is stored once per kind and title, on PostgreSQL: added twice (a second
 * click, a file imported again) or by two people at once it is one row and one line of the
 * calendar; and V145 folds the duplicates stored before it into the first, keeping what was
 * recorded against them.
 */
@PostgresTest
class OwnObligationsOncePostgresTest {

  static final AtomicInteger UNITS = new AtomicInteger();
  static final int YEAR = 2031;

  @Autowired JdbcClient jdbc;
  @Autowired Obligations obligations;
  @Autowired ObligationCalendar calendar;

  private long unit() {
    return new ReminderFixture(jdbc).unit("OWN" + UNITS.incrementAndGet());
  }

  private static Obligation own(long unitId, String title) {
    return new Obligation(
        null,
        unitId,
        null,
        title,
        ObligationKind.DEADLINE,
        null,
        MonthDay.of(10, 20),
        null,
        null,
        "Văn phòng – Thống kê",
        null);
  }

  private int ownRows(long unitId) {
    return jdbc.sql("select count(*) from obligation where unit_id = ?")
        .param(unitId)
        .query(Integer.class)
        .single();
  }

  private List<String> calendarTitles(long unitId) {
    return calendar.of(unitId, YEAR, LocalDate.of(YEAR, 10, 1)).stream()
        .map(i -> i.obligation().title())
        .toList();
  }

  @Test
  void addedTwiceItIsOneRowAndOneLineOfTheCalendar() {
    long unit = unit();
    long first = obligations.add(own(unit, "Niêm yết thủ tục hành chính tại trụ sở"));
    long second = obligations.add(own(unit, "Niêm yết thủ tục hành chính tại trụ sở"));

    assertThat(second).isEqualTo(first);
    assertThat(ownRows(unit)).isEqualTo(1);
    assertThat(calendarTitles(unit))
        .filteredOn("Niêm yết thủ tục hành chính tại trụ sở"::equals)
        .hasSize(1);
  }

  @Test
  void theSameTitleWithAnotherDeadlineIsRefusedByNameAndNothingIsWritten() {
    long unit = unit();
    obligations.add(own(unit, "Tổ chức đối thoại với người dân"));
    Obligation later =
        new Obligation(
            null,
            unit,
            null,
            "Tổ chức đối thoại với người dân",
            ObligationKind.DEADLINE,
            null,
            MonthDay.of(12, 1),
            null,
            null,
            "Văn phòng – Thống kê",
            null);

    assertThatThrownBy(() -> obligations.add(later))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.messageKey()).isEqualTo("reminder.obligation.exists");
                          assertThat(p.column()).isEqualTo("title");
                        }));
    assertThat(ownRows(unit)).isEqualTo(1);
    assertThat(obligations.forUnit(unit, YEAR))
        .filteredOn(o -> o.title().equals("Tổ chức đối thoại với người dân"))
        .singleElement()
        .extracting(Obligation::to)
        .isEqualTo(MonthDay.of(10, 20));
  }

  @Test
  void aCopyOfADefaultIsListedOnce() {
    long unit = unit();
    String defaultTitle =
        "Cập nhật đầy đủ dữ liệu, tài liệu kiểm chứng trước khi thẩm định lần đầu";
    obligations.add(own(unit, defaultTitle));

    assertThat(calendarTitles(unit)).filteredOn(defaultTitle::equals).hasSize(1);
  }

  @Test
  void addedByTwoPeopleAtOnceItIsOneRow() throws Exception {
    long unit = unit();
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Long> add =
        () -> {
          start.await();
          return obligations.add(own(unit, "Họp giao ban CCHC hằng quý"));
        };
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<Long> a = two.submit(add);
      Future<Long> b = two.submit(add);
      assertThat(a.get()).isEqualTo(b.get());
    } finally {
      two.shutdown();
    }
    assertThat(ownRows(unit)).isEqualTo(1);
  }

  @Test
  void theMigrationFoldsStoredDuplicatesIntoTheFirstKeepingWhatWasRecorded() throws IOException {
    long unit = unit();
    long other = unit();
    jdbc.sql("alter table obligation drop constraint uq_obligation_own").update();
    long first = insertOwn(unit, "Báo cáo quý");
    long copy = insertOwn(unit, "Báo cáo quý");
    long copy2 = insertOwn(unit, "Báo cáo quý");
    long distinct = insertOwn(unit, "Báo cáo năm");
    long ofOther = insertOwn(other, "Báo cáo quý");
    jdbc.sql(
            "insert into obligation_occurrence (obligation_id, unit_id, index_year, done_on,"
                + " evidence, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(copy2, unit, YEAR, LocalDate.of(YEAR, 3, 1), "Báo cáo số 3", LocalDateTime.now())
        .update();

    for (String statement : migration()) {
      jdbc.sql(statement).update();
    }

    assertThat(
            jdbc.sql("select id from obligation where unit_id in (?, ?) order by id")
                .params(unit, other)
                .query(Long.class)
                .list())
        .containsExactly(first, distinct, ofOther)
        .doesNotContain(copy, copy2);
    assertThat(
            jdbc.sql("select obligation_id from obligation_occurrence where unit_id = ?")
                .param(unit)
                .query(Long.class)
                .list())
        .containsExactly(first);
    assertThat(obligations.add(own(unit, "Báo cáo quý"))).isEqualTo(first);
  }

  private long insertOwn(long unitId, String title) {
    return jdbc.sql(
            "insert into obligation (unit_id, title, kind, to_md, responsible, position) values"
                + " (?, ?, 'DEADLINE', '10-20', 'Văn phòng – Thống kê', 100) returning id")
        .params(unitId, title)
        .query(Long.class)
        .single();
  }

  /** V145's statements, its comments left out. */
  private static List<String> migration() throws IOException {
    String sql =
        new ClassPathResource("db/migration/V145__unique_own_obligation.sql")
            .getContentAsString(StandardCharsets.UTF_8);
    StringBuilder code = new StringBuilder();
    sql.lines().filter(l -> !l.startsWith("--")).forEach(l -> code.append(l).append('\n'));
    List<String> out = new ArrayList<>();
    for (String s : code.toString().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
