package vn.parindex.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.framework.Obligation;

/**
 * Which obligations a unit's calendar holds for a year: those of the criteria set that applies to
 * it, then the defaults for every unit that no set obligation replaces, then the unit's own. A set
 * obligation replaces a default of the same kind for the same criterion code, or of the same kind
 * and title (the set's criteria may be numbered unlike the seed's), so a set that restates the
 * defaults does not list them twice.
 */
public final class ObligationMerge {

  private ObligationMerge() {}

  public static List<Obligation> merge(
      List<Obligation> defaults, List<Obligation> ofSet, List<Obligation> own) {
    List<Obligation> out = new ArrayList<>(ofSet);
    for (Obligation d : defaults) {
      if (ofSet.stream().noneMatch(s -> replaces(s, d))) {
        out.add(d);
      }
    }
    out.addAll(own);
    return out;
  }

  /**
   * For each default a set obligation replaces, the id of the set obligation: what a unit recorded
   * against the default (done dates, requests) still counts once a set restates it.
   */
  public static Map<Long, Long> replacements(List<Obligation> defaults, List<Obligation> ofSet) {
    Map<Long, Long> out = new HashMap<>();
    for (Obligation d : defaults) {
      ofSet.stream()
          .filter(s -> replaces(s, d))
          .findFirst()
          .ifPresent(s -> out.put(d.id(), s.id()));
    }
    return out;
  }

  static boolean replaces(Obligation fromSet, Obligation fallback) {
    if (fromSet.kind() != fallback.kind()) {
      return false;
    }
    boolean sameCode =
        fromSet.criterionCode() != null && fromSet.criterionCode().equals(fallback.criterionCode());
    return sameCode || Objects.equals(fromSet.title(), fallback.title());
  }
}
