package vn.parindex.round;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.ConflictException;
import vn.parindex.unit.Unit;

/** Opens a year's round: one per (year, parent, criteria set), covering every unit of its type. */
@Service
class RoundOpening {

  /** What the upper level opens: the year, its unit, the criteria set and the windows. */
  record Command(int year, Unit parent, long setId, Windows windows) {}

  private final Rounds rounds;
  private final CriteriaSets sets;
  private final vn.parindex.unit.Units units;

  RoundOpening(Rounds rounds, CriteriaSets sets, vn.parindex.unit.Units units) {
    this.rounds = rounds;
    this.sets = sets;
    this.units = units;
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
    covered.forEach(unit -> rounds.insertUnit(id, unit.id()));
    return id;
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
