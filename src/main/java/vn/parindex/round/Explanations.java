package vn.parindex.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.framework.Criterion;
import vn.parindex.unit.Unit;

/** The unit's right of reply after round 1: per cut or flagged criterion, then one submission. */
@Service
class Explanations {

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundEntries entries;
  private final SelfAssessment self;
  private final EntryAudit audit;
  private final CriterionAssignments assignments;

  Explanations(
      RoundLoader loader,
      Rounds rounds,
      RoundEntries entries,
      SelfAssessment self,
      EntryAudit audit,
      CriterionAssignments assignments) {
    this.loader = loader;
    this.rounds = rounds;
    this.entries = entries;
    this.self = self;
    this.audit = audit;
    this.assignments = assignments;
  }

  @Transactional
  Entry explain(
      long roundId,
      Unit unit,
      String rawCode,
      Boolean agree,
      String text,
      List<Long> evidence,
      Integer version,
      Actor by,
      LocalDate today) {
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    Criterion leaf = RoundLoader.leaf(step.set(), rawCode);
    String code = leaf.code().value();
    assignments.checkFill(step, code, by.user());
    RoundUnit row = step.roundUnit();
    row.checkExplainable(code, today, step.windows(), step.lifts(), () -> toExplain(row));
    List<Long> ids = self.ownEvidence(unit.id(), evidence, "evidence");
    Entry entry = entries.entry(row.id(), code);
    SelfAssessment.checkVersion(entry, version);
    Map<String, Object> before = entry.snapshot();
    entry.explain(agree, text, ids, row.reopenedForReply(code, step.lifts()));
    long id = entries.save(entry);
    audit.changed(by, id, code, before, entry.snapshot());
    return entries.entry(step.roundUnit().id(), code);
  }

  @Transactional
  RoundState submit(long roundId, Unit unit, Actor by, LocalDate today) {
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    RoundUnit row = step.roundUnit();
    RoundState before = row.state();
    row.submitExplanations(today, step.windows(), step.lifts(), () -> toExplain(row));
    rounds.saveStep(row);
    audit.state(by, row, before);
    return row.state();
  }

  /** Whether round 1 cut or flagged one of the unit's criteria. */
  private boolean toExplain(RoundUnit row) {
    return entries.all(row.id()).stream().anyMatch(Entry::explainable);
  }
}
