package vn.parindex.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.publicresults.PublicResults;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Freezes, at publication, each unit's rank of the year before: its own or its predecessor's
 * through lineage, by the public results' rule, so the decision's "tăng 3 bậc" never moves.
 */
@Component
class LastYearRanks {

  private final PublicResults results;
  private final Units units;
  private final Rounds rounds;

  LastYearRanks(PublicResults results, Units units, Rounds rounds) {
    this.results = results;
    this.units = units;
    this.rounds = rounds;
  }

  /** Stores and answers each unit's previous rank, by unit id (absent: no rank last year). */
  Map<Long, Integer> freeze(Round round, List<RoundUnit> of) {
    // the round's units are the parent's children: one query, not one per unit
    Map<Long, Unit> children = new HashMap<>();
    units.children(round.parentUnitId()).forEach(u -> children.put(u.id(), u));
    Map<Long, Integer> ranks =
        results.lastYearRanks(
            of.stream()
                .map(
                    u ->
                        children.containsKey(u.unitId())
                            ? children.get(u.unitId())
                            : units.findById(u.unitId()).orElse(null))
                .filter(Objects::nonNull)
                .toList(),
            round.year());
    Map<Long, Integer> byRoundUnit = new HashMap<>();
    for (RoundUnit unit : of) {
      byRoundUnit.put(unit.id(), ranks.get(unit.unitId()));
    }
    rounds.savePreviousRanks(byRoundUnit);
    return ranks;
  }

  /** Places gained since last year (positive: up), or null without a rank last year. */
  static Integer change(Integer previousRank, int rank) {
    return previousRank == null ? null : previousRank - rank;
  }
}
