package vn.parindex.account;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.unit.Unit;

/**
 * Units as an administrator picks them: by name ("Vĩnh Chấp"), a name two units share told apart by
 * the parent's name ("Vĩnh Chấp — Quảng Trị"), and by the code only when even that is shared. The
 * label typed or picked is read back to its unit.
 */
final class UnitNames {

  private final Map<String, Unit> byLabel = new LinkedHashMap<>();
  private final Map<Long, String> labelOf = new HashMap<>();

  UnitNames(List<Unit> units) {
    Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    Map<String, Long> names =
        units.stream().collect(Collectors.groupingBy(Unit::name, Collectors.counting()));
    Map<String, List<Unit>> labelled =
        units.stream()
            .sorted(java.util.Comparator.comparing(Unit::name).thenComparing(Unit::code))
            .collect(
                Collectors.groupingBy(
                    u -> names.get(u.name()) == 1 ? u.name() : withParent(u, byId),
                    LinkedHashMap::new,
                    Collectors.toList()));
    labelled.forEach(
        (label, same) ->
            same.forEach(
                u -> {
                  String unique = same.size() == 1 ? label : label + " (" + u.code() + ")";
                  byLabel.put(unique, u);
                  labelOf.put(u.id(), unique);
                }));
  }

  List<String> labels() {
    return List.copyOf(byLabel.keySet());
  }

  String label(long unitId) {
    return labelOf.getOrDefault(unitId, "—");
  }

  /** The unit of a label as offered (spaces and case forgiven), or of its exact code. */
  Optional<Unit> find(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String typed = vn.parindex.input.Text.clean(label);
    Unit exact = byLabel.get(typed);
    if (exact != null) {
      return Optional.of(exact);
    }
    return byLabel.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(typed))
        .map(Map.Entry::getValue)
        .findFirst()
        .or(() -> byLabel.values().stream().filter(u -> u.code().equals(typed)).findFirst());
  }

  private static String withParent(Unit unit, Map<Long, Unit> byId) {
    Unit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
    return parent == null ? unit.name() : unit.name() + " — " + parent.name();
  }
}
