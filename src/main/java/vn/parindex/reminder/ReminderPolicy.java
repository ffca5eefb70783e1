package vn.parindex.reminder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * When a unit's people are reminded: {@code daysBefore} the due date (tightest one reached is
 * sent), on the day after it is overdue, when a task has had no update for {@code stuckDays},
 * escalated to the accountable leader {@code escalateAfterDays} after the due date, and a daily
 * digest at {@code sendHour}. Obligations due within {@code warnDays} and not done are warned of.
 */
public record ReminderPolicy(
    long unitId,
    List<Integer> daysBefore,
    boolean onOverdue,
    int stuckDays,
    int escalateAfterDays,
    boolean dailyDigest,
    int sendHour,
    int warnDays) {

  public ReminderPolicy {
    daysBefore = daysBefore.stream().distinct().sorted().toList();
  }

  public static ReminderPolicy defaults(long unitId) {
    return new ReminderPolicy(unitId, List.of(7, 1), true, 14, 3, true, 7, 14);
  }

  /** Validated from a form: days as "7, 1"; each problem names its field. */
  public static ReminderPolicy of(
      long unitId,
      String daysBefore,
      boolean onOverdue,
      int stuckDays,
      int escalateAfterDays,
      boolean dailyDigest,
      int sendHour,
      int warnDays) {
    List<InputProblem> problems = new ArrayList<>();
    List<Integer> days = new ArrayList<>();
    for (String part : (daysBefore == null ? "" : daysBefore).split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        int day = Integer.parseInt(part.trim());
        if (day < 0 || day > 365) {
          throw new NumberFormatException(part);
        }
        days.add(day);
      } catch (NumberFormatException e) {
        problems.add(InputProblem.of(0, "daysBefore", "reminder.policy.days.invalid", part));
      }
    }
    range(problems, "stuckDays", stuckDays, 1, 365);
    range(problems, "escalateAfterDays", escalateAfterDays, 0, 365);
    range(problems, "sendHour", sendHour, 0, 23);
    range(problems, "warnDays", warnDays, 0, 365);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ReminderPolicy(
        unitId, days, onOverdue, stuckDays, escalateAfterDays, dailyDigest, sendHour, warnDays);
  }

  private static void range(List<InputProblem> problems, String field, int v, int min, int max) {
    if (v < min || v > max) {
      problems.add(InputProblem.of(0, field, "reminder.policy.range", min, max));
    }
  }

  /** "7, 1": the furthest first, as people say it. */
  public String daysBeforeText() {
    return daysBefore.stream()
        .sorted(java.util.Comparator.reverseOrder())
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }

  static List<Integer> parseDays(String text) {
    return Arrays.stream(text.split(","))
        .filter(s -> !s.isBlank())
        .map(s -> Integer.parseInt(s.trim()))
        .toList();
  }
}
