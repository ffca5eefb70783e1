package vn.parindex.unit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormerNameTest {

  @Test
  void commasInsideBracketsDoNotSplitANameAndTheNoteIsNotPartOfIt() {
    var names =
        FormerName.list(
            "Phường Giảng Võ, Phường Kim Mã (phần còn lại sau khi sáp nhập vào phường Ba Đình,"
                + " phường Ngọc Hà)",
            "Phường Giảng Võ");
    assertThat(names).hasSize(2);
    assertThat(names.get(1).place().kind()).isEqualTo("phường");
    assertThat(names.get(1).place().proper()).isEqualTo("Kim Mã");
    assertThat(names.get(1).districtKey()).isNull();
  }

  @Test
  void aBracketNamingADistrictIsKeptAsTheFormerDistrict() {
    FormerName name = FormerName.of("Phường 15 (Quận 10)");
    assertThat(name.place().proper()).isEqualTo("15");
    assertThat(name.districtKey()).isEqualTo("10");
    assertThat(FormerName.of("Xã Kim Đông (thị xã Quảng Trị)").districtKey())
        .isEqualTo("quảng trị");
  }

  @Test
  void unchangedNamesTheUnitItselfAndAProvinceListSplitsOnVa() {
    assertThat(FormerName.list("giữ nguyên", "Xã Ngọc Long"))
        .singleElement()
        .satisfies(n -> assertThat(n.place().proper()).isEqualTo("Ngọc Long"));
    assertThat(
            FormerName.provinces("TPHCM, tỉnh Bà Rịa - Vũng Tàu và tỉnh Bình Dương", "x").stream()
                .map(n -> n.place().key()))
        .containsExactly("hồ chí minh", "bà rịa - vũng tàu", "bình dương");
  }

  @Test
  void decomposedTextAndTheOlderTonePlacementCompareEqual() {
    assertThat(FormerName.of("Xa\u0303 Vi\u0303nh Hoà").place().key())
        .isEqualTo(FormerName.of("Xã Vĩnh Hòa").place().key());
  }
}
