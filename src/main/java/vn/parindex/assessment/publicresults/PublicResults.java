package vn.parindex.assessment.publicresults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.publicresults.PublicLines.Previous;
import vn.parindex.assessment.publicresults.PublicLines.Ranked;
import vn.parindex.assessment.ranking.CompetitionRanks;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The published ranking of a parent's units: totals, percentages and bands from each unit's
 * published assessment (as {@link Scorecard} computes them for every other page), ranked by total
 * rounded to 2 decimals as published (ties share a rank: 1, 2, 2, 4), within each criteria set;
 * when every unit of a set states its published rank, those ranks as published.
 */
@Service
public class PublicResults {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final PublishedQueries queries;
  private final AssessmentQueries assessments;
  private final Units units;

  PublicResults(PublishedQueries queries, AssessmentQueries assessments, Units units) {
    this.queries = queries;
    this.assessments = assessments;
    this.units = units;
  }

  /**
   * The parents whose units have published results, by name: each unit's own parent, and every
   * parent a round published a ranking under (a province above its communes' districts).
   */
  @Transactional(readOnly = true)
  public List<Unit> parents() {
    Set<Long> published = queries.unitsWithResults();
    Set<Long> parentIds = new HashSet<>(queries.rankingParents());
    List<Unit> all = units.all();
    all.stream()
        .filter(u -> published.contains(u.id()) && u.parentId() != null)
        .forEach(u -> parentIds.add(u.parentId()));
    return all.stream()
        .filter(u -> parentIds.contains(u.id()))
        .sorted(Comparator.comparing(Unit::name))
        .toList();
  }

  /**
   * The ranking under {@code parentCode} in {@code year}, or in its newest published year when
   * {@code year} is null. 404 for an unknown parent; 422 naming the year outside 2000–2100.
   */
  @Transactional(readOnly = true)
  public PublicRanking ranking(String parentCode, Integer year) {
    if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
      throw new InvalidInputException(
          List.of(
              InputProblem.ofField(
                  0,
                  "publicresults.field.year",
                  "publicresults.year.invalid",
                  String.valueOf(year),
                  String.valueOf(FIRST_YEAR),
                  String.valueOf(LAST_YEAR))));
    }
    Unit parent =
        units
            .findByCode(parentCode == null ? "" : parentCode.strip())
            .orElseThrow(() -> new NotFoundException("unit.not.found", parentCode));
    List<Integer> years = queries.years(parent.id(), units.childIds(parent.id()));
    Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
    List<PublicRanking.Line> lines = new ArrayList<>();
    if (shown != null) {
      Map<Long, Map<Long, Integer>> lastYear = new HashMap<>();
      for (Ranked r : ranked(parent.id(), shown)) {
        Previous previous = previous(r.unit(), shown - 1, lastYear);
        lines.add(PublicLines.line(r, previous));
      }
    }
    return new PublicRanking(parent.code(), parent.name(), shown, years, lines);
  }

  /**
   * Last year's published rank of each unit, as the public page shows it: its own, or its single
   * predecessor's through lineage; a unit without one (new, or formed from several) is left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, Integer> lastYearRanks(List<Unit> of, int year) {
    Map<Long, Map<Long, Integer>> cache = new HashMap<>();
    Map<Long, Integer> ranks = new HashMap<>();
    // the lineage of every unit read per parent at once, not one query per unit (a publication)
    Map<Long, List<Lineage>> lineage = new HashMap<>();
    of.stream()
        .map(Unit::parentId)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .forEach(parent -> lineage.putAll(units.predecessorsOfChildren(parent)));
    for (Unit unit : of) {
      Integer rank =
          previous(
                  unit,
                  year - 1,
                  cache,
                  unit.parentId() == null
                      ? units.predecessorsOf(unit.id())
                      : lineage.getOrDefault(unit.id(), List.of()))
              .rank();
      if (rank != null) {
        ranks.put(unit.id(), rank);
      }
    }
    return ranks;
  }

  private List<Ranked> ranked(long parentId, int year) {
    Map<Long, Unit> children = new HashMap<>();
    units.children(parentId).forEach(u -> children.put(u.id(), u));
    Set<Long> rankedHere = queries.rankedUnder(parentId, year);
    if (!children.keySet().containsAll(rankedHere)) {
      // a round's units below the parent's children: the subtree in one query, not one per unit
      units.subtree(parentId).stream()
          .filter(u -> rankedHere.contains(u.id()))
          .forEach(u -> children.put(u.id(), u));
    }
    Map<Long, List<Ranked>> bySet = new HashMap<>();
    queries
        .publishedOf(children.keySet(), year)
        .forEach(
            (unitId, published) -> {
              Scorecard card = assessments.scorecard(published.id(), published.version());
              BigDecimal total = card.total().setScale(2, RoundingMode.HALF_UP);
              bySet
                  .computeIfAbsent(card.criteriaSet().id(), k -> new ArrayList<>())
                  .add(new Ranked(children.get(unitId), card, total, 0, 0));
            });
    List<Ranked> result = new ArrayList<>();
    for (List<Ranked> group : bySet.values()) {
      if (group.stream().allMatch(r -> stated(r.card()) != null)) {
        // a ranking published as a whole (a round's decision, an imported table) is shown as
        // published: the units here may be some of its peers only (a province ranked its
        // communes, this parent is one of its districts), never re-ranked among themselves
        for (Ranked r : group) {
          StatedRank stated = stated(r.card());
          result.add(new Ranked(r.unit(), r.card(), r.total(), stated.rank(), stated.of()));
        }
        continue;
      }
      group.sort(
          Comparator.comparing(Ranked::total).reversed().thenComparing(r -> r.unit().code()));
      int[] ranks = CompetitionRanks.of(group.stream().map(Ranked::total).toList());
      for (int i = 0; i < group.size(); i++) {
        Ranked r = group.get(i);
        result.add(new Ranked(r.unit(), r.card(), r.total(), ranks[i], group.size()));
      }
    }
    result.sort(Comparator.comparing(Ranked::rank).thenComparing(r -> r.unit().code()));
    return result;
  }

  /** The rank and peers the published document stated, or null when it stated no full rank. */
  private static StatedRank stated(Scorecard card) {
    StatedRank stated = card.assessment().statedRank();
    return stated != null && stated.rank() != null && stated.of() != null ? stated : null;
  }

  /**
   * Last year's rank: the unit's own, or its single predecessor's; none when merged from several.
   */
  private Previous previous(Unit unit, int year, Map<Long, Map<Long, Integer>> cache) {
    Integer own = ranksOf(unit.parentId(), year, cache).get(unit.id());
    if (own != null) {
      return new Previous(own, false);
    }
    return previous(unit, year, cache, units.predecessorsOf(unit.id()));
  }

  private Previous previous(
      Unit unit, int year, Map<Long, Map<Long, Integer>> cache, List<Lineage> predecessors) {
    Integer own = ranksOf(unit.parentId(), year, cache).get(unit.id());
    if (own != null) {
      return new Previous(own, false);
    }
    if (predecessors.size() > 1) {
      return new Previous(null, true);
    }
    if (predecessors.size() == 1) {
      Long id = predecessors.get(0).predecessorId();
      Long parent = units.findById(id).map(Unit::parentId).orElse(null);
      if (parent != null) {
        return new Previous(ranksOf(parent, year, cache).get(id), false);
      }
    }
    return new Previous(null, false);
  }

  private Map<Long, Integer> ranksOf(long parentId, int year, Map<Long, Map<Long, Integer>> cache) {
    return cache.computeIfAbsent(
        parentId,
        p -> {
          Map<Long, Integer> ranks = new HashMap<>();
          ranked(p, year).forEach(r -> ranks.put(r.unit().id(), PublicLines.shownRank(r)[0]));
          return ranks;
        });
  }
}
