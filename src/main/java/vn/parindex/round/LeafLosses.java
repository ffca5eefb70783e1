package vn.parindex.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;

/**
 * A unit's losses by leaf code, in the set's order; survey leaves come from the survey, not here.
 */
final class LeafLosses {

  private LeafLosses() {}

  static Map<String, Loss> of(CriteriaSet set, List<Entry> entries) {
    Map<String, Entry> byCode =
        entries.stream().collect(Collectors.toMap(e -> e.code, Function.identity(), (a, b) -> a));
    Map<String, Loss> losses = new LinkedHashMap<>();
    for (Criterion leaf : set.leaves()) {
      if (leaf.methodOrManual().kind() == MethodKind.SURVEY) {
        continue;
      }
      Entry e = byCode.get(leaf.code().value());
      losses.put(
          leaf.code().value(),
          e == null
              ? Loss.of(leaf.maxPoints(), null, null, null, null)
              : Loss.of(
                  leaf.maxPoints(), e.selfPoints, e.round1Points, e.round2Points, e.finalPoints));
    }
    return losses;
  }

  /** The kinds of each leaf's final loss, for the plan's lines. */
  static Map<String, List<String>> kinds(CriteriaSet set, List<Entry> entries) {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    of(set, entries).forEach((code, loss) -> kinds.put(code, loss.kinds()));
    return kinds;
  }
}
