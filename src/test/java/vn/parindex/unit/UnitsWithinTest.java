package vn.parindex.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A unit is within another when that one is itself or above it at any depth, as the appraiser's
 * scope reads it ({@link Units#isWithin}), the same answer as looking it up among the other's
 * descendants.
 */
@SpringBootTest
@ActiveProfiles("test")
class UnitsWithinTest {

  @Autowired Units units;

  @Test
  void aUnitIsWithinItselfAndEveryUnitAboveItAndNoOther() {
    Unit p = units.save(unit("UW-P", "Tỉnh Trong", UnitType.PROVINCE, null));
    Unit d = units.save(unit("UW-D", "Huyện Trong", UnitType.DISTRICT, p.id()));
    Unit a = units.save(unit("UW-A", "Xã Trong", UnitType.COMMUNE, d.id()));
    Unit p2 = units.save(unit("UW-P2", "Tỉnh Ngoài", UnitType.PROVINCE, null));
    Unit c = units.save(unit("UW-C", "Xã Ngoài", UnitType.COMMUNE, p2.id()));
    assertThat(units.isWithin(a.id(), p.id())).isTrue();
    assertThat(units.isWithin(a.id(), d.id())).isTrue();
    assertThat(units.isWithin(a.id(), a.id())).isTrue();
    assertThat(units.isWithin(p.id(), a.id())).as("not upwards").isFalse();
    assertThat(units.isWithin(c.id(), p.id())).as("another province's commune").isFalse();
    assertThat(units.isWithin(d.id(), p2.id())).isFalse();
    for (Unit x : new Unit[] {p, d, a, p2, c}) {
      for (Unit y : new Unit[] {p, d, a, p2, c}) {
        assertThat(units.isWithin(x.id(), y.id()))
            .as("%s within %s", x.code(), y.code())
            .isEqualTo(units.descendantIds(y.id()).contains(x.id()));
      }
    }
  }

  private static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }
}
