package vn.parindex.framework;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/** A unit's own obligation as typed in a form or sent to the API; dates of the year as "dd/MM". */
public record ObligationForm(
    String criterionCode,
    String title,
    String kind,
    String from,
    String to,
    Integer timesPerYear,
    Integer withinDays,
    String responsible) {

  /** The longest title taken, in characters. */
  static final int MAX_TITLE = 500;

  /** The form showing an obligation as stored (dates as "dd/MM"), for editing. */
  public static ObligationForm of(Obligation o) {
    return new ObligationForm(
        o.criterionCode(),
        o.title(),
        o.kind().name(),
        dayMonth(o.from()),
        dayMonth(o.to()),
        o.timesPerYear(),
        o.withinDays(),
        o.responsible());
  }

  private static String dayMonth(MonthDay day) {
    return day == null ? "" : String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
  }

  /** The obligation for the unit, or every problem at once, each naming its field. */
  public Obligation toObligation(long unitId) {
    return build(unitId);
  }

  /**
   * The obligation as a criteria set carries it under a criterion (no unit), checked by the same
   * rules: under the criterion's code as the set writes it, and titled with the criterion's name
   * when the form has no title. {@code code} null when the criterion is not known.
   */
  public Obligation forSet(CriterionCode code, String criterionName) {
    return new ObligationForm(
            code == null ? null : code.value(),
            Text.isBlank(title) ? criterionName : title,
            kind,
            from,
            to,
            timesPerYear,
            withinDays,
            responsible)
        .build(null);
  }

  private Obligation build(Long unitId) {
    List<InputProblem> problems = new ArrayList<>();
    String cleanTitle = Text.cleanOrNull(title);
    if (cleanTitle == null) {
      problems.add(InputProblem.of(0, "title", "reminder.obligation.title.required"));
    } else if (cleanTitle.length() > MAX_TITLE) {
      // the column takes 1,000, and a unit's own titles are a key: PostgreSQL's index entries
      // stop at ~2,700 bytes (900 Vietnamese letters of three bytes)
      problems.add(
          InputProblem.of(
              0, "title", "reminder.obligation.title.long", MAX_TITLE, cleanTitle.length()));
    }
    ObligationKind parsedKind = null;
    try {
      parsedKind = ObligationKind.valueOf(kind == null ? "" : kind.trim());
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.of(0, "kind", "reminder.obligation.kind.invalid", kind));
    }
    MonthDay start = monthDay("from", from, problems);
    MonthDay end = monthDay("to", to, problems);
    if (parsedKind == ObligationKind.WINDOW && (start == null || end == null)) {
      problems.add(InputProblem.of(0, "from", "reminder.obligation.window.required"));
    }
    if (parsedKind == ObligationKind.WINDOW
        && start != null
        && end != null
        && end.isBefore(start)) {
      problems.add(InputProblem.of(0, "to", "reminder.obligation.window.order"));
    }
    if (parsedKind == ObligationKind.DEADLINE && end == null) {
      problems.add(InputProblem.of(0, "to", "reminder.obligation.deadline.required"));
    }
    if (parsedKind == ObligationKind.RECURRING && (timesPerYear == null || timesPerYear < 1)) {
      problems.add(InputProblem.of(0, "timesPerYear", "reminder.obligation.times.required"));
    }
    if (parsedKind == ObligationKind.WITHIN_DAYS && (withinDays == null || withinDays < 1)) {
      problems.add(InputProblem.of(0, "withinDays", "reminder.obligation.days.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Obligation(
        null,
        unitId,
        Text.cleanOrNull(criterionCode),
        cleanTitle,
        parsedKind,
        parsedKind == ObligationKind.WINDOW ? start : null,
        end,
        parsedKind == ObligationKind.RECURRING ? timesPerYear : null,
        parsedKind == ObligationKind.WITHIN_DAYS ? withinDays : null,
        Text.cleanOrNull(responsible),
        null);
  }

  private static MonthDay monthDay(String field, String text, List<InputProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] parts = text.trim().split("[/.-]");
    try {
      if (parts.length != 2) {
        throw new DateTimeException(text);
      }
      return MonthDay.of(Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[0].trim()));
    } catch (DateTimeException | NumberFormatException e) {
      problems.add(InputProblem.of(0, field, "reminder.obligation.date.invalid", text));
      return null;
    }
  }
}
