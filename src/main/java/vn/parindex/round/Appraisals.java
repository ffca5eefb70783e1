package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.unit.Unit;

/**
 * Appraisal rounds 1 and 2 of one unit: points per leaf with a note for each cut, then completion.
 */
@Service
class Appraisals {

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundEntries entries;
  private final EntryAudit audit;
  private final CriterionAssignments assignments;

  Appraisals(
      RoundLoader loader,
      Rounds rounds,
      RoundEntries entries,
      EntryAudit audit,
      CriterionAssignments assignments) {
    this.loader = loader;
    this.rounds = rounds;
    this.entries = entries;
    this.audit = audit;
    this.assignments = assignments;
  }

  /** The appraiser's points for one leaf in round {@code round} (1 or 2). */
  @Transactional
  Entry appraise(
      long roundId,
      Unit unit,
      String rawCode,
      Integer round,
      BigDecimal points,
      String note,
      Boolean explanationRequired,
      Integer version,
      Actor by,
      LocalDate today) {
    if (round == null || (round != 1 && round != 2)) {
      throw Refusal.field("round", "round.value");
    }
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    Criterion leaf = RoundLoader.leaf(step.set(), rawCode);
    if (leaf.methodOrManual().kind() == MethodKind.SURVEY) {
      throw Refusal.field("code", "survey", leaf.code().value());
    }
    String code = leaf.code().value();
    assignments.checkAppraise(step, code, by.user());
    step.roundUnit().checkAppraisable(round, today, step.windows(), step.lifts());
    Entry entry = entries.entry(step.roundUnit().id(), code);
    SelfAssessment.checkVersion(entry, version);
    Map<String, Object> before = entry.snapshot();
    entry.appraise(round, points, note, Boolean.TRUE.equals(explanationRequired), leaf);
    long id = entries.save(entry);
    audit.changed(by, id, code, before, entry.snapshot());
    return entries.entry(step.roundUnit().id(), code);
  }

  /**
   * Ends the unit's open appraisal round ({@code asked}, when given, must be the one open);
   * untouched leaves keep the points of the stage before.
   */
  @Transactional
  RoundState complete(long roundId, Unit unit, Integer asked, Actor by, LocalDate today) {
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    assignments.checkComplete(step, by.user());
    RoundUnit row = step.roundUnit();
    if (asked != null) {
      row.checkEnding(asked, today, step.windows(), step.lifts());
    }
    RoundState before = row.state();
    List<Entry> all = entries.all(row.id());
    // closing round 1 only fills untouched leaves with the claim: it cuts and flags nothing
    boolean toExplain = all.stream().anyMatch(Entry::explainable);
    int round = row.completeAppraisal(today, step.windows(), step.lifts(), toExplain);
    for (Entry entry : all) {
      Map<String, Object> old = entry.snapshot();
      if (round == 1) {
        entry.closeRound1();
      } else {
        entry.closeRound2();
      }
      entries.save(entry);
      audit.changed(by, entry.id, entry.code, old, entry.snapshot());
    }
    rounds.saveStep(row);
    audit.state(by, row, before);
    return row.state();
  }
}
