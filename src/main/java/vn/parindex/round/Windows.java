package vn.parindex.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;

/**
 * A round's windows. Deadlines are inclusive: the unit may still write on the due day. Appraisers'
 * dates are targets, not locks; only the unit's own steps lock (self-assessment, explanation).
 */
record Windows(
    LocalDate selfFrom,
    LocalDate selfTo,
    LocalDate round1Due,
    LocalDate explanationDue,
    LocalDate round2Due,
    LocalDate publication) {

  private static final List<String> FIELDS =
      List.of("selfFrom", "selfTo", "round1Due", "explanationDue", "round2Due", "publication");

  /** Every date given and each on or after the one before, else the fields to correct. */
  static Windows of(
      LocalDate selfFrom,
      LocalDate selfTo,
      LocalDate round1Due,
      LocalDate explanationDue,
      LocalDate round2Due,
      LocalDate publication) {
    List<LocalDate> dates =
        java.util.Arrays.asList(
            selfFrom, selfTo, round1Due, explanationDue, round2Due, publication);
    List<InputProblem> problems = new ArrayList<>();
    LocalDate before = null;
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = dates.get(i);
      if (date == null) {
        problems.add(Refusal.problem(FIELDS.get(i), "required"));
        continue;
      }
      if (before != null && date.isBefore(before)) {
        problems.add(Refusal.problem(FIELDS.get(i), "window.order", Days.day(before)));
      }
      before = date;
    }
    Bounds.check(problems);
    return new Windows(selfFrom, selfTo, round1Due, explanationDue, round2Due, publication);
  }

  boolean selfNotYetOpen(LocalDate today) {
    return today.isBefore(selfFrom);
  }

  boolean selfClosed(LocalDate today) {
    return today.isAfter(selfTo);
  }

  boolean explanationClosed(LocalDate today) {
    return today.isAfter(explanationDue);
  }
}
