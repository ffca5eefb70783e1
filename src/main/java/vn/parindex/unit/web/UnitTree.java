package vn.parindex.unit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.PlaceName;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitView;

/**
 * The unit tree as the units page shows it, built from two queries (units and lineage) however many
 * units there are: a province of the 2025 catalogue alone has up to 168 communes.
 */
final class UnitTree {

  /** A unit at its depth, with its lineage; {@code kindInName}: its name states its kind. */
  record Line(int depth, UnitView unit, boolean kindInName) {}

  /** A top unit and everything below it, one flat list (a page of 3,355 lines renders fast). */
  record Group(String name, String code, List<Line> lines) {

    /** Small trees open, a province with its hundred communes closed. */
    public boolean open() {
      return lines.size() <= 12;
    }
  }

  private UnitTree() {}

  static List<Group> of(List<Unit> visible, List<Lineage> lineage, Map<Long, Unit> everyUnit) {
    Map<Long, List<Unit>> byParent = new HashMap<>();
    Set<Long> shown = new HashSet<>();
    visible.forEach(
        u -> {
          byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
          shown.add(u.id());
        });
    Map<Long, List<UnitView.Link>> into = new HashMap<>();
    Map<Long, List<UnitView.Link>> from = new HashMap<>();
    for (Lineage l : lineage) {
      Unit predecessor = everyUnit.get(l.predecessorId());
      Unit successor = everyUnit.get(l.successorId());
      into.computeIfAbsent(l.predecessorId(), k -> new ArrayList<>()).add(link(successor, l));
      from.computeIfAbsent(l.successorId(), k -> new ArrayList<>()).add(link(predecessor, l));
    }
    List<Group> groups = new ArrayList<>();
    for (Unit top : visible) {
      if (top.parentId() == null || !shown.contains(top.parentId())) {
        List<Line> lines = new ArrayList<>();
        walk(top, 0, lines, byParent, into, from, everyUnit);
        groups.add(new Group(top.name(), top.code(), lines));
      }
    }
    return groups;
  }

  private static void walk(
      Unit unit,
      int depth,
      List<Line> lines,
      Map<Long, List<Unit>> byParent,
      Map<Long, List<UnitView.Link>> into,
      Map<Long, List<UnitView.Link>> from,
      Map<Long, Unit> everyUnit) {
    Unit parent = unit.parentId() == null ? null : everyUnit.get(unit.parentId());
    UnitView view =
        new UnitView(
            unit.code(),
            unit.name(),
            unit.type(),
            parent == null ? null : parent.code(),
            unit.validFrom(),
            unit.validTo(),
            unit.demo(),
            into.getOrDefault(unit.id(), List.of()),
            from.getOrDefault(unit.id(), List.of()));
    lines.add(new Line(depth, view, PlaceName.parse(unit.name()).kind() != null));
    for (Unit child : byParent.getOrDefault(unit.id(), List.of())) {
      walk(child, depth + 1, lines, byParent, into, from, everyUnit);
    }
  }

  private static UnitView.Link link(Unit other, Lineage l) {
    return new UnitView.Link(other.code(), other.name(), l.kind(), l.effectiveOn());
  }
}
