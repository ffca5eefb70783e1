package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.input.InputProblem;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;

/**
 * Publication of a round: refused while any unit has not finished appraisal round 2 (all units of a
 * round are ranked together, so one missing would change every rank); then totals, percentages,
 * ranks and bands are frozen, every unit is published, and each unit's final points become its
 * published assessment.
 */
@Service
class Publication {

  private final Rounds rounds;
  private final RoundEntries entries;
  private final RoundLoader loader;
  private final vn.parindex.unit.Units units;
  private final PublishedAssessments published;
  private final EntryAudit audit;
  private final RoundTotals unitTotals;
  private final RoundPlans plans;
  private final LastYearRanks lastYear;
  private final SurveyPoints survey;
  private final Clock clock;

  Publication(
      Rounds rounds,
      RoundEntries entries,
      RoundLoader loader,
      vn.parindex.unit.Units units,
      PublishedAssessments published,
      EntryAudit audit,
      RoundTotals unitTotals,
      RoundPlans plans,
      LastYearRanks lastYear,
      SurveyPoints survey,
      Clock clock) {
    this.clock = clock;
    this.survey = survey;
    this.unitTotals = unitTotals;
    this.plans = plans;
    this.lastYear = lastYear;
    this.published = published;
    this.audit = audit;
    this.units = units;
    this.rounds = rounds;
    this.entries = entries;
    this.loader = loader;
  }

  @Transactional
  List<Ranks.Row> publish(long roundId, String number, LocalDate date, Actor by) {
    Round round =
        rounds.lock(roundId).orElseThrow(() -> new NotFoundException("round.notFound", roundId));
    if (round.published()) {
      throw Refusal.step("publish.already", round.publishedNumber());
    }
    List<InputProblem> problems = new ArrayList<>();
    String decision = Text.cleanOrNull(number);
    if (decision == null) {
      problems.add(Refusal.problem("decisionNumber", "required"));
    } else if (decision.length() > 100) {
      problems.add(Refusal.problem("decisionNumber", "tooLong", 100));
    }
    if (date == null) {
      problems.add(Refusal.problem("decisionDate", "required"));
    } else {
      round.decisionDayProblem(date, by.day(clock)).ifPresent(problems::add);
    }
    vn.parindex.input.Bounds.check(problems);
    CriteriaSet set = loader.set(round);
    List<RoundUnit> units = rounds.units(roundId);
    // Every unit's entries (points and notes, not evidence: publication freezes none), survey
    // points
    // and adjustments in a few queries for the whole round, and every write below in batches:
    // nothing here costs a round trip per unit.
    Map<Long, List<Entry>> entriesOf = entries.scoresOfRound(roundId);
    for (RoundUnit unit : units) {
      if (unit.state() != RoundState.APPRAISED_2) {
        String name = this.units.findById(unit.unitId()).map(u -> u.name()).orElse("");
        throw Refusal.step("publish.unit", name, unit.state().label());
      }
      unit.publish();
    }
    audit.published(by, units, RoundState.APPRAISED_2);
    Map<Long, Map<String, BigDecimal>> surveyOf = survey.ofRound(roundId);
    Map<Long, BigDecimal> totals = unitTotals.ofRound(set, roundId, units, entriesOf, surveyOf);
    List<Ranks.Row> rows = Ranks.of(totals, set.totalMax(), p -> set.classify(p).orElse(null));
    Map<Long, RoundUnit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    rounds.savePublished(rows);
    Map<Long, vn.parindex.assessment.Assessment> publishedOf =
        published.publishAll(
            round, set, rows, byId, entriesOf, surveyOf, decision, by, by.stored());
    Map<Long, Integer> previousRanks = lastYear.freeze(round, units);
    rounds.markPublished(roundId, decision, date);
    plans.draftPublished(
        round,
        set,
        rows,
        byId,
        entriesOf,
        publishedOf,
        previousRanks,
        new vn.parindex.plan.PlanDrafter.Decision(decision, date),
        by);
    return rows;
  }
}
