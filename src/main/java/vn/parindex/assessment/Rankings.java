package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Ranks units that share a parent and a criteria set in a year, on their published totals, and
 * compares with last year through lineage: a unit's own rank last year or, when it was formed from
 * exactly one predecessor, that predecessor's; a unit merged from several has no change.
 */
@Service
public class Rankings {

  static final String NOTE_MERGED = "ranking.note.merged";

  private final RankingQueries queries;
  private final CriteriaSets sets;
  private final Units units;

  Rankings(RankingQueries queries, CriteriaSets sets, Units units) {
    this.queries = queries;
    this.sets = sets;
    this.units = units;
  }

  /** The ranking of the children of {@code parentUnitId} in {@code year}, best first. */
  @Transactional(readOnly = true)
  public List<RankingRow> rank(long parentUnitId, int year) {
    return rank(parentUnitId, year, null);
  }

  /**
   * The rank of this assessment's unit among its peers in its year (this assessment standing for
   * its unit); empty when the unit has no parent or no peer with scores.
   */
  @Transactional(readOnly = true)
  public Optional<UnitRank> rankOf(Assessment assessment) {
    Unit unit =
        units
            .findById(assessment.unitId())
            .orElseThrow(() -> new NotFoundException("unit.not.found", assessment.unitId()));
    if (unit.parentId() == null) {
      return Optional.empty();
    }
    return rank(unit.parentId(), assessment.year(), assessment).stream()
        .filter(row -> row.unitId() == unit.id() && row.peers() > 1)
        .findFirst()
        .map(row -> new UnitRank(row.rank(), row.peers(), row.change(), row.band()));
  }

  private List<RankingRow> rank(long parentId, int year, Assessment standIn) {
    List<RankingScore.Ranked> ranked = scores(parentId, year, standIn);
    if (ranked.isEmpty()) {
      return List.of();
    }
    RankingHistory history = new RankingHistory(this, units, parentId, year - 1);
    List<RankingRow> rows = new ArrayList<>();
    for (RankingScore.Ranked r : ranked) {
      RankingScore s = r.score();
      RankingHistory.Previous previous = history.previousOf(s.unitId());
      Integer change = previous.rank() == null ? null : previous.rank() - r.rank();
      rows.add(
          new RankingRow(
              r.rank(),
              r.peers(),
              s.unitId(),
              s.unitCode(),
              s.unitName(),
              s.total(),
              s.max(),
              s.percent(),
              s.band(),
              change,
              previous.rank(),
              previous.noteKey()));
    }
    return rows;
  }

  /** Ranked scores of a parent's children in a year (no history): used for last year too. */
  List<RankingScore.Ranked> scores(long parentId, int year, Assessment standIn) {
    Map<Long, Assessment> peers = new HashMap<>(queries.peerAssessments(parentId, year));
    if (standIn != null) {
      peers.put(standIn.unitId(), standIn);
    }
    if (peers.isEmpty()) {
      return List.of();
    }
    Map<Long, Unit> children = new HashMap<>();
    units.children(parentId).forEach(u -> children.put(u.id(), u));
    Map<Long, RankingTotals> totalsBySet = new HashMap<>();
    List<RankingScore> scores = new ArrayList<>();
    for (Assessment a : peers.values()) {
      Unit unit = children.get(a.unitId());
      if (unit == null) {
        continue;
      }
      RankingTotals totals =
          totalsBySet.computeIfAbsent(
              a.criteriaSetId(),
              id ->
                  new RankingTotals(
                      sets.findById(id)
                          .orElseThrow(() -> new NotFoundException("ranking.set.missing", id))));
      BigDecimal total = totals.total(a);
      BigDecimal percent = totals.percent(total);
      scores.add(
          new RankingScore(
              unit.id(),
              unit.code(),
              unit.name(),
              a.criteriaSetId(),
              total,
              totals.maxTotal(),
              percent,
              totals.band(percent).orElse(null)));
    }
    return RankingScore.rank(scores);
  }
}
