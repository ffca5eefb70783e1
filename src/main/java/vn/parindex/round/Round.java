package vn.parindex.round;

import java.time.LocalDate;
import java.util.Optional;
import vn.parindex.input.InputProblem;

/** A year's round: the criteria set applied to the units of one parent, and its windows. */
record Round(
    Long id,
    int year,
    long parentUnitId,
    long setId,
    Windows windows,
    String publishedNumber,
    LocalDate publishedOn,
    int version) {

  boolean published() {
    return publishedOn != null;
  }

  /**
   * What is wrong with the day of the decision publishing the round, if anything: a decision is not
   * dated ahead of today, and the index of a year is decided in that year or later (its windows lie
   * in it).
   */
  Optional<InputProblem> decisionDayProblem(LocalDate day, LocalDate today) {
    if (day.isAfter(today)) {
      return Optional.of(Refusal.problem("decisionDate", "decisionDate.future", Days.day(today)));
    }
    if (day.getYear() < year) {
      return Optional.of(
          Refusal.problem(
              "decisionDate", "decisionDate.beforeYear", Days.day(LocalDate.of(year, 1, 1)), year));
    }
    return Optional.empty();
  }
}
