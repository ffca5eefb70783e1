package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IssueDateTest {

  @Test
  void padsDaysBelowTenAndMonthsOneAndTwo() {
    assertThat(new IssueDate(5, 2, 2025).words()).isEqualTo("ngày 05 tháng 02 năm 2025");
    assertThat(new IssueDate(15, 3, 2025).words()).isEqualTo("ngày 15 tháng 3 năm 2025");
    assertThat(new IssueDate(5, 11, 2025).numeric()).isEqualTo("05/11/2025");
  }

  @Test
  void aBlankDayLeavesRoomToWriteItIn() {
    assertThat(new IssueDate(null, 1, 2025).words()).isEqualTo("ngày      tháng 01 năm 2025");
    assertThat(new IssueDate(null, 1, 2025).numeric()).isEqualTo("…../01/2025");
  }

  @Test
  void refusesADayThatDoesNotExist() {
    assertThatThrownBy(() -> new IssueDate(30, 2, 2025))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
