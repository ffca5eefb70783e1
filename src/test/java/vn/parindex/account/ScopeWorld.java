package vn.parindex.account;

import java.io.IOException;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.plan.PlanService;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Two provinces for scope tests: P → district D → communes A (own) and B (a neighbour), and another
 * province P2 → commune C. A and B have the seed's 2024 assessment; A has a plan.
 */
final class ScopeWorld {

  final Unit p;
  final Unit d;
  final Unit a;
  final Unit b;
  final Unit p2;
  final Unit c;
  final long assessmentA;
  final long assessmentB;
  final long planA;

  private static final java.util.Map<Units, ScopeWorld> WORLDS = new java.util.IdentityHashMap<>();

  private ScopeWorld(Units units, AssessmentImport imports, PlanService plans) throws IOException {
    p = units.save(unit("SW-P", "Tỉnh Phạm vi", UnitType.PROVINCE, null));
    d = units.save(unit("SW-D", "Huyện Phạm vi", UnitType.DISTRICT, p.id()));
    a = units.save(unit("SW-A", "Xã Của Mình", UnitType.COMMUNE, d.id()));
    b = units.save(unit("SW-B", "Xã Láng Giềng", UnitType.COMMUNE, d.id()));
    p2 = units.save(unit("SW-P2", "Tỉnh Khác", UnitType.PROVINCE, null));
    c = units.save(unit("SW-C", "Xã Tỉnh Khác", UnitType.COMMUNE, p2.id()));
    assessmentA = imports.importTable(seed("SW-A")).id();
    assessmentB = imports.importTable(seed("SW-B")).id();
    planA = plans.draft(assessmentA).id();
  }

  /** The world of this application context (the in-memory database lives as long as it). */
  static synchronized ScopeWorld in(Units units, AssessmentImport imports, PlanService plans)
      throws IOException {
    ScopeWorld world = WORLDS.get(units);
    if (world == null) {
      world = new ScopeWorld(units, imports, plans);
      WORLDS.put(units, world);
    }
    return world;
  }

  static ImportCommand seed(String unitCode) throws IOException {
    return new ImportCommand(
        unitCode,
        2024,
        null,
        AssessmentStage.PUBLISHED,
        "bang-diem.csv",
        SeedTables.csv(),
        null,
        new StatedRank(null, null, null));
  }

  private static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }
}
