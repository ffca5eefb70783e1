package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFactsTest {

  @ParameterizedTest(name = "«{0}» states {1} %")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tỷ lệ đạt 94% | 94",
        "đạt 94% | 94",
        "Tỷ lệ số hoá kết quả đạt 99.6% | 99.6",
        "thanh toán đạt 90,78 % | 90.78",
        "90,78% | 90.78",
        "Thanh toán trực tuyến là 90,78 % | 90.78",
        "tỷ lệ 85 % | 85",
        "Tỉ lệ hồ sơ đúng hạn 85% | 85",
        "tỷ lệ đạt được 85,5% | 85.5",
        "đạt 85 phần trăm | 85",
        "hoàn thành 7/8 nhiệm vụ | 87.5",
        "Hoàn thành 7 / 8 nhiệm vụ được giao | 87.5",
        "đạt 45/50 hồ sơ | 90",
        "giải quyết đúng hạn 45 trên 50 hồ sơ | 90",
        "đạt 45 trên tổng số 50 hồ sơ | 90",
        "Đơn vị hoàn thành 3/4. | 75",
        "Giải quyết 45/50 hồ sơ đúng hạn (90%) | 90",
        "Chỉ đạt 60%; còn chậm | 60",
        "Không có hồ sơ trễ hạn, tỷ lệ đúng hạn đạt 100% | 100",
        "Bổ sung trong tháng 12/2024, tỷ lệ 80% | 80",
        "Báo cáo ngày 04/9/2024 đạt 70% | 70",
      })
  void readsTheAchievedRateInCommonWordings(String text, String percent) {
    assertThat(TextFacts.achievedRate(text))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(percent));
  }

  @ParameterizedTest(name = "«{0}» states no achieved rate")
  @ValueSource(
      strings = {
        "còn ít, chưa đạt 100%.",
        "không đạt 80% theo yêu cầu",
        "Tỷ lệ hồ sơ không đúng hạn 5%",
        "Yêu cầu đạt 100% nhưng đơn vị chưa báo cáo",
        "Phải đạt tối thiểu 80%",
        "tỷ lệ từ 80% trở lên",
        "tỷ lệ trên 90%",
        "Đảm bảo 100% hồ sơ đúng hạn",
        "Đơn vị hoàn thành khắc phục 21/13 vấn đề.",
        "Thiếu 1/8 báo cáo",
        "Trực tuyến đạt 60%, thanh toán đạt 40%",
        "Công văn số 1934/UBND-NC ngày 04/9/2024 của UBND",
        "bổ sung trong 12/2024 nên không được tính",
        "Tỷ lệ đạt 120%",
        "",
      })
  void takesNoRateWhereNoneWasReachedOrItIsAmbiguous(String text) {
    assertThat(TextFacts.achievedRate(text)).isEmpty();
  }

  @Test
  void readsTheNoteWhenTheReasonStatesNoRate() {
    assertThat(TextFacts.achievedRate("Chậm báo cáo", "hoàn thành 3/4 nhiệm vụ"))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("75"));
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
        .satisfies(r -> assertThat(r).startsWith(21L, 13L));
    assertThat(TextFacts.ratios("đạt 45 trên 50 hồ sơ"))
        .singleElement()
        .satisfies(r -> assertThat(r).startsWith(45L, 50L));
  }

  @Test
  void everyPercentageIsFound() {
    assertThat(TextFacts.percentages("đạt 60%, yêu cầu 100 %, chưa đạt 90,5%"))
        .extracting(java.math.BigDecimal::toPlainString)
        .containsExactly("60", "100", "90.5");
  }
}
