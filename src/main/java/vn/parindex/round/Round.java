package vn.parindex.round;

import java.time.LocalDate;

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
}
