package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;

class ObligationRulesTest {

  static final Obligation Q1 =
      new Obligation(
          1L,
          null,
          "1.2",
          "Công khai kết quả",
          ObligationKind.WINDOW,
          MonthDay.of(1, 1),
          MonthDay.of(3, 31),
          null,
          null,
          "VHXH",
          null);
  static final Obligation SUPERVISION =
      new Obligation(
          2L, null, null, "Giám sát", ObligationKind.RECURRING, null, null, 1, null, "MTTQ", null);
  static final Obligation PLAN =
      new Obligation(
          3L,
          null,
          "1.1",
          "100% kế hoạch",
          ObligationKind.DEADLINE,
          null,
          MonthDay.of(11, 15),
          null,
          null,
          "VP",
          null);
  static final Obligation ADHOC =
      new Obligation(
          4L,
          null,
          "1.1",
          "Báo cáo đột xuất",
          ObligationKind.WITHIN_DAYS,
          null,
          null,
          null,
          7,
          "VP",
          null);

  static DueItem only(Obligation o, LocalDate today, Occurrence... occurrences) {
    List<DueItem> items = ObligationRules.due(o, 2025, List.of(occurrences), today, 14);
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  static Occurrence done(long obligation, LocalDate on) {
    return new Occurrence(10L, obligation, null, on, "Số 12/BC-UBND");
  }

  @Test
  void resultsPublicisedInQ1AreDone() {
    DueItem item = only(Q1, LocalDate.of(2025, 4, 10), done(1, LocalDate.of(2025, 2, 20)));
    assertThat(item.status()).isEqualTo(DueStatus.DONE);
    assertThat(item.doneOn()).isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(item.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void resultsPublicisedInDecemberDoNotCountForTheQ1Window() {
    DueItem item = only(Q1, LocalDate.of(2025, 4, 1), done(1, LocalDate.of(2024, 12, 20)));
    assertThat(item.status()).isEqualTo(DueStatus.MISSED);
  }

  @Test
  void aQ1WindowNotDoneIsDueSoonTwoWeeksBeforeItsEndAndUpcomingBefore() {
    assertThat(only(Q1, LocalDate.of(2025, 3, 20)).status()).isEqualTo(DueStatus.DUE_SOON);
    assertThat(only(Q1, LocalDate.of(2025, 3, 10)).status()).isEqualTo(DueStatus.UPCOMING);
    assertThat(only(Q1, LocalDate.of(2025, 4, 1)).status()).isEqualTo(DueStatus.MISSED);
  }

  @Test
  void oneSupervisionInTheYearMeetsAtLeastOncePerYear() {
    DueItem none = only(SUPERVISION, LocalDate.of(2026, 1, 2));
    assertThat(none.status()).isEqualTo(DueStatus.MISSED);
    assertThat(none.required()).isEqualTo(1);
    DueItem once = only(SUPERVISION, LocalDate.of(2025, 12, 25), done(2, LocalDate.of(2025, 9, 5)));
    assertThat(once.status()).isEqualTo(DueStatus.DONE);
    assertThat(once.counted()).isEqualTo(1);
    assertThat(only(SUPERVISION, LocalDate.of(2025, 12, 20)).status())
        .isEqualTo(DueStatus.DUE_SOON);
  }

  @Test
  void twiceAYearNeedsTwoOccurrences() {
    Obligation twice =
        new Obligation(
            5L, null, null, "Kiểm tra", ObligationKind.RECURRING, null, null, 2, null, null, null);
    DueItem item = only(twice, LocalDate.of(2026, 1, 1), done(5, LocalDate.of(2025, 3, 1)));
    assertThat(item.status()).isEqualTo(DueStatus.MISSED);
    assertThat(item.counted()).isEqualTo(1);
  }

  @Test
  void theYearlyPlanFinishedBy15NovemberIsDoneAndAfterItIsMissed() {
    assertThat(only(PLAN, LocalDate.of(2025, 11, 20), done(3, LocalDate.of(2025, 11, 15))).status())
        .isEqualTo(DueStatus.DONE);
    assertThat(only(PLAN, LocalDate.of(2025, 11, 20), done(3, LocalDate.of(2025, 11, 16))).status())
        .isEqualTo(DueStatus.MISSED);
    assertThat(only(PLAN, LocalDate.of(2025, 11, 1)).status()).isEqualTo(DueStatus.DUE_SOON);
    assertThat(only(PLAN, LocalDate.of(2025, 10, 31)).status()).isEqualTo(DueStatus.UPCOMING);
  }

  @Test
  void anAdHocReportIsDueWithinItsDaysOfTheRequest() {
    LocalDate requested = LocalDate.of(2025, 9, 4);
    Occurrence pending = new Occurrence(20L, 4, requested, null, null);
    DueItem item = only(ADHOC, LocalDate.of(2025, 9, 6), pending);
    assertThat(item.dueOn()).isEqualTo(LocalDate.of(2025, 9, 11));
    assertThat(item.status()).isEqualTo(DueStatus.DUE_SOON);
    assertThat(only(ADHOC, LocalDate.of(2025, 9, 12), pending).status())
        .isEqualTo(DueStatus.MISSED);
    Occurrence onTime = new Occurrence(21L, 4, requested, LocalDate.of(2025, 9, 11), "BC 5");
    assertThat(only(ADHOC, LocalDate.of(2025, 9, 30), onTime).status()).isEqualTo(DueStatus.DONE);
    Occurrence late = new Occurrence(22L, 4, requested, LocalDate.of(2025, 9, 12), "BC 6");
    assertThat(only(ADHOC, LocalDate.of(2025, 9, 12), late).status()).isEqualTo(DueStatus.MISSED);
  }

  @Test
  void noRequestMeansNothingDueForAnAdHocReport() {
    assertThat(ObligationRules.due(ADHOC, 2025, List.of(), LocalDate.of(2025, 6, 1), 14)).isEmpty();
  }
}
