package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParamsTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PROPORTIONAL|floor=90",
        "PROPORTIONAL|''",
        "THRESHOLD|threshold=80",
        "DEDUCTION|per_item=0.5",
        "LEVELS|levels=Tốt:2.5; Đầy đủ:2; Một phần:1; Không:0",
        "RATE_BANDS|bands=(90,100]:2; [70,90]:1; [0,70):0",
        "RATE_BANDS|bands=[100,):3; [,50):0",
        "SURVEY|weights=A:100; B:70; C:30; D:0",
        "SURVEY|''",
        "MANUAL|''",
        "BINARY|''"
      })
  void formatReadsBackToTheSameMethod(MethodKind kind, String text) {
    ScoringMethod method = ParamsText.parse(kind, text);
    assertThat(ParamsText.format(method)).isEqualTo(text == null ? "" : text);
    assertThat(ParamsText.parse(kind, ParamsText.format(method))).isEqualTo(method);
  }

  @Test
  void decimalCommaIsAccepted() {
    assertThat(ParamsText.parse(MethodKind.DEDUCTION, "per_item=0,25"))
        .isEqualTo(new Scoring.Deduction(new BigDecimal("0.25")));
  }

  @Test
  void rangeEndsWithDecimalCommasAreReadWhenBothHaveOne() {
    Scoring.RateBands bands =
        (Scoring.RateBands) ParamsText.parse(MethodKind.RATE_BANDS, "bands=[70,5,90,5]:1");
    assertThat(bands.bands().get(0).from()).isEqualByComparingTo("70.5");
    assertThat(bands.bands().get(0).to()).isEqualByComparingTo("90.5");
    assertThat(bands.bands().get(0).toInclusive()).isTrue();
  }

  @Test
  void thresholdWithoutItsParameterIsRefusedNamingIt() {
    assertThatThrownBy(() -> ParamsText.parse(MethodKind.THRESHOLD, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold");
  }

  @Test
  void aParameterOfAnotherMethodIsRefused() {
    assertThatThrownBy(() -> ParamsText.parse(MethodKind.THRESHOLD, "floor=80"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBandWithoutBracketsIsRefused() {
    assertThatThrownBy(() -> ParamsText.parse(MethodKind.RATE_BANDS, "bands=90-100:2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands");
  }

  @Test
  void aBandWhoseStartIsAboveItsEndIsRefused() {
    assertThatThrownBy(() -> ParamsText.parse(MethodKind.RATE_BANDS, "bands=[90,70]:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands");
  }

  @Test
  void methodNamesAreReadInEnglishOrVietnameseWithOrWithoutDiacritics() {
    assertThat(MethodKind.parse("Tỷ lệ")).contains(MethodKind.PROPORTIONAL);
    assertThat(MethodKind.parse("ty le")).contains(MethodKind.PROPORTIONAL);
    assertThat(MethodKind.parse("rate-bands")).contains(MethodKind.RATE_BANDS);
    assertThat(MethodKind.parse("Điều tra")).contains(MethodKind.SURVEY);
    assertThat(MethodKind.parse("magic")).isEmpty();
  }
}
