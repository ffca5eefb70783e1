package vn.parindex.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.framework.Criterion;
import vn.parindex.input.ConflictException;
import vn.parindex.unit.Unit;

/**
 * The unit's self-assessment: its entries per leaf, with evidence, and the chairman's submission.
 */
@Service
class SelfAssessment {

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundEntries entries;
  private final EvidenceDocuments documents;
  private final EntryAudit audit;
  private final PreSubmission preSubmission;
  private final CriterionAssignments assignments;

  SelfAssessment(
      RoundLoader loader,
      Rounds rounds,
      RoundEntries entries,
      EvidenceDocuments documents,
      EntryAudit audit,
      PreSubmission preSubmission,
      CriterionAssignments assignments) {
    this.loader = loader;
    this.rounds = rounds;
    this.entries = entries;
    this.documents = documents;
    this.audit = audit;
    this.preSubmission = preSubmission;
    this.assignments = assignments;
  }

  /** Writes the unit's inputs for one leaf; its points come from the leaf's rule. */
  @Transactional
  Entry write(
      long roundId,
      Unit unit,
      String rawCode,
      SelfInput input,
      List<Long> evidence,
      Integer version,
      Actor by,
      LocalDate today) {
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    Criterion leaf = RoundLoader.leaf(step.set(), rawCode);
    String code = leaf.code().value();
    assignments.checkFill(step, code, by.user());
    step.roundUnit().checkSelfWritable(code, today, step.windows(), step.lifts());
    List<Long> ids = ownEvidence(unit.id(), evidence, "evidence");
    Entry entry = entries.entry(step.roundUnit().id(), code);
    checkVersion(entry, version);
    Map<String, Object> before = entry.snapshot();
    entry.writeSelf(leaf, input, ids);
    long id = entries.save(entry);
    if (step.roundUnit().recorded()) {
      audit.changed(by, id, code, before, entry.snapshot());
    }
    return entries.entry(step.roundUnit().id(), code);
  }

  /**
   * The chairman submits: the self-assessment is locked from now on. When there are warnings
   * ({@link PreSubmission}) the chairman must say they were seen; 422 naming that box otherwise.
   */
  @Transactional
  RoundState submit(long roundId, Unit unit, Submission submission, Actor by, LocalDate today) {
    String hard = reportText("difficulties", submission.difficulties());
    String asked = reportText("proposals", submission.proposals());
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    RoundUnit row = step.roundUnit();
    RoundState before = row.state();
    row.submit(today, step.windows(), step.lifts());
    int warnings = preSubmission.found(step.round(), step.set(), row).size();
    if (warnings > 0 && !submission.warningsSeen()) {
      throw Refusal.field("acknowledgeWarnings", "warnings.unseen", warnings);
    }
    rounds.saveStep(row);
    rounds.saveSubmission(row.id(), hard, asked, today);
    audit.state(by, row, before);
    return row.state();
  }

  private static String reportText(String field, String raw) {
    String text = vn.parindex.input.Text.cleanOrNull(raw);
    if (text != null && text.length() > 4000) {
      throw Refusal.field(field, "tooLong", 4000);
    }
    return text;
  }

  /** The documents, each one of the unit's own; 422 naming the field otherwise. */
  List<Long> ownEvidence(long unitId, List<Long> ids, String field) {
    List<Long> given = ids == null ? List.of() : ids.stream().distinct().toList();
    if (given.size() > 50) {
      throw Refusal.field(field, "evidence.tooMany", 50);
    }
    if (given.stream().anyMatch(java.util.Objects::isNull)) {
      throw Refusal.field(field, "evidence.unknown", "null");
    }
    List<Long> foreign = documents.notOfUnit(unitId, given);
    if (!foreign.isEmpty()) {
      throw Refusal.field(field, "evidence.unknown", foreign.get(0));
    }
    return given;
  }

  /** A save from an older version than the stored one is refused: nothing is overwritten. */
  static void checkVersion(Entry entry, Integer version) {
    if (version != null && version != entry.version) {
      throw new ConflictException(null, List.of(), "round.refused.stale", entry.code);
    }
  }
}
