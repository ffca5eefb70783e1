package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFactsTest {

  @Test
  void achievedRateAcceptsCommaPointAndSpaceBeforePercent() {
    assertThat(TextFacts.achievedRate("Tỷ lệ đạt 94%"))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("94"));
    assertThat(TextFacts.achievedRate("Tỷ lệ số hoá kết quả đạt 99.6%"))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("99.6"));
    assertThat(TextFacts.achievedRate("thanh toán đạt 90,78 %"))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("90.78"));
  }

  @Test
  void aRateNotAchievedIsNotTakenAsTheRate() {
    assertThat(TextFacts.achievedRate("còn ít, chưa đạt 100%.")).isEmpty();
  }

  @Test
  void datesAndDocumentNumbersAreNotCounts() {
    assertThat(
            TextFacts.ratios("Công văn số 1934/UBND-NC ngày 04/9/2024 của UBND; tháng 12/2024 nên"))
        .isEmpty();
    assertThat(TextFacts.ratios("ngày 31/12 năm")).isEmpty();
  }

  @Test
  void countsFollowedByANounAreFound() {
    assertThat(TextFacts.ratios("Đơn vị hoàn thành khắc phục 21/13 vấn đề."))
        .singleElement()
        .satisfies(r -> assertThat(r).containsExactly(21L, 13L));
  }
}
