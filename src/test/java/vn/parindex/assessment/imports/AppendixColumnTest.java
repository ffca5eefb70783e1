package vn.parindex.assessment.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppendixColumnTest {

  @Test
  void headerNamesMatchWithoutDiacriticsAndInEnglish() {
    assertThat(AppendixColumn.match("Nội dung/tiêu chí/tiêu chí thành phần bị mất điểm"))
        .contains(AppendixColumn.CONTENT);
    assertThat(AppendixColumn.match("LY DO MAT DIEM")).contains(AppendixColumn.REASON);
    assertThat(AppendixColumn.match("Lý do")).contains(AppendixColumn.REASON);
    assertThat(AppendixColumn.match("max")).contains(AppendixColumn.MAX);
    assertThat(AppendixColumn.match("Điểm chuẩn")).contains(AppendixColumn.MAX);
    assertThat(AppendixColumn.match("<b>Số điểm</b>")).contains(AppendixColumn.POINTS);
    assertThat(AppendixColumn.match("measure")).contains(AppendixColumn.MEASURE);
  }
}
