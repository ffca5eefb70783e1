package vn.parindex.round;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.unit.Unit;

/** Reads a unit of a round once for a page, as {@link UnitRead} says. */
@Component
public class UnitReads {

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundAccess access;

  UnitReads(RoundLoader loader, Rounds rounds, RoundAccess access) {
    this.loader = loader;
    this.rounds = rounds;
    this.access = access;
  }

  /**
   * The round, the unit, its row, its reopenings (the open ones' lifts) and what the reader may do
   * on it; 404 (in this order) for an unknown round, an unknown unit, a unit out of the reader's
   * scope, a unit not in the round.
   */
  public UnitRead read(long roundId, String unitCode, CurrentUser reader, LocalDate today) {
    Unit unit =
        loader
            .findUnit(unitCode)
            .orElseThrow(
                () -> {
                  loader.round(roundId); // an unknown round is told first
                  return RoundLoader.unknownUnit(unitCode);
                });
    // the round and the unit's row in one statement, their refusals in the order above
    Rounds.WithRow both =
        rounds.withRow(roundId, unit.id()).orElseThrow(() -> RoundLoader.unknownRound(roundId));
    Round round = both.round();
    RoundAccess.OnUnit may = access.on(reader, unit.id());
    may.checkRead();
    RoundUnit row = both.row().orElseThrow(() -> RoundLoader.notInRound(unit));
    return new UnitRead(
        round, loader.set(round), unit, row, rounds.reopenings(row.id()), may, today);
  }
}
