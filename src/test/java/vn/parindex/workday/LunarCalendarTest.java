package vn.parindex.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    // China (UTC+8) had it on 20/02/1985: a calendar at the wrong zone is a month off here
    "1985, 1985-01-21",
    // and China on 18/02/2007: a new moon at 23:xx in Vietnam is the next day at UTC+8
    "2007, 2007-02-17"
  })
  void tetFallsOnTheVietnameseDate(int year, LocalDate tet) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    assertThat(LunarCalendar.lunar(tet)).isEqualTo(new LunarDate(1, 1, year, false));
  }

  @ParameterizedTest(name = "10/3 lunar of {0} is {1}")
  @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2023, 2023-04-29"})
  void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate day) {
    assertThat(LunarCalendar.solar(new LunarDate(10, 3, year, false))).isEqualTo(day);
    assertThat(LunarCalendar.lunar(day).text()).isEqualTo("10/3");
  }

  @Test
  void theLeapMonthOf2023IsTheSecond() {
    // 2023 had a tháng 2 nhuận: 22/3/2023 was 1/2n
    assertThat(LunarCalendar.lunar(LocalDate.of(2023, 3, 22)))
        .isEqualTo(new LunarDate(1, 2, 2023, true));
    assertThat(LunarCalendar.lunar(LocalDate.of(2023, 2, 20)))
        .isEqualTo(new LunarDate(1, 2, 2023, false));
    assertThatThrownBy(() -> LunarCalendar.solar(new LunarDate(1, 3, 2023, true)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLastDayOfALunarYearIsTheDayBeforeTet() {
    LunarDate last = LunarCalendar.lunar(LocalDate.of(2026, 2, 16));
    assertThat(last.month()).isEqualTo(12);
    assertThat(last.year()).isEqualTo(2025);
    assertThat(last.day()).isIn(29, 30);
  }

  @Test
  void everyDayFrom1900To2100GoesToItsLunarDateAndBack() {
    LocalDate end = LocalDate.of(2101, 1, 1);
    int days = 0;
    LunarDate previous = null;
    for (LocalDate day = LocalDate.of(1900, 1, 1); day.isBefore(end); day = day.plusDays(1)) {
      LunarDate lunar = LunarCalendar.lunar(day);
      assertThat(LunarCalendar.solar(lunar)).as("%s → %s", day, lunar).isEqualTo(day);
      if (previous != null && lunar.day() != 1) {
        // within a month the days follow each other
        assertThat(lunar.day()).as("%s", day).isEqualTo(previous.day() + 1);
      }
      previous = lunar;
      days++;
    }
    assertThat(days).isEqualTo(73_414);
  }

  @Test
  void aDayPastTheEndOfItsMonthIsRefused() {
    // the 12th month of Ất Tỵ (2025) has 29 days: Tết 2026 is 17/02, so 16/02 is 29/12
    assertThat(LunarCalendar.lunar(LocalDate.of(2026, 2, 16)).day()).isEqualTo(29);
    assertThatThrownBy(() -> LunarCalendar.solar(new LunarDate(30, 12, 2025, false)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
