package vn.parindex.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.plan.PlanAccess;
import vn.parindex.plan.PlanDrafter;
import vn.parindex.plan.PlanDrafts;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The remediation plans of a round's units, drafted from their published assessments: all at
 * publication, or one from the unit's page ("Lập kế hoạch khắc phục", a second click opens the plan
 * already there). Each lost line says whether the unit did not claim the points or appraisal cut
 * them; the opening states the published rank.
 */
@Service
public class RoundPlans {

  private final PlanDrafts drafts;
  private final PlanAccess planAccess;
  private final Assessments assessments;
  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundEntries entries;
  private final Units units;
  private final RoundAccess access;

  RoundPlans(
      PlanDrafts drafts,
      PlanAccess planAccess,
      Assessments assessments,
      RoundLoader loader,
      Rounds rounds,
      RoundEntries entries,
      Units units,
      RoundAccess access) {
    this.drafts = drafts;
    this.planAccess = planAccess;
    this.assessments = assessments;
    this.loader = loader;
    this.rounds = rounds;
    this.entries = entries;
    this.units = units;
    this.access = access;
  }

  /** At publication: one plan per unit, in one batch (the set read once, no query per leaf). */
  void draftPublished(
      Round round,
      CriteriaSet set,
      List<Ranks.Row> rows,
      Map<Long, RoundUnit> unitOf,
      Map<Long, List<Entry>> entriesOf,
      Map<Long, Assessment> publishedOf,
      Map<Long, Integer> previousRanks,
      PlanDrafter.Decision decision,
      Actor by) {
    Map<Long, Unit> children = new HashMap<>();
    units.children(round.parentUnitId()).forEach(u -> children.put(u.id(), u));
    Optional<Unit> parent = units.findById(round.parentUnitId());
    List<PlanDrafts.Request> requests = new ArrayList<>();
    for (Ranks.Row row : rows) {
      long unitId = unitOf.get(row.roundUnitId()).unitId();
      Unit unit = children.computeIfAbsent(unitId, id -> units.findById(id).orElseThrow());
      requests.add(
          new PlanDrafts.Request(
              publishedOf.get(row.roundUnitId()),
              unit,
              parent,
              Optional.of(
                  new UnitRank(
                      row.rank(),
                      rows.size(),
                      LastYearRanks.change(previousRanks.get(unitId), row.rank()),
                      row.band())),
              LeafLosses.kinds(set, entriesOf.getOrDefault(row.roundUnitId(), List.of())),
              Optional.of(decision)));
    }
    drafts.draftAll(by, set, requests);
  }

  /** What a published unit's page shows of its plan: its id, or null when none is drafted yet. */
  public record UnitPlan(Long planId) {}

  /** The unit's plan in this round once it is published; empty before. */
  @Transactional(readOnly = true)
  public Optional<UnitPlan> unitPlan(long roundId, String unitCode) {
    return assessmentOf(roundId, unitCode)
        .map(p -> new UnitPlan(drafts.current(List.of(p.assessment.id())).get(p.assessment.id())));
  }

  /** The plan of the unit's published assessment in this round, if drafted. */
  @Transactional(readOnly = true)
  public Optional<Long> planOf(long roundId, String unitCode) {
    return unitPlan(roundId, unitCode).map(UnitPlan::planId);
  }

  /**
   * Drafts the unit's plan from its published assessment, or returns the plan it already has. 409
   * (with the state) before the unit is published; the user must draft plans for the unit.
   */
  @Transactional
  public long draft(long roundId, String unitCode, Actor by) {
    Round round = loader.round(roundId);
    Unit unit = loader.unit(unitCode);
    access.checkPlan(unit.id());
    RoundUnit row = row(roundId, unit);
    Published published =
        assessmentOf(round, unit)
            .orElseThrow(() -> Refusal.step("plan.notPublished", row.state().label()));
    planAccess.checkDraft(published.assessment.id());
    CriteriaSet set = loader.set(round);
    Rounds.Figures figures = rounds.figures(row.id());
    Optional<UnitRank> rank =
        figures.rank() == null
            ? Optional.empty()
            : Optional.of(
                new UnitRank(
                    figures.rank(),
                    rounds.units(roundId).size(),
                    LastYearRanks.change(rounds.previousRank(row.id()), figures.rank()),
                    figures.band()));
    PlanDrafts.Request request =
        new PlanDrafts.Request(
            published.assessment,
            unit,
            Optional.ofNullable(unit.parentId()).flatMap(units::findById),
            rank,
            LeafLosses.kinds(set, entries.all(row.id())),
            round.publishedOn() == null
                ? Optional.empty()
                : Optional.of(
                    new PlanDrafter.Decision(round.publishedNumber(), round.publishedOn())));
    return drafts.draftAll(by, set, List.of(request)).get(published.assessment.id());
  }

  private record Published(Assessment assessment) {}

  private Optional<Published> assessmentOf(long roundId, String unitCode) {
    Round round = loader.round(roundId);
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    return assessmentOf(round, unit);
  }

  /** The unit's current published assessment of the round's year and set, once it is published. */
  private Optional<Published> assessmentOf(Round round, Unit unit) {
    if (row(round.id(), unit).state() != RoundState.PUBLISHED) {
      return Optional.empty();
    }
    return assessments.findByUnit(unit.id()).stream()
        .filter(a -> a.year() == round.year())
        .filter(a -> a.stage() == AssessmentStage.PUBLISHED)
        .filter(a -> a.criteriaSetId() == round.setId())
        .findFirst()
        .map(Published::new);
  }

  private RoundUnit row(long roundId, Unit unit) {
    return loader.row(roundId, unit);
  }
}
