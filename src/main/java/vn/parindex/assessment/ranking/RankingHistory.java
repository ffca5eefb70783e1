package vn.parindex.assessment.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Last year's ranks, looked up through lineage and computed once per parent: a ranking of 3,000
 * communes asks for last year's ranking of their parent once, not 3,000 times.
 */
final class RankingHistory {

  private final Rankings rankings;
  private final Units units;
  private final long parentId;
  private final int year;
  private final Map<Long, Map<Long, Integer>> ranksByParent = new HashMap<>();

  RankingHistory(Rankings rankings, Units units, long parentId, int year) {
    this.rankings = rankings;
    this.units = units;
    this.parentId = parentId;
    this.year = year;
  }

  /** A unit's rank last year, or its single predecessor's; a note when it merged from several. */
  Previous previousOf(long unitId) {
    if (ownRanks == null) {
      ownRanks = ranksOf(parentId);
    }
    Integer own = ownRanks.get(unitId);
    if (own != null) {
      return new Previous(own, null);
    }
    List<Lineage> predecessors = lineage().getOrDefault(unitId, List.of());
    if (predecessors.size() > 1) {
      return new Previous(null, Rankings.NOTE_MERGED);
    }
    if (predecessors.size() == 1) {
      Long predecessorId = predecessors.get(0).predecessorId();
      Long predecessorParent = units.findById(predecessorId).map(Unit::parentId).orElse(null);
      if (predecessorParent != null) {
        return new Previous(ranksOf(predecessorParent).get(predecessorId), null);
      }
    }
    return new Previous(null, null);
  }

  private Map<Long, List<Lineage>> lineage;

  /** The parent's own ranks last year, looked up once and not per unit. */
  private Map<Long, Integer> ownRanks;

  private Map<Long, List<Lineage>> lineage() {
    if (lineage == null) {
      lineage = units.predecessorsOfChildren(parentId);
    }
    return lineage;
  }

  private Map<Long, Integer> ranksOf(long parent) {
    return ranksByParent.computeIfAbsent(
        parent,
        p -> {
          Map<Long, Integer> ranks = new HashMap<>();
          rankings.scores(p, year, null).forEach(r -> ranks.put(r.score().unitId(), r.rank()));
          return ranks;
        });
  }

  record Previous(Integer rank, String noteKey) {}
}
