package vn.parindex.unit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.LineageKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** The shipped catalogue on the real PostgreSQL: counts, speed, idempotence and lineage. */
@PostgresTest
class CatalogueImportTest {

  @Autowired CatalogueImport catalogue;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void empty() {
    jdbc.sql("delete from unit_lineage").update();
    jdbc.sql("delete from unit").update();
  }

  @Test
  void importsTheWholeCatalogueFastAndASecondRunChangesNothing() {
    CatalogueReport first = catalogue.run();
    assertThat(first.provincesAdded()).isEqualTo(34);
    assertThat(first.communesAdded()).isEqualTo(3321);
    assertThat(count("unit")).isEqualTo(3355);
    Unit vinhLinh = units.findByCode("19363").orElseThrow();
    assertThat(vinhLinh.name()).isEqualTo("Xã Vĩnh Linh");
    assertThat(vinhLinh.type()).isEqualTo(UnitType.COMMUNE);
    assertThat(vinhLinh.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(units.findById(vinhLinh.parentId()).orElseThrow().code()).isEqualTo("44");
    assertThat(units.children(units.findByCode("79").orElseThrow().id())).hasSize(168);
    assertThat(units.findByCode("26732").orElseThrow().label()).isEqualTo("đặc khu Côn Đảo");

    CatalogueReport second = catalogue.run();
    assertThat(second.added()).isZero();
    assertThat(second.kept()).isEqualTo(3355);
    assertThat(second.linksAdded()).isZero();
    assertThat(second.keptNamedOtherwise()).isEmpty();
    assertThat(count("unit")).isEqualTo(3355);

    empty();
    CatalogueReport again = catalogue.run();
    assertThat(again.added()).isEqualTo(3355);
    // Row by row this takes seconds on PostgreSQL; in multi-row statements, a few hundred ms.
    assertThat(again.millis()).as("a full import, warm").isLessThan(2000);
    System.out.printf(
        "catalogue import: cold %d ms, again with everything present %d ms, full warm %d ms%n",
        first.millis(), second.millis(), again.millis());
  }

  @Test
  void theDemosCommuneBecomesPartOfXaVinhLinhFrom1July2025() {
    Unit province = save("DEMO-QT", "Quảng Trị", UnitType.PROVINCE, null);
    Unit vinhLinhDistrict = save("DEMO-VL", "Vĩnh Linh", UnitType.DISTRICT, province);
    Unit gioLinh = save("T-GL", "Gio Linh", UnitType.DISTRICT, province);
    Unit vinhChap = save("DEMO-VINHCHAP", "Vĩnh Chấp", UnitType.COMMUNE, vinhLinhDistrict);
    // Two communes named Vĩnh Long: the one beside Vĩnh Chấp is the one the catalogue means.
    Unit vinhLong = save("T-VLONG", "Xã Vĩnh Long", UnitType.COMMUNE, vinhLinhDistrict);
    save("T-VLONG-GL", "Vĩnh Long", UnitType.COMMUNE, gioLinh);

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
    assertThat(units.predecessorsOf(xaVinhLinh.id()))
        .extracting(l -> l.predecessorId())
        .containsExactlyInAnyOrder(vinhChap.id(), vinhLong.id());
    assertThat(units.successorsOf(province.id()))
        .singleElement()
        .satisfies(
            l -> assertThat(l.successorId()).isEqualTo(units.findByCode("44").orElseThrow().id()));
    assertThat(report.links())
        .anySatisfy(
            l -> {
              assertThat(l.formerCode()).isEqualTo("DEMO-VINHCHAP");
              assertThat(l.unitCode()).isEqualTo("19363");
            });
    assertThat(catalogue.run().linksAdded()).isZero();
    assertThat(units.predecessorsOf(xaVinhLinh.id())).hasSize(2);
  }

  @Test
  void namesNotMatchedAreReportedAndNeverGuessed() {
    Unit province = save("T-QT", "Tỉnh Quảng Trị", UnitType.PROVINCE, null);
    save(
        "T-VLAM-1",
        "Vĩnh Lâm",
        UnitType.COMMUNE,
        save("T-D1", "Vĩnh Linh", UnitType.DISTRICT, province));
    save(
        "T-VLAM-2",
        "Vĩnh Lâm",
        UnitType.COMMUNE,
        save("T-D2", "Gio Linh", UnitType.DISTRICT, province));

    CatalogueReport report = catalogue.run();

    assertThat(report.unmatched())
        .anySatisfy(
            u -> {
              assertThat(u.formerName()).isEqualTo("Xã Vĩnh Lâm");
              assertThat(u.unitCode()).isEqualTo("19405");
              assertThat(u.reason()).isEqualTo("AMBIGUOUS");
            })
        .anySatisfy(
            u -> {
              assertThat(u.formerName()).isEqualTo("Thị trấn Hồ Xá");
              assertThat(u.reason()).isEqualTo("NOT_FOUND");
            });
    assertThat(report.linksAdded()).as("only the province itself").isEqualTo(1);
    assertThat(count("unit_lineage")).isEqualTo(1);
    assertThat(report.absent()).as("names of provinces with no unit in ParIndex").isPositive();
    assertThat(catalogue.run().unmatched()).hasSameSizeAs(report.unmatched());
  }

  @Test
  void theFormerDistrictTheListNamesTellsSameNamedWardsApart() {
    Unit province = save("T-QT", "Quảng Trị", UnitType.PROVINCE, null);
    Unit dongHa = save("T-DH", "Thành phố Đông Hà", UnitType.DISTRICT, province);
    Unit town = save("T-TXQT", "Thị xã Quảng Trị", UnitType.DISTRICT, province);
    Unit ward1DongHa = save("T-DH-1", "Phường 1", UnitType.WARD, dongHa);
    Unit ward1Town = save("T-QT-1", "Phường 1", UnitType.WARD, town);
    Unit ward3Town = save("T-QT-3", "Phường 3", UnitType.WARD, town);

    catalogue.run();

    assertThat(successorCodes(ward1DongHa)).containsExactly("19333");
    // "Phường 1, Phường 2, Phường 3 (thị xã Quảng Trị)": Phường 3's district settles Phường 1.
    assertThat(successorCodes(ward1Town)).containsExactly("19360");
    assertThat(successorCodes(ward3Town)).containsExactly("19360");
  }

  @Test
  void aUnitPresentWithTheSameCodeIsKeptAndNamedOnlyWhenBlank() {
    Unit blank = save("19363", " ", UnitType.COMMUNE, null);
    Unit other = save("19366", "Bến Quan cũ", UnitType.COMMUNE, null);

    CatalogueReport report = catalogue.run();

    assertThat(report.kept()).isEqualTo(2);
    assertThat(report.named()).isEqualTo(1);
    assertThat(report.communesAdded()).isEqualTo(3319);
    assertThat(units.findById(blank.id()).orElseThrow().name()).isEqualTo("Xã Vĩnh Linh");
    assertThat(units.findById(other.id()).orElseThrow().name()).isEqualTo("Bến Quan cũ");
    assertThat(report.keptNamedOtherwise())
        .singleElement()
        .satisfies(o -> assertThat(o.catalogue()).isEqualTo("Xã Bến Quan"));
  }

  @Test
  void twoAdministratorsClickingAtOnceEndWithOneCopyOfEachUnitAndLink() throws Exception {
    Unit province = save("DEMO-QT", "Quảng Trị", UnitType.PROVINCE, null);
    save("DEMO-VINHCHAP", "Vĩnh Chấp", UnitType.COMMUNE, province);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.Callable<CatalogueReport> click =
          () -> {
            start.await();
            return catalogue.run();
          };
      var first = pool.submit(click);
      var second = pool.submit(click);
      start.countDown();
      CatalogueReport a = first.get();
      CatalogueReport b = second.get();
      assertThat(a.added() + b.added()).isEqualTo(3355);
      assertThat(a.linksAdded() + b.linksAdded()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("unit")).isEqualTo(3357);
    assertThat(count("unit_lineage")).isEqualTo(2);
  }

  private java.util.List<String> successorCodes(Unit unit) {
    return units.successorsOf(unit.id()).stream()
        .map(l -> units.findById(l.successorId()).orElseThrow().code())
        .toList();
  }

  private Unit save(String code, String name, UnitType type, Unit parent) {
    return units.save(
        new Unit(
            null,
            code,
            name,
            type,
            parent == null ? null : parent.id(),
            null,
            null,
            code.startsWith("DEMO-")));
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
