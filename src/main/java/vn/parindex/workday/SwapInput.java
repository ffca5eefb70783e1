package vn.parindex.workday;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * A swapped day as typed: the date (dd/mm/yyyy or ISO), the kind ({@code OFF} a day off, {@code
 * WORKING} a working day) and the reason. Problems name the form's fields: date, kind, reason.
 */
record SwapInput(String date, String kind, String reason) {

  /** The first and last years the lunar calendar is computed for. */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2199;

  private static final DateTimeFormatter VN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** A swap that can be stored. */
  record Valid(LocalDate date, boolean working, String reason) {}

  SwapInput withDate(LocalDate day) {
    return new SwapInput(day.toString(), kind, reason);
  }

  Valid validate() {
    List<InputProblem> problems = new ArrayList<>();
    LocalDate day = null;
    if (Text.isBlank(date)) {
      problems.add(InputProblem.of(0, "date", "workday.swap.date.required"));
    } else {
      day = parse(date.strip());
      if (day == null) {
        problems.add(InputProblem.of(0, "date", "workday.swap.date.invalid", date.strip()));
      } else if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
        problems.add(
            InputProblem.of(
                0, "date", "workday.swap.date.outside", "" + FIRST_YEAR, "" + LAST_YEAR));
      }
    }
    if (!"OFF".equals(kind) && !"WORKING".equals(kind)) {
      problems.add(InputProblem.of(0, "kind", "workday.swap.kind.invalid"));
    }
    String text = Text.lineOrNull(reason);
    if (text == null) {
      problems.add(InputProblem.of(0, "reason", "workday.swap.reason.required"));
    } else if (text.length() > SwapEditor.REASON_MAX) {
      problems.add(InputProblem.of(0, "reason", "workday.swap.reason.long", SwapEditor.REASON_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Valid(day, "WORKING".equals(kind), text);
  }

  private static LocalDate parse(String text) {
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {VN, DateTimeFormatter.ISO_LOCAL_DATE}) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // the other form
      }
    }
    return null;
  }
}
