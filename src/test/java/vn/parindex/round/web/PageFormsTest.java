package vn.parindex.round.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.parindex.input.InvalidInputException;

/** The round forms read numbers and days as the rest of ParIndex does, never guessing. */
class PageFormsTest {

  private static MockHttpServletRequest typed(String field, String value) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addParameter(field, value);
    return request;
  }

  @Test
  void numbersAreReadAsTypedAndWhatIsAmbiguousIsRefused() {
    assertThat(PageForms.decimal(typed("points", "3,5"), "points")).isEqualByComparingTo("3.5");
    assertThat(PageForms.decimal(typed("points", " .5 "), "points")).isEqualByComparingTo("0.5");
    assertThat(PageForms.decimal(typed("points", ""), "points")).isNull();
    assertThatThrownBy(() -> PageForms.decimal(typed("points", "1,2,3"), "points"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(PageForms.integer(typed("round", "2"), "round")).isEqualTo(2);
    assertThatThrownBy(() -> PageForms.integer(typed("round", "1.5"), "round"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void daysAreReadStrictly() {
    assertThat(PageForms.date(typed("selfTo", "15/03/2026"), "selfTo"))
        .isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(PageForms.date(typed("selfTo", "2026-03-15"), "selfTo"))
        .isEqualTo(LocalDate.of(2026, 3, 15));
    assertThatThrownBy(() -> PageForms.date(typed("selfTo", "31/02/2026"), "selfTo"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDayWithOneDigitForDayOrMonthIsReadAsOfficialsWriteIt() {
    assertThat(PageForms.date(typed("date", "10/3/2026"), "date"))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(PageForms.date(typed("date", "5/03/2026"), "date"))
        .isEqualTo(LocalDate.of(2026, 3, 5));
    assertThatThrownBy(() -> PageForms.date(typed("date", "31/2/2026"), "date"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aFractionWhereAWholeNumberIsAskedSaysSoNotThatItIsNoNumber() {
    assertThatThrownBy(() -> PageForms.integer(typed("count", "1,5"), "count"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                    .isEqualTo("round.page.invalid.whole"));
  }
}
