package vn.parindex.account;

import java.io.IOException;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.plan.PlanService;
import vn.parindex.support.SeedTables;
import vn.parindex.task.Officials;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Two provinces for scope tests: P → district D → communes A (own) and B (a neighbour), and another
 * province P2 → commune C. A and B have the seed's 2024 assessment (each scored against a partial
 * criteria set built from its own table), a plan, a department and an official.
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
  final long planB;
  final long setA;
  final long setB;
  final long departmentA;
  final long departmentB;
  final long officialB;

  private static final java.util.Map<Units, ScopeWorld> WORLDS = new java.util.IdentityHashMap<>();

  private ScopeWorld(
      Units units,
      AssessmentImport imports,
      PlanService plans,
      Departments departments,
      Officials officials,
      JdbcClient jdbc)
      throws IOException {
    p = units.save(unit("SW-P", "Tỉnh Phạm vi", UnitType.PROVINCE, null));
    d = units.save(unit("SW-D", "Huyện Phạm vi", UnitType.DISTRICT, p.id()));
    a = units.save(unit("SW-A", "Xã Của Mình", UnitType.COMMUNE, d.id()));
    b = units.save(unit("SW-B", "Xã Láng Giềng", UnitType.COMMUNE, d.id()));
    p2 = units.save(unit("SW-P2", "Tỉnh Khác", UnitType.PROVINCE, null));
    c = units.save(unit("SW-C", "Xã Tỉnh Khác", UnitType.COMMUNE, p2.id()));
    assessmentA = imports.importTable(vn.parindex.support.TestActors.fixture(), seed("SW-A")).id();
    assessmentB = imports.importTable(vn.parindex.support.TestActors.fixture(), seed("SW-B")).id();
    planA = plans.draft(vn.parindex.support.TestActors.fixture(), assessmentA).id();
    planB = plans.draft(vn.parindex.support.TestActors.fixture(), assessmentB).id();
    setA = setOf(jdbc, assessmentA);
    setB = setOf(jdbc, assessmentB);
    departmentA = departments.add(a.id(), "Văn phòng – Thống kê", null).id();
    departmentB = departments.add(b.id(), "Văn phòng – Thống kê", null).id();
    officialB = officials.add(b.id(), "Công chức Láng Giềng", null, null, departmentB);
  }

  private static long setOf(JdbcClient jdbc, long assessment) {
    return jdbc.sql("select set_id from assessment where id = ?")
        .param(assessment)
        .query(Long.class)
        .single();
  }

  /** The world of this application context, made once per test class that finds it missing. */
  static synchronized ScopeWorld in(ApplicationContext context) throws IOException {
    Units units = context.getBean(Units.class);
    ScopeWorld world = WORLDS.get(units);
    // The database is emptied after every test class (support.DatabaseCleaner): a world cached by
    // an earlier class of the same context is gone then, and is made again.
    if (world == null || units.findById(world.a.id()).isEmpty()) {
      world =
          new ScopeWorld(
              units,
              context.getBean(AssessmentImport.class),
              context.getBean(PlanService.class),
              context.getBean(Departments.class),
              context.getBean(Officials.class),
              context.getBean(JdbcClient.class));
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
