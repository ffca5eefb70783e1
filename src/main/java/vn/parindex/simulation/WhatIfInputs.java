package vn.parindex.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * The changes of a what-if read against the criteria set: each names a leaf once and gives a value
 * its rule scores, within bounds; every problem is collected (row = place in the list, column = the
 * field) and the whole list is refused.
 */
final class WhatIfInputs {

  static final int MAX_CHANGES = 500;
  static final int MAX_COUNT = 100_000;
  static final BigDecimal MAX_DOSSIERS = BigDecimal.valueOf(100_000_000);

  /** A change that can be scored: the leaf and its new input. */
  record Resolved(Criterion leaf, ScoreInput input) {}

  private WhatIfInputs() {}

  static List<Resolved> read(CriteriaSet set, List<WhatIfChange> changes) {
    if (changes == null || changes.isEmpty()) {
      throw new InvalidInputException(InputProblem.of(0, "code", "dossier.whatif.empty"));
    }
    if (changes.size() > MAX_CHANGES) {
      throw new InvalidInputException(
          InputProblem.of(0, "code", "dossier.whatif.tooMany", MAX_CHANGES));
    }
    List<InputProblem> problems = new ArrayList<>();
    List<Resolved> out = new ArrayList<>();
    Set<CriterionCode> seen = new HashSet<>();
    for (int i = 0; i < changes.size(); i++) {
      int row = i + 1;
      WhatIfChange c = changes.get(i);
      String raw = c == null || c.code() == null ? "" : c.code().strip();
      Optional<Criterion> leaf = CriterionCode.parse(raw).flatMap(set::find);
      if (leaf.isEmpty()) {
        problems.add(InputProblem.of(row, "code", "dossier.whatif.code.unknown", raw));
        continue;
      }
      String code = leaf.get().code().value();
      if (!set.isLeaf(leaf.get().code())) {
        problems.add(InputProblem.of(row, "code", "dossier.whatif.code.notLeaf", code));
      } else if (!seen.add(leaf.get().code())) {
        problems.add(InputProblem.of(row, "code", "dossier.whatif.code.twice", code));
      } else if (check(leaf.get(), c, row, problems)) {
        Optional<BigDecimal> points = LeafPoints.of(leaf.get(), c.input());
        if (points.isEmpty()) {
          problems.add(InputProblem.of(row, field(c), "dossier.whatif.input.unfit", code));
        } else {
          out.add(new Resolved(leaf.get(), c.input()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return out;
  }

  /** Bounds of each value given; false (with its problem) when one is out of them. */
  private static boolean check(Criterion leaf, WhatIfChange c, int row, List<InputProblem> out) {
    String code = leaf.code().value();
    int before = out.size();
    if (c.input().isEmpty()) {
      out.add(InputProblem.of(row, "rate", "dossier.whatif.input.none", code));
    }
    if (c.rate() != null && (c.rate().signum() < 0 || c.rate().compareTo(LeafPoints.HUNDRED) > 0)) {
      out.add(InputProblem.of(row, "rate", "dossier.whatif.rate.range", code));
    }
    if ((c.numerator() == null) != (c.denominator() == null)) {
      String missing = c.numerator() == null ? "numerator" : "denominator";
      out.add(InputProblem.of(row, missing, "dossier.whatif.ratio.pair", code));
    } else if (c.numerator() != null
        && (c.numerator().signum() < 0
            || c.denominator().signum() < 0
            || c.denominator().compareTo(MAX_DOSSIERS) > 0
            || c.numerator().compareTo(c.denominator()) > 0)) {
      out.add(InputProblem.of(row, "numerator", "dossier.whatif.ratio.range", code));
    }
    if (c.count() != null && (c.count() < 0 || c.count() > MAX_COUNT)) {
      out.add(InputProblem.of(row, "count", "dossier.whatif.count.range", code, MAX_COUNT));
    }
    if (c.points() != null
        && (c.points().signum() < 0 || c.points().compareTo(leaf.maxPoints()) > 0)) {
      out.add(
          InputProblem.of(row, "points", "dossier.whatif.points.range", code, leaf.maxPoints()));
    }
    if (c.level() != null && leaf.methodOrManual() instanceof Scoring.Levels levels) {
      boolean known =
          levels.levels().stream().anyMatch(l -> l.name().equalsIgnoreCase(c.level().strip()));
      if (!known) {
        out.add(InputProblem.of(row, "level", "dossier.whatif.level.unknown", code, c.level()));
      }
    }
    return out.size() == before;
  }

  /** The field a value that the rule cannot score was given in. */
  private static String field(WhatIfChange c) {
    if (c.rate() != null) return "rate";
    if (c.numerator() != null) return "numerator";
    if (c.level() != null) return "level";
    if (c.done() != null) return "done";
    if (c.count() != null) return "count";
    return "points";
  }
}
