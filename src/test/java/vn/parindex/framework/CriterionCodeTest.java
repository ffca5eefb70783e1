package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CriterionCodeTest {

  @Test
  void trailingDotIsDropped() {
    assertThat(CriterionCode.parse("3.")).contains(new CriterionCode("3"));
  }

  @Test
  void spacesAndLeadingZerosAreNormalised() {
    assertThat(CriterionCode.parse(" 01 . 2 ")).contains(new CriterionCode("1.2"));
  }

  @Test
  void excelNumberOnePointOneIsCodeOnePointOne() {
    assertThat(CriterionCode.fromNumber(1.1)).contains(new CriterionCode("1.1"));
    assertThat(CriterionCode.fromNumber(3.0)).contains(new CriterionCode("3"));
  }

  @Test
  void romanNumeralsAreNotCodes() {
    assertThat(CriterionCode.parse("I.1")).isEmpty();
  }

  @Test
  void codesOrderBySegmentsNumerically() {
    assertThat(CriterionCode.of("1.2")).isLessThan(CriterionCode.of("1.10"));
  }

  @Test
  void parentOfOnePointOnePointTwoIsOnePointOne() {
    assertThat(CriterionCode.of("1.1.2").parent()).contains(CriterionCode.of("1.1"));
  }

  @Test
  void oneToSixSegmentsOfOneToThreeDigitsAreCodesAndNothingElse() {
    assertThat(List.of("1", "1.0", "21.3.100", "1.2.3.4.5.6", "007"))
        .allSatisfy(v -> assertThat(new CriterionCode(v).value()).isEqualTo(v));
    assertThat(List.of("", "1234", "1.2.3.4.5.6.7", "1..2", ".1", "1.", "1,2", "1.a"))
        .allSatisfy(
            v ->
                assertThatThrownBy(() -> new CriterionCode(v))
                    .isInstanceOf(IllegalArgumentException.class));
    assertThat(CriterionCode.parse("007.010")).contains(new CriterionCode("7.10"));
    assertThat(CriterionCode.parse("1.0")).contains(new CriterionCode("1.0"));
  }
}
