package vn.parindex.assessment.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.parindex.input.InputProblem;
import vn.parindex.unit.PlaceName;
import vn.parindex.unit.Unit;

/**
 * The units a results table names, found among the parent's children by code, else by name: "Xã
 * Vĩnh Linh", "xã Vĩnh Linh" and "Vĩnh Linh" name the same commune, "Phường Vĩnh Linh" does not. A
 * name the parent lacks is collected as unknown (offered for creation, never created silently); a
 * name several children bear is a problem.
 */
final class ResultUnits {

  private final Map<String, Unit> byCode = new HashMap<>();
  private final Map<String, List<Unit>> byName = new HashMap<>();
  private final List<UnknownUnitsException.UnknownUnit> unknown = new ArrayList<>();

  ResultUnits(List<Unit> children) {
    for (Unit u : children) {
      byCode.put(u.code().toLowerCase(Locale.ROOT), u);
      byName.computeIfAbsent(PlaceName.of(u).key(), k -> new ArrayList<>()).add(u);
    }
  }

  Optional<Unit> find(
      String code, String name, int row, ResultColumns columns, List<InputProblem> problems) {
    if (!code.isEmpty()) {
      Unit unit = byCode.get(code.toLowerCase(Locale.ROOT));
      if (unit != null) {
        return Optional.of(unit);
      }
    }
    PlaceName place = PlaceName.parse(name);
    List<Unit> named =
        name.isEmpty()
            ? List.of()
            : byName.getOrDefault(place.key(), List.of()).stream()
                .filter(u -> !place.kindDiffers(PlaceName.of(u)))
                .toList();
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    String column =
        columns.headerOf(
            code.isEmpty() && columns.name() >= 0
                ? columns.name()
                : columns.code() >= 0 ? columns.code() : columns.name());
    if (named.isEmpty() && !name.isEmpty()) {
      unknown.add(new UnknownUnitsException.UnknownUnit(row, column, code, name));
      return Optional.empty();
    }
    String key = named.size() > 1 ? "ranking.import.unit.ambiguous" : "ranking.import.unit.unknown";
    problems.add(InputProblem.of(row, column, key, code.isEmpty() ? name : code));
    return Optional.empty();
  }

  /** The unknown units, each once: a second row naming the same one is a problem. */
  List<UnknownUnitsException.UnknownUnit> unknown(List<InputProblem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (UnknownUnitsException.UnknownUnit u : unknown) {
      Integer first =
          seen.putIfAbsent(PlaceName.key(u.code().isEmpty() ? u.name() : u.code()), u.row());
      if (first != null) {
        problems.add(
            InputProblem.of(u.row(), u.column(), "ranking.import.unit.duplicate", u.name(), first));
      }
    }
    return List.copyOf(unknown);
  }
}
