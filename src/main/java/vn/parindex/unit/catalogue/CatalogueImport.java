package vn.parindex.unit.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Imports the shipped catalogue in one transaction: all or nothing, and idempotent (a unit present
 * with the same code is kept, named only if its name is blank; a lineage link present is not stated
 * twice). Two runs at once: the one that loses the race on a unit's code runs again and finds
 * everything in place.
 */
@Service
public class CatalogueImport {

  /** The day the 2025 arrangement took effect. */
  public static final LocalDate IN_FORCE = LocalDate.of(2025, 7, 1);

  private final Units units;
  private final CatalogueRows rows;
  private final TransactionTemplate transaction;

  CatalogueImport(Units units, CatalogueRows rows, PlatformTransactionManager transactions) {
    this.units = units;
    this.rows = rows;
    this.transaction = new TransactionTemplate(transactions);
  }

  public CatalogueReport run() {
    long start = System.nanoTime();
    List<CatalogueEntry> catalogue = UnitCatalogue.load();
    CatalogueReport report;
    try {
      report = transaction.execute(status -> once(catalogue, start));
    } catch (DuplicateKeyException raced) {
      report = transaction.execute(status -> once(catalogue, start));
    }
    return report;
  }

  /** Size of the shipped catalogue: provinces, then communes, wards and special zones. */
  public static int[] size() {
    List<CatalogueEntry> catalogue = UnitCatalogue.load();
    int provinces = (int) catalogue.stream().filter(CatalogueEntry::province).count();
    return new int[] {provinces, catalogue.size() - provinces};
  }

  private CatalogueReport once(List<CatalogueEntry> catalogue, long start) {
    List<Unit> before = units.all();
    Map<String, Unit> present = byCode(before);
    LineageMatcher.Result matched = LineageMatcher.match(before, catalogue);
    int kept = 0;
    int named = 0;
    List<CatalogueReport.OtherName> otherNames = new ArrayList<>();
    List<Unit> provinces = new ArrayList<>();
    for (CatalogueEntry entry : catalogue) {
      Unit unit = present.get(entry.code());
      if (unit == null) {
        if (entry.province()) {
          provinces.add(unitOf(entry, null));
        }
        continue;
      }
      kept++;
      if (unit.name().isBlank() && rows.nameIfBlank(unit.id(), entry.name())) {
        named++;
      } else if (!unit.name().equals(entry.name())) {
        otherNames.add(new CatalogueReport.OtherName(unit.code(), unit.name(), entry.name()));
      }
    }
    rows.insert(provinces);
    Map<String, Unit> withProvinces = byCode(units.all());
    List<Unit> communes = new ArrayList<>();
    for (CatalogueEntry entry : catalogue) {
      if (!entry.province() && !present.containsKey(entry.code())) {
        communes.add(unitOf(entry, withProvinces.get(entry.provinceCode()).id()));
      }
    }
    rows.insert(communes);
    Map<String, Unit> after = byCode(units.all());
    Map<Long, Unit> byId = new HashMap<>();
    after.values().forEach(u -> byId.put(u.id(), u));
    Set<String> linked = rows.lineagePairs();
    List<Lineage> links = new ArrayList<>();
    List<CatalogueReport.Link> shown = new ArrayList<>();
    int linksPresent = 0;
    for (LineageMatcher.Link link : matched.links()) {
      Unit successor = after.get(link.successorCode());
      Unit former = byId.get(link.predecessorId());
      shown.add(
          new CatalogueReport.Link(
              former.code(),
              former.name(),
              successor.code(),
              successor.name(),
              link.kind().name()));
      if (linked.contains(CatalogueRows.pair(former.id(), successor.id()))) {
        linksPresent++;
      } else {
        links.add(new Lineage(former.id(), successor.id(), link.kind(), IN_FORCE));
      }
    }
    rows.link(links);
    return new CatalogueReport(
        provinces.size(),
        communes.size(),
        kept,
        named,
        links.size(),
        linksPresent,
        shown,
        matched.unmatched().stream()
            .map(
                u ->
                    new CatalogueReport.Unmatched(
                        u.successorCode(), u.successorName(), u.formerName(), u.reason()))
            .toList(),
        matched.absent(),
        otherNames,
        (System.nanoTime() - start) / 1_000_000);
  }

  private static Unit unitOf(CatalogueEntry entry, Long parentId) {
    UnitType type = entry.province() ? UnitType.PROVINCE : UnitType.COMMUNE;
    return new Unit(null, entry.code(), entry.name(), type, parentId, IN_FORCE, null, false);
  }

  private static Map<String, Unit> byCode(List<Unit> all) {
    Map<String, Unit> map = new HashMap<>();
    all.forEach(u -> map.put(u.code(), u));
    return map;
  }
}
