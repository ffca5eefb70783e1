package vn.parindex.unit.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.parindex.unit.LineageKind;
import vn.parindex.unit.PlaceName;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;

/**
 * Finds, among the units already present, the former units the catalogue names for each new unit:
 * same name (kind word and tone placement aside) under a province the new one's province was formed
 * from, narrowed by the former district when the catalogue states it or when the other former units
 * of the same new unit show it. Two candidates left are reported, never guessed.
 */
final class LineageMatcher {

  /** A predecessor found for the catalogue unit {@code successorCode}. */
  record Link(long predecessorId, String successorCode, LineageKind kind) {}

  /** A former name not linked: NOT_FOUND, or AMBIGUOUS between several units present. */
  record Unmatched(String successorCode, String successorName, String formerName, String reason) {}

  record Result(List<Link> links, List<Unmatched> unmatched, int absent) {}

  private static final Set<String> DISTRICT_KINDS = Set.of("huyện", "quận", "thị xã", "thành phố");

  private final Map<Long, Unit> byId = new HashMap<>();
  private final Set<String> catalogueCodes = new HashSet<>();
  private final Map<String, List<Unit>> provincesByKey = new HashMap<>();
  private final Map<Long, Map<String, List<Unit>>> belowProvince = new HashMap<>();
  private final Map<Long, Long> provinceOf = new HashMap<>();

  private LineageMatcher(List<Unit> present, List<CatalogueEntry> catalogue) {
    present.forEach(u -> byId.put(u.id(), u));
    catalogue.forEach(e -> catalogueCodes.add(e.code()));
    for (Unit u : present) {
      if (u.type() == UnitType.PROVINCE) {
        provincesByKey
            .computeIfAbsent(PlaceName.parse(u.name()).key(), k -> new ArrayList<>())
            .add(u);
      } else if (u.type() != UnitType.DEPARTMENT && !catalogueCodes.contains(u.code())) {
        Long province = province(u);
        if (province != null) {
          belowProvince
              .computeIfAbsent(province, k -> new HashMap<>())
              .computeIfAbsent(PlaceName.of(u).key(), k -> new ArrayList<>())
              .add(u);
        }
      }
    }
  }

  static Result match(List<Unit> present, List<CatalogueEntry> catalogue) {
    return new LineageMatcher(present, catalogue).run(catalogue);
  }

  private Result run(List<CatalogueEntry> catalogue) {
    Map<String, Long> presentCodes = new HashMap<>();
    byId.values().forEach(u -> presentCodes.put(u.code(), u.id()));
    Map<String, CatalogueEntry> provinces = new HashMap<>();
    catalogue.stream().filter(CatalogueEntry::province).forEach(p -> provinces.put(p.code(), p));
    Map<CatalogueEntry, List<Long>> found = new LinkedHashMap<>();
    List<Unmatched> unmatched = new ArrayList<>();
    int absent = 0;
    for (CatalogueEntry entry : catalogue) {
      List<Long> predecessors = new ArrayList<>();
      if (entry.province()) {
        for (FormerName former : entry.formedFrom()) {
          List<Unit> candidates =
              provincesByKey.getOrDefault(former.place().key(), List.of()).stream()
                  .filter(u -> !catalogueCodes.contains(u.code()))
                  .toList();
          if (candidates.size() == 1) {
            predecessors.add(candidates.get(0).id());
          } else if (candidates.isEmpty()) {
            absent++;
          } else {
            unmatched.add(unmatched(entry, former, "AMBIGUOUS"));
          }
        }
      } else {
        Set<Long> scope = scope(provinces.get(entry.provinceCode()), presentCodes);
        if (scope.isEmpty()) {
          absent += entry.formedFrom().size();
        } else {
          matchCommune(entry, scope, predecessors, unmatched);
        }
      }
      found.put(entry, predecessors);
    }
    return new Result(links(found), unmatched, absent);
  }

  /** The present provinces a new province was formed from, and the new one if present already. */
  private Set<Long> scope(CatalogueEntry province, Map<String, Long> presentCodes) {
    Set<Long> scope = new HashSet<>();
    if (province == null) {
      return scope;
    }
    for (FormerName former : province.formedFrom()) {
      provincesByKey.getOrDefault(former.place().key(), List.of()).forEach(u -> scope.add(u.id()));
    }
    provincesByKey
        .getOrDefault(PlaceName.parse(province.name()).key(), List.of())
        .forEach(u -> scope.add(u.id()));
    Long own = presentCodes.get(province.code());
    if (own != null) {
      scope.add(own);
    }
    scope.removeIf(id -> !belowProvince.containsKey(id));
    return scope;
  }

  private void matchCommune(
      CatalogueEntry entry, Set<Long> scope, List<Long> predecessors, List<Unmatched> unmatched) {
    Map<FormerName, List<Unit>> several = new LinkedHashMap<>();
    for (FormerName former : entry.formedFrom()) {
      List<Unit> candidates = candidates(former, scope);
      if (candidates.size() == 1) {
        predecessors.add(candidates.get(0).id());
      } else if (candidates.isEmpty()) {
        unmatched.add(unmatched(entry, former, "NOT_FOUND"));
      } else {
        several.put(former, candidates);
      }
    }
    // The former units of one new unit mostly lay in one former district: it settles a tie.
    Set<String> districts = new HashSet<>();
    predecessors.forEach(id -> districts.add(district(byId.get(id))));
    districts.remove(null);
    several.forEach(
        (former, candidates) -> {
          List<Unit> narrowed =
              candidates.stream().filter(u -> districts.contains(district(u))).toList();
          if (narrowed.size() == 1) {
            predecessors.add(narrowed.get(0).id());
          } else {
            unmatched.add(unmatched(entry, former, "AMBIGUOUS"));
          }
        });
  }

  private List<Unit> candidates(FormerName former, Set<Long> scope) {
    List<Unit> named = new ArrayList<>();
    for (Long province : scope) {
      named.addAll(belowProvince.get(province).getOrDefault(former.place().key(), List.of()));
    }
    named.removeIf(
        u -> former.place().kindDiffers(PlaceName.of(u)) || !sameLevel(former.place(), u));
    if (former.districtKey() == null) {
      return named;
    }
    List<Unit> inDistrict =
        named.stream().filter(u -> former.districtKey().equals(district(u))).toList();
    return inDistrict.isEmpty()
        ? named.stream().filter(u -> district(u) == null).toList()
        : inDistrict;
  }

  /** "Thị trấn Gio Linh" is not the district Gio Linh: a kind word says which level it names. */
  private static boolean sameLevel(PlaceName former, Unit unit) {
    if (former.kind() == null) {
      return true;
    }
    boolean district = DISTRICT_KINDS.contains(former.kind());
    return district == (unit.type() == UnitType.DISTRICT);
  }

  /** SPLIT when a former unit went to several new ones, MERGED when several made one. */
  private static List<Link> links(Map<CatalogueEntry, List<Long>> found) {
    Map<Long, Integer> successorsOf = new HashMap<>();
    found
        .values()
        .forEach(ids -> Set.copyOf(ids).forEach(id -> successorsOf.merge(id, 1, Integer::sum)));
    List<Link> links = new ArrayList<>();
    found.forEach(
        (entry, ids) -> {
          for (Long id : new java.util.LinkedHashSet<>(ids)) {
            LineageKind kind =
                successorsOf.get(id) > 1
                    ? LineageKind.SPLIT
                    : entry.formedFrom().size() > 1 ? LineageKind.MERGED : LineageKind.RENAMED;
            links.add(new Link(id, entry.code(), kind));
          }
        });
    return links;
  }

  private Long province(Unit unit) {
    return provinceOf.computeIfAbsent(
        unit.id(),
        id -> {
          Unit u = unit;
          for (int depth = 0; u != null && depth < 20; depth++) {
            if (u.type() == UnitType.PROVINCE) {
              return u.id();
            }
            u = u.parentId() == null ? null : byId.get(u.parentId());
          }
          return null;
        });
  }

  /** The key of the nearest district above the unit, null when none. */
  private String district(Unit unit) {
    Unit u = unit.parentId() == null ? null : byId.get(unit.parentId());
    for (int depth = 0; u != null && depth < 20; depth++) {
      if (u.type() == UnitType.DISTRICT) {
        return PlaceName.parse(u.name()).key();
      }
      u = u.parentId() == null ? null : byId.get(u.parentId());
    }
    return null;
  }

  private static Unmatched unmatched(CatalogueEntry entry, FormerName former, String reason) {
    Objects.requireNonNull(reason);
    return new Unmatched(entry.code(), entry.name(), former.text(), reason);
  }
}
