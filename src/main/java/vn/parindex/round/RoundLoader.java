package vn.parindex.round;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** Loads what a step of one unit works on, the unit's row locked for the rest of the step. */
@Component
class RoundLoader {

  /** A unit's step: its round, criteria set, row (locked), open reopenings and the day. */
  record Step(
      Round round, CriteriaSet set, Unit unit, RoundUnit roundUnit, Lifts lifts, LocalDate today) {

    Windows windows() {
      return round.windows();
    }
  }

  private final Rounds rounds;
  private final CriteriaSets sets;
  private final Units units;

  RoundLoader(Rounds rounds, CriteriaSets sets, Units units) {
    this.rounds = rounds;
    this.sets = sets;
    this.units = units;
  }

  Round round(long id) {
    return rounds.find(id).orElseThrow(() -> unknownRound(id));
  }

  /** The unit named by its code in a path. */
  Unit unit(String code) {
    return findUnit(code).orElseThrow(() -> unknownUnit(code));
  }

  /** The unit named by its code in a path, if there is one. */
  Optional<Unit> findUnit(String code) {
    return units.findByCode(code == null ? "" : code.strip());
  }

  static NotFoundException unknownRound(long id) {
    return new NotFoundException("round.notFound", id);
  }

  static NotFoundException unknownUnit(String code) {
    return new NotFoundException("round.unit.notFound", code);
  }

  static NotFoundException notInRound(Unit unit) {
    return new NotFoundException("round.unit.notInRound", unit.code());
  }

  /** The unit's row in the round, not locked (what a page reads); 404 when it is not in it. */
  RoundUnit row(long roundId, Unit unit) {
    return rounds.unit(roundId, unit.id()).orElseThrow(() -> notInRound(unit));
  }

  CriteriaSet set(Round round) {
    return sets.findById(round.setId()).orElseThrow(() -> unknownRound(round.id()));
  }

  Step lock(long roundId, Unit unit, LocalDate today) {
    Round round = round(roundId);
    RoundUnit row = rounds.lockUnit(roundId, unit.id()).orElseThrow(() -> notInRound(unit));
    return new Step(round, set(round), unit, row, rounds.lifts(row.id()), today);
  }

  /** The leaf of the round's set with this code; 422 naming the code otherwise. */
  static Criterion leaf(CriteriaSet set, String raw) {
    CriterionCode code =
        CriterionCode.parse(raw).orElseThrow(() -> Refusal.field("code", "code.unknown", raw));
    Criterion criterion =
        set.find(code).orElseThrow(() -> Refusal.field("code", "code.unknown", raw));
    if (!set.isLeaf(code)) {
      throw Refusal.field("code", "code.notLeaf", raw);
    }
    return criterion;
  }
}
