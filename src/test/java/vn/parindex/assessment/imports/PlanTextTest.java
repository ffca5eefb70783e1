package vn.parindex.assessment.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.parindex.assessment.StatedRank;

class PlanTextTest {

  @Test
  void planTextGivesStatedLossAndRank() {
    String text =
        "UBND xã đứng thứ 11/18 xã, thị trấn trên toàn huyện (tăng 3 bậc so với năm 2023), bị trừ 6,47 điểm.";
    assertThat(PlanText.statedLoss(text))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.47"));
    assertThat(PlanText.statedRank(text)).isEqualTo(new StatedRank(11, 18, 3));
    assertThat(PlanText.statedRank("xếp thứ 5/18 (giảm 2 bậc)"))
        .isEqualTo(new StatedRank(5, 18, -2));
  }
}
