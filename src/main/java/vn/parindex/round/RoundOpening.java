package vn.parindex.round;

import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.account.Actor;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.ConflictException;
import vn.parindex.unit.Unit;

/**
 * Opens a year's round: one per (year, parent, criteria set), covering every unit of its type that
 * no other round of the year and set covers (each unit is ranked once a year per set).
 */
@Service
class RoundOpening {

  /** What the upper level opens: the year, its unit, the criteria set and the windows. */
  record Command(int year, Unit parent, long setId, Windows windows) {}

  /** How many units a refusal names before saying how many more. */
  private static final int NAMED = 3;

  private final Rounds rounds;
  private final CriteriaSets sets;
  private final vn.parindex.unit.Units units;
  private final RoundCoverage coverage;
  private final TransactionTemplate fresh;

  RoundOpening(
      Rounds rounds,
      CriteriaSets sets,
      vn.parindex.unit.Units units,
      RoundCoverage coverage,
      PlatformTransactionManager transactions) {
    this.rounds = rounds;
    this.sets = sets;
    this.units = units;
    this.coverage = coverage;
    this.fresh = new TransactionTemplate(transactions);
    fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    fresh.setReadOnly(true);
  }

  @Transactional
  long open(Command command, Actor by) {
    CriteriaSet set =
        sets.findById(command.setId())
            .orElseThrow(() -> Refusal.field("framework", "framework.unknown", command.setId()));
    rounds
        .existing(command.year(), command.parent().id(), command.setId())
        .ifPresent(
            id -> {
              throw duplicate(id, command);
            });
    List<Unit> covered =
        units.subtree(command.parent().id()).stream()
            .filter(u -> u.type() == set.unitType() && !u.id().equals(command.parent().id()))
            .toList();
    if (covered.isEmpty()) {
      throw Refusal.field("parent", "parent.empty", command.parent().name());
    }
    List<Long> unitIds = covered.stream().map(Unit::id).toList();
    overlap(command, covered);
    long id;
    try {
      id =
          rounds.insert(
              new Round(
                  null,
                  command.year(),
                  command.parent().id(),
                  command.setId(),
                  command.windows(),
                  null,
                  null,
                  0),
              by.stored());
    } catch (DuplicateKeyException e) {
      // Two openings at once: the unique index lets one through. The transaction is spoiled, so
      // the other's id cannot be read here; the refusal names the year and parent instead.
      throw duplicate(null, command);
    }
    try {
      coverage.cover(id, command.year(), command.setId(), unitIds);
    } catch (DuplicateKeyException e) {
      // Another round over some of these units was opened at the same moment and committed
      // first: this transaction is spoiled, so its units are read in a fresh one to name them.
      fresh.executeWithoutResult(status -> overlap(command, covered));
      throw duplicate(null, command);
    }
    covered.forEach(unit -> rounds.insertUnit(id, unit.id()));
    return id;
  }

  /** Refuses, naming the first few and how many, units another round of the year and set covers. */
  private void overlap(Command command, List<Unit> covered) {
    List<RoundCoverage.Covered> taken =
        coverage.taken(command.year(), command.setId(), covered.stream().map(Unit::id).toList());
    if (taken.isEmpty()) {
      return;
    }
    long other = taken.get(0).roundId();
    Round round = rounds.find(other).orElseThrow();
    String parent = units.findById(round.parentUnitId()).map(Unit::name).orElse("");
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    covered.forEach(u -> names.put(u.id(), u.name()));
    List<String> first = taken.stream().limit(NAMED).map(c -> names.get(c.unitId())).toList();
    Object named =
        taken.size() <= NAMED
            ? String.join(", ", first)
            : new DefaultMessageSourceResolvable(
                new String[] {"round.refused.overlap.more"},
                new Object[] {String.join(", ", first), taken.size() - NAMED});
    throw new ConflictException(
        "/api/v1/rounds/" + other,
        List.of(),
        "round.refused.overlap",
        taken.size(),
        named,
        round.year(),
        parent);
  }

  private static ConflictException duplicate(Long id, Command command) {
    return new ConflictException(
        id == null ? null : "/api/v1/rounds/" + id,
        List.of(),
        "round.refused.duplicate",
        command.year(),
        command.parent().name());
  }
}
