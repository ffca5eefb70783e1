package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void pointsTakeADecimalCommaInVietnameseAndAPointInEnglish() {
    assertThat(DecimalText.points(new BigDecimal("6.47"), VI)).isEqualTo("6,47");
    assertThat(DecimalText.points(new BigDecimal("21"), VI)).isEqualTo("21,00");
    assertThat(DecimalText.points(new BigDecimal("0.905"), VI)).isEqualTo("0,91");
    assertThat(DecimalText.points(new BigDecimal("63.53"), Locale.ENGLISH)).isEqualTo("63.53");
    assertThat(DecimalText.points(null, VI)).isEmpty();
  }

  @Test
  void percentKeepsUpToTwoDecimalsWithoutTrailingZeros() {
    assertThat(DecimalText.percent(new BigDecimal("90.780"), VI)).isEqualTo("90,78");
    assertThat(DecimalText.percent(new BigDecimal("94.00"), VI)).isEqualTo("94");
    assertThat(DecimalText.percent(new BigDecimal("99.6"), Locale.ENGLISH)).isEqualTo("99.6");
  }

  @Test
  void textChangesOnlyNumbersFollowedByTheirUnit() {
    String text =
        "bị trừ 6.47 điểm; đạt 99.6%; Tiêu chí 2.3: ngày 04.9.2024, ISO 9001:2015, 1.234.5 điểm";
    assertThat(DecimalText.inText(text, VI))
        .isEqualTo(
            "bị trừ 6,47 điểm; đạt 99,6%; Tiêu chí 2.3: ngày 04.9.2024, ISO 9001:2015, 1.234.5 điểm");
    assertThat(DecimalText.inText(text, Locale.ENGLISH)).isEqualTo(text);
  }

  @Test
  void anInputValueHasNoTrailingZerosAndReadsBack() {
    assertThat(DecimalText.plain(new BigDecimal("6.4700"), VI)).isEqualTo("6,47");
    assertThat(DecimalText.plain(new BigDecimal("21.00"), VI)).isEqualTo("21");
    assertThat(DecimalText.plain(new BigDecimal("6.47"), Locale.ENGLISH)).isEqualTo("6.47");
    assertThat(DecimalText.plain(null, VI)).isEmpty();
    assertThat(Decimals.parse(DecimalText.plain(new BigDecimal("0.905"), VI)))
        .contains(new BigDecimal("0.905"));
  }

  @Test
  void figuresInAMessageFollowTheReaderButACodeStays() {
    Object[] args =
        DecimalText.figures(java.util.List.of("2.3", "0.91", new BigDecimal("0.9"), "21"), 1, VI);
    assertThat(args).containsExactly("2.3", "0,91", "0,90", "21");
    assertThat(DecimalText.figures(java.util.List.of("2.3", "0.91"), 1, Locale.ENGLISH))
        .containsExactly("2.3", "0.91");
  }
}
