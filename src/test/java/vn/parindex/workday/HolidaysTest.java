package vn.parindex.workday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The law's calendar alone (no swaps): holidays of known years and arithmetic across them. */
class HolidaysTest {

  private final WorkingDays days = WorkingDays.statutory();

  private static String line(Holiday h) {
    return h.date() + " " + h.name() + (h.lunar() == null ? "" : " (" + h.lunar().text() + ")");
  }

  @Test
  void theHolidaysOf2025() {
    List<String> lines = days.holidays(2025).stream().map(HolidaysTest::line).toList();
    assertThat(lines)
        .containsExactly(
            "2025-01-01 Tết Dương lịch",
            // the 12th month of Giáp Thìn has 29 days: no "30 Tết" in 2025
            "2025-01-28 Tết Nguyên đán (29/12)",
            "2025-01-29 Tết Nguyên đán (1/1)",
            "2025-01-30 Tết Nguyên đán (2/1)",
            "2025-01-31 Tết Nguyên đán (3/1)",
            "2025-02-01 Tết Nguyên đán (4/1)",
            // 4 Giêng is a Saturday: the next working day is off in its place
            "2025-02-03 Nghỉ bù Tết Nguyên đán",
            "2025-04-07 Giỗ Tổ Hùng Vương (10/3)",
            "2025-04-30 Ngày Chiến thắng",
            "2025-05-01 Ngày Quốc tế Lao động",
            "2025-09-02 Quốc khánh",
            "2025-09-03 Quốc khánh");
  }

  @Test
  void theHolidaysOf2026() {
    List<String> lines = days.holidays(2026).stream().map(HolidaysTest::line).toList();
    assertThat(lines)
        .containsExactly(
            "2026-01-01 Tết Dương lịch",
            "2026-02-16 Tết Nguyên đán (29/12)",
            "2026-02-17 Tết Nguyên đán (1/1)",
            "2026-02-18 Tết Nguyên đán (2/1)",
            "2026-02-19 Tết Nguyên đán (3/1)",
            "2026-02-20 Tết Nguyên đán (4/1)",
            "2026-04-26 Giỗ Tổ Hùng Vương (10/3)",
            // 10/3 lunar is a Sunday in 2026
            "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương",
            "2026-04-30 Ngày Chiến thắng",
            "2026-05-01 Ngày Quốc tế Lao động",
            "2026-09-02 Quốc khánh",
            "2026-09-03 Quốc khánh");
  }

  @Test
  void weekendsAndHolidaysAreNoWorkingDays() {
    assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue(); // Friday before Tết
    assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // 29 Chạp, Monday
    assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 21))).isFalse(); // Saturday
    assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
  }

  @Test
  void countingWorkingDaysSkipsTetAndTheWeekend() {
    LocalDate friday = LocalDate.of(2026, 2, 13);
    assertThat(days.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(days.plusWorkingDays(friday, 3)).isEqualTo(LocalDate.of(2026, 2, 25));
    assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 23), -1)).isEqualTo(friday);
    assertThat(days.plusWorkingDays(friday, 0)).isEqualTo(friday);
    // from Friday 13/02 (included) to Tuesday 24/02 (excluded): the Friday and Monday 23/02
    assertThat(days.workingDaysBetween(friday, LocalDate.of(2026, 2, 24))).isEqualTo(2);
    assertThat(days.workingDaysBetween(LocalDate.of(2026, 2, 24), friday)).isEqualTo(-2);
    assertThat(days.workingDaysBetween(friday, friday)).isZero();
  }

  @Test
  void aYearsSpecialDaysAreItsWeekdaysOff() {
    List<SpecialDay> special = days.specialDays(2026);
    assertThat(special).extracting(SpecialDay::working).containsOnly(false);
    assertThat(special)
        .extracting(SpecialDay::date)
        .contains(LocalDate.of(2026, 4, 27))
        // Hùng Kings' day itself is a Sunday, off anyway: not a special day
        .doesNotContain(LocalDate.of(2026, 4, 26));
    assertThat(special).hasSize(11);
  }

  @Test
  void holidaysOnOneWeekendDayGiveOneCompensatoryDay() {
    // 1/1/2022 was a Saturday: Monday 3/1 off in its place, nothing else
    assertThat(days.holidays(2022))
        .filteredOn(h -> h.kind() == HolidayKind.COMPENSATORY)
        .extracting(Holiday::date)
        .contains(LocalDate.of(2022, 1, 3));
  }
}
