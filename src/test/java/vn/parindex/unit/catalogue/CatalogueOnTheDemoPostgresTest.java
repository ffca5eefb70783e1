package vn.parindex.unit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.LineageKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** The real demo, then the catalogue: the seed's commune is part of Xã Vĩnh Linh since 1/7/2025. */
@PostgresTest(properties = "parindex.demo.enabled=true")
class CatalogueOnTheDemoPostgresTest {

  @Autowired CatalogueImport catalogue;
  @Autowired Units units;

  @Test
  void theDemosVinhChapIsLinkedToXaVinhLinhAndTheRestIsReported() throws InterruptedException {
    Unit vinhChap = demoCommune();
    CatalogueReport report = catalogue.run();

    Unit xaVinhLinh = units.findByCode("19363").orElseThrow();
    assertThat(units.successorsOf(vinhChap.id()))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.successorId()).isEqualTo(xaVinhLinh.id());
              assertThat(l.kind()).isEqualTo(LineageKind.MERGED);
              assertThat(l.effectiveOn()).isEqualTo(LocalDate.of(2025, 7, 1));
            });
    assertThat(report.unmatched())
        .anySatisfy(u -> assertThat(u.formerName()).isEqualTo("Thị trấn Hồ Xá"))
        .allSatisfy(u -> assertThat(u.reason()).isEqualTo("NOT_FOUND"));
    assertThat(report.unmatched())
        .as("only names of the new Quảng Trị, the province the demo holds units of")
        .allSatisfy(
            u ->
                assertThat(units.findByCode(u.unitCode()).orElseThrow().parentId())
                    .isEqualTo(xaVinhLinh.parentId()));
    assertThat(catalogue.run().added()).isZero();
  }

  /** The demo loads while the app starts; wait for it rather than race it. */
  private Unit demoCommune() throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      var found = units.findByCode("DEMO-VINHCHAP");
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the demo did not load in 60 s");
  }
}
