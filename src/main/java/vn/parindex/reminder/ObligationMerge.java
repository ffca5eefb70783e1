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
 * defaults does not list them twice. A unit's own obligation of the same kind and title as a listed
 * one takes its place (the unit's version, with its own responsible department, is the one to
 * keep), and one added twice is listed once: the officer has one thing to do, not two.
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
    List<Obligation> kept = ownOnce(own);
    out.removeIf(listed -> kept.stream().anyMatch(o -> restates(o, listed)));
    out.addAll(kept);
    return out;
  }

  /**
   * For each obligation left out of the calendar, the id of the one listed in its place: the
   * defaults a set obligation replaced, the set obligations and defaults a unit's own restates, and
   * the unit's own added twice. What a unit recorded against any of them counts for that one.
   */
  public static Map<Long, Long> replacements(
      List<Obligation> defaults, List<Obligation> ofSet, List<Obligation> own) {
    Map<Long, Long> out = replacements(defaults, ofSet);
    List<Obligation> kept = ownOnce(own);
    List<Obligation> others = new ArrayList<>(ofSet);
    others.addAll(defaults);
    others.addAll(own);
    for (Obligation o : others) {
      if (kept.stream().noneMatch(k -> Objects.equals(k.id(), o.id()))) {
        kept.stream()
            .filter(k -> restates(k, o))
            .findFirst()
            .ifPresent(k -> out.put(o.id(), k.id()));
      }
    }
    // a default the set replaced, whose set obligation the unit restates: to the unit's
    out.replaceAll((from, to) -> out.getOrDefault(to, to));
    return out;
  }

  /** The unit's own, each kind and title once (the first). */
  private static List<Obligation> ownOnce(List<Obligation> own) {
    List<Obligation> out = new ArrayList<>();
    for (Obligation o : own) {
      if (out.stream().noneMatch(k -> restates(o, k))) {
        out.add(o);
      }
    }
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

  /** A unit's own obligation is another one listed when its kind and title are the same. */
  static boolean restates(Obligation own, Obligation listed) {
    return own.kind() == listed.kind() && Objects.equals(own.title(), listed.title());
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
