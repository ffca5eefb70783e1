package vn.parindex.round;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Days as Vietnamese readers write them (dd/MM/yyyy), and read back in that form or ISO. */
public final class Days {

  private static final DateTimeFormatter VN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Read with one or two digits for day and month: officials write "5/3/2026" as often. */
  private static final DateTimeFormatter TYPED =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Days() {}

  static String day(LocalDate day) {
    return day == null ? "" : VN.format(day);
  }

  /** "15/03/2025", "5/3/2025" or "2025-03-15"; empty when it is none of them. */
  public static Optional<LocalDate> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip();
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {TYPED, DateTimeFormatter.ISO_LOCAL_DATE}) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
