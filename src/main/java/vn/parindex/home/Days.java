package vn.parindex.home;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the pages show them (dd/MM/yyyy). */
final class Days {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Days() {}

  static String of(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
