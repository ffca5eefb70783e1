package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.parindex.input.InvalidInputException;

class IndicatorPeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 17);

  @Test
  void todayIsLiveFromTheFirstOfJanuaryToToday() {
    IndicatorPeriod p = IndicatorPeriod.parse(null, TODAY);
    assertThat(p.live()).isTrue();
    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(p.to()).isEqualTo(TODAY);
    assertThat(IndicatorPeriod.parse("today", TODAY)).isEqualTo(p);
  }

  @Test
  void aYearAQuarterAMonthAndARangeAreTheirDaysBothEndsIncluded() {
    assertThat(IndicatorPeriod.parse("2025", TODAY).to()).isEqualTo(LocalDate.of(2025, 12, 31));
    IndicatorPeriod q = IndicatorPeriod.parse("2026-Q1", TODAY);
    assertThat(q.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(q.to()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(IndicatorPeriod.parse("2024-02", TODAY).to()).isEqualTo(LocalDate.of(2024, 2, 29));
    IndicatorPeriod r = IndicatorPeriod.parse("2026-01-15..2026-03-01", TODAY);
    assertThat(r.from()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(r.to()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(r.live()).isFalse();
  }

  @Test
  void aMalformedReversedOrEndlessPeriodIsRefused() {
    assertThatThrownBy(() -> IndicatorPeriod.parse("2026-13", TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> IndicatorPeriod.parse("tuần trước", TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> IndicatorPeriod.parse("2026-03-01..2026-01-01", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
        .isEqualTo("dossier.indicator.period.reversed");
    assertThatThrownBy(() -> IndicatorPeriod.parse("1990-01-01..2026-01-01", TODAY))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theChooserOffersNoMonthAfterToday() {
    assertThat(PeriodChoice.around(TODAY).stream().map(PeriodChoice::value))
        .startsWith("today", "2026", "2026-Q2", "2026-Q1", "2026-05")
        .doesNotContain("2026-06", "2026-Q3")
        .contains("2025-12", "2025-Q4")
        .endsWith("2024", "2023", "2022")
        .doesNotContain("2024-12");
  }
}
