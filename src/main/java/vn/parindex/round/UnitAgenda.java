package vn.parindex.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;

/**
 * Where the reader's own unit stands in each round not yet published, for their home page: the step
 * the unit is at, its due day, and how far the unit (or the reader's department) has gone. A
 * commune loses points for work it did but did not enter or prove in time; this is what it sees
 * first when it signs in. Only the reader's own unit is read: nothing here crosses a scope.
 */
@Service
public class UnitAgenda {

  /** The step a unit is at, from its state and the round's windows. */
  public enum Step {
    /** Self-assessing: the officer and departments fill, the chairman submits by {@code due}. */
    SELF,
    /** The self-assessment window closed without a submission (locked unless reopened). */
    SELF_LATE,
    /** Submitted; the province appraises by {@code due}. */
    APPRAISAL_1,
    /** Round 1 returned: cut or flagged criteria may be explained by {@code due}. */
    EXPLAIN,
    /** The explanation window closed without a submission. */
    EXPLAIN_LATE,
    /** Explained; round 2 by {@code due}. */
    APPRAISAL_2,
    /** Round 1 cut and flagged nothing: nothing to explain; round 2 by {@code due}. */
    APPRAISAL_2_CLEAR,
    /** Appraised twice; published on {@code due}. */
    PUBLICATION;

    /** The day this step is due by, from the round's windows. */
    LocalDate due(Windows w) {
      return switch (this) {
        case SELF, SELF_LATE -> w.selfTo();
        case APPRAISAL_1 -> w.round1Due();
        case EXPLAIN, EXPLAIN_LATE -> w.explanationDue();
        case APPRAISAL_2, APPRAISAL_2_CLEAR -> w.round2Due();
        case PUBLICATION -> w.publication();
      };
    }

    /** A deadline of the unit's own passed without its step taken. */
    boolean late() {
      return this == SELF_LATE || this == EXPLAIN_LATE;
    }
  }

  /**
   * One round of the reader's unit. {@code filled} of {@code total} self-scored leaves have points,
   * {@code unproven} of them claim points without evidence; {@code mine} leaves are assigned to the
   * reader's department ({@code mineLeft} still empty; both 0 for the officer and chairman); {@code
   * toExplain} leaves were cut or flagged, {@code explained} of them have an explanation.
   */
  public record Line(
      long roundId,
      int year,
      String unitCode,
      Step step,
      LocalDate due,
      boolean late,
      int filled,
      int total,
      int unproven,
      int mine,
      int mineLeft,
      int toExplain,
      int explained) {}

  /**
   * A round the reader chairs (a leader of its parent unit, who publishes it): {@code appraised} of
   * its {@code units} through round 2, {@code ready} once all are, due on {@code publication}.
   */
  public record Chaired(
      long roundId, int year, int units, int appraised, LocalDate publication, boolean ready) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundEntries entries;
  private final CriterionAssignments assignments;
  private final vn.parindex.unit.Units units;

  UnitAgenda(
      RoundLoader loader,
      Rounds rounds,
      RoundEntries entries,
      CriterionAssignments assignments,
      vn.parindex.unit.Units units) {
    this.loader = loader;
    this.rounds = rounds;
    this.entries = entries;
    this.assignments = assignments;
    this.units = units;
  }

  /** The reader's unit in every round not yet published, the nearest due day first. */
  @Transactional(readOnly = true)
  public List<Line> of(CurrentUser reader, LocalDate today) {
    List<Line> lines = new ArrayList<>();
    String unitCode = units.findById(reader.unitId()).map(u -> u.code()).orElse(null);
    if (unitCode == null) {
      return lines;
    }
    for (RoundUnit row : rounds.openOf(reader.unitId())) {
      line(loader.round(row.roundId()), row, unitCode, reader, today).ifPresent(lines::add);
    }
    lines.sort(java.util.Comparator.comparing(Line::due));
    return lines;
  }

  /** The rounds over the reader's unit not yet published, for its chairman; none for others. */
  @Transactional(readOnly = true)
  public List<Chaired> chaired(CurrentUser reader) {
    List<Chaired> chaired = new ArrayList<>();
    if (!reader.has(Role.LEADER)) {
      return chaired;
    }
    for (Round round : rounds.openOver(reader.unitId())) {
      List<RoundUnit> rows = rounds.units(round.id());
      int appraised = (int) rows.stream().filter(r -> r.state() == RoundState.APPRAISED_2).count();
      chaired.add(
          new Chaired(
              round.id(),
              round.year(),
              rows.size(),
              appraised,
              round.windows().publication(),
              !rows.isEmpty() && appraised == rows.size()));
    }
    return chaired;
  }

  private Optional<Line> line(
      Round round, RoundUnit row, String unitCode, CurrentUser reader, LocalDate today) {
    Optional<Step> step = row.step(today, round.windows(), rounds.liftsOfLockable(row));
    if (step.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Entry> byCode = new HashMap<>();
    entries.all(row.id()).forEach(e -> byCode.put(e.code, e));
    // a department official counts the leaves assigned to their department; the officer, the
    // chairman (who fill every leaf) none of their own
    boolean department =
        reader.departmentId() != null && !reader.hasAny(Role.PAR_OFFICER, Role.LEADER, Role.ADMIN);
    Assignments fillers = department ? assignments.fillers(row.id()) : Assignments.none();
    int filled = 0;
    int total = 0;
    int unproven = 0;
    int mine = 0;
    int mineLeft = 0;
    int toExplain = 0;
    int explained = 0;
    for (Criterion leaf : loader.set(round).leaves()) {
      if (leaf.methodOrManual().kind() == MethodKind.SURVEY) {
        continue;
      }
      Entry e = byCode.get(leaf.code().value());
      boolean scored = e != null && e.selfPoints != null;
      total++;
      filled += scored ? 1 : 0;
      unproven += scored && e.selfPoints.signum() > 0 && e.selfEvidence.isEmpty() ? 1 : 0;
      if (department && fillers.fills(reader, leaf.code().value())) {
        mine++;
        mineLeft += scored ? 0 : 1;
      }
      if (e != null && e.explainable()) {
        toExplain++;
        explained += e.explanationAgree != null ? 1 : 0;
      }
    }
    Step now =
        step.get() == Step.APPRAISAL_2 && toExplain == 0 ? Step.APPRAISAL_2_CLEAR : step.get();
    return Optional.of(
        new Line(
            round.id(),
            round.year(),
            unitCode,
            now,
            now.due(round.windows()),
            now.late(),
            filled,
            total,
            unproven,
            mine,
            mineLeft,
            toExplain,
            explained));
  }
}
