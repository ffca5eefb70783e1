package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.StatedRank;
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

  /** The newest year the children of {@code parentUnitId} have scores for, if any. */
  public Optional<Integer> latestYear(long parentUnitId) {
    return Optional.ofNullable(queries.latestYear(parentUnitId));
  }

  /**
   * The rank of this assessment's unit among its peers in its year (this assessment standing for
   * its unit); empty when the unit has no parent or no peer with scores.
   */
  @Transactional(readOnly = true)
  public Optional<UnitRank> rankOf(Assessment assessment) {
    Optional<UnitRank> stated = statedRankOf(assessment);
    return computedRankOf(assessment).map(rank -> withStatedChange(rank, stated)).or(() -> stated);
  }

  /**
   * The computed rank, with the places gained that its document stated when the computation has no
   * last year to compare with and agrees with the stated rank ("đứng thứ 11/18 … tăng 3 bậc"): a
   * fact the scores here cannot restate is carried over, not lost.
   */
  private static UnitRank withStatedChange(UnitRank computed, Optional<UnitRank> stated) {
    return stated
        .filter(s -> computed.change() == null && s.change() != null)
        .filter(s -> s.rank() == computed.rank() && s.of() == computed.of())
        .map(s -> new UnitRank(computed.rank(), computed.of(), s.change(), computed.band()))
        .orElse(computed);
  }

  /** The rank a document stated ("đứng thứ 11/18 … tăng 3 bậc") when no peers are scored here. */
  private static Optional<UnitRank> statedRankOf(Assessment assessment) {
    StatedRank stated = assessment.statedRank();
    if (stated == null || stated.rank() == null || stated.of() == null) {
      return Optional.empty();
    }
    return Optional.of(new UnitRank(stated.rank(), stated.of(), stated.change(), null));
  }

  private Optional<UnitRank> computedRankOf(Assessment assessment) {
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

  private static RankingScore score(
      long unitId, String code, String name, RankingTotals totals, BigDecimal total) {
    BigDecimal percent = totals.percent(total);
    return new RankingScore(
        unitId,
        code,
        name,
        totals.setId(),
        total,
        totals.maxTotal(),
        percent,
        totals.band(percent));
  }

  private RankingTotals totals(Map<Long, RankingTotals> cache, long setId) {
    return cache.computeIfAbsent(
        setId,
        id ->
            new RankingTotals(
                sets.findById(id)
                    .orElseThrow(() -> new NotFoundException("ranking.set.missing", id))));
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

  /**
   * Ranked scores of a parent's children in a year (no history): used for last year too. Totals
   * come from reported figures or, for the usual leaves-with-points case, from leaf losses the
   * database sums; only assessments with inputs or area subtotals have their entries read.
   */
  List<RankingScore.Ranked> scores(long parentId, int year, Assessment standIn) {
    Map<Long, RankingHeader> headers = queries.headers(parentId, year);
    if (standIn != null) {
      headers.remove(standIn.unitId());
    }
    if (headers.isEmpty() && standIn == null) {
      return List.of();
    }
    Map<Long, RankingTotals> totalsBySet = new HashMap<>();
    List<RankingScore> scores = new ArrayList<>(headers.size() + 1);
    Set<Long> needEntries = new HashSet<>();
    for (RankingHeader h : headers.values()) {
      RankingTotals totals = totals(totalsBySet, h.setId());
      if (h.reportedTotal() != null) {
        scores.add(score(h.unitId(), h.unitCode(), h.unitName(), totals, h.reportedTotal()));
      } else if (h.needsEntries()) {
        needEntries.add(h.id());
      } else {
        BigDecimal total = totals.maxTotal().subtract(h.lost());
        scores.add(score(h.unitId(), h.unitCode(), h.unitName(), totals, total));
      }
    }
    if (!needEntries.isEmpty()) {
      Map<Long, List<AssessmentEntry>> entries = queries.entries(parentId, year, needEntries);
      for (RankingHeader h : headers.values()) {
        if (needEntries.contains(h.id())) {
          RankingTotals totals = totals(totalsBySet, h.setId());
          Assessment a = h.toAssessment(year, entries.getOrDefault(h.id(), List.of()));
          scores.add(score(h.unitId(), h.unitCode(), h.unitName(), totals, totals.total(a)));
        }
      }
    }
    if (standIn != null) {
      RankingTotals totals = totals(totalsBySet, standIn.criteriaSetId());
      units
          .findById(standIn.unitId())
          .filter(u -> u.parentId() != null && u.parentId() == parentId)
          .ifPresent(
              u -> scores.add(score(u.id(), u.code(), u.name(), totals, totals.total(standIn))));
    }
    return RankingScore.rank(scores);
  }
}
