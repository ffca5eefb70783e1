package vn.parindex.round;

import java.time.LocalDate;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.unit.Unit;

/**
 * One unit of a round as a page reads it once and hands to each of its parts, instead of each part
 * reading the round, unit, row and the reader's scope again: made only by {@link UnitReads#read},
 * which refuses a reader out of scope (404); each part still decides its own steps from {@code
 * may}, the reader's rights on this unit as {@link RoundAccess} decides them. {@code reopenings}:
 * all the unit's, listed on its page, with what the open ones lift.
 */
public record UnitRead(
    Round round,
    CriteriaSet set,
    Unit unit,
    RoundUnit row,
    Reopenings reopenings,
    RoundAccess.OnUnit may,
    LocalDate today) {

  /** What the unit's open reopenings lift. */
  public Lifts lifts() {
    return reopenings.lifts();
  }

  public long roundId() {
    return round.id();
  }

  /** Whether the unit's self-assessment is submitted (a second click on «nộp» finds it so). */
  public boolean selfSubmitted() {
    return row.state().compareTo(RoundState.SUBMITTED) >= 0;
  }

  /** Whether the unit's explanations are submitted (a second click on «nộp» finds them so). */
  public boolean explanationsSubmitted() {
    return row.state().compareTo(RoundState.EXPLAINED) >= 0;
  }

  /** Whether appraisal round {@code round} (1 or 2) has ended for the unit. */
  public boolean appraised(int round) {
    return row.state().compareTo(round == 1 ? RoundState.APPRAISED_1 : RoundState.APPRAISED_2) >= 0;
  }

  /** Whether the unit's result is published (only then has it a plan to link). */
  public boolean published() {
    return row.state() == RoundState.PUBLISHED;
  }
}
