package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;

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
}
