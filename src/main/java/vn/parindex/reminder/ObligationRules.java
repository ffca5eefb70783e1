package vn.parindex.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;

/**
 * When each obligation falls due in a year and whether it is met. Only occurrences inside the
 * window count (results publicised in December do not count for Q1, as the seed's criterion 1.2
 * lost its point); work done after the deadline is still a missed point.
 */
public final class ObligationRules {

  private ObligationRules() {}

  /** The due items of one obligation for a unit's occurrences, as they stand on {@code today}. */
  public static List<DueItem> due(
      Obligation obligation,
      int year,
      List<Occurrence> occurrences,
      LocalDate today,
      int warnDays) {
    LocalDate start = obligation.startIn(year);
    LocalDate end = obligation.endIn(year);
    List<Occurrence> own =
        occurrences.stream().filter(o -> o.obligationId() == obligation.id()).toList();
    if (obligation.kind() == ObligationKind.WITHIN_DAYS) {
      return requests(obligation, year, own, today, warnDays);
    }
    List<Occurrence> inTime =
        own.stream()
            .filter(o -> o.doneOn() != null)
            .filter(o -> !o.doneOn().isBefore(start) && !o.doneOn().isAfter(end))
            .sorted(Comparator.comparing(Occurrence::doneOn))
            .toList();
    int required =
        obligation.kind() == ObligationKind.RECURRING && obligation.timesPerYear() != null
            ? obligation.timesPerYear()
            : 1;
    boolean met = inTime.size() >= required;
    LocalDate doneOn = met ? inTime.get(required - 1).doneOn() : null;
    Long occurrenceId = inTime.isEmpty() ? null : inTime.get(inTime.size() - 1).id();
    return List.of(
        new DueItem(
            obligation,
            start,
            end,
            status(met, today, end, warnDays),
            doneOn,
            inTime.size(),
            required,
            occurrenceId));
  }

  private static List<DueItem> requests(
      Obligation obligation, int year, List<Occurrence> own, LocalDate today, int warnDays) {
    int days = obligation.withinDays() == null ? 0 : obligation.withinDays();
    List<DueItem> items = new ArrayList<>();
    own.stream()
        .filter(o -> o.requestedOn() != null && o.requestedOn().getYear() == year)
        .sorted(Comparator.comparing(Occurrence::requestedOn))
        .forEach(
            o -> {
              LocalDate due = o.requestedOn().plusDays(days);
              boolean met = o.doneOn() != null && !o.doneOn().isAfter(due);
              DueStatus status =
                  o.doneOn() != null && !met ? DueStatus.MISSED : status(met, today, due, warnDays);
              items.add(
                  new DueItem(
                      obligation,
                      o.requestedOn(),
                      due,
                      status,
                      o.doneOn(),
                      o.doneOn() == null ? 0 : 1,
                      1,
                      o.id()));
            });
    return items;
  }

  static DueStatus status(boolean met, LocalDate today, LocalDate due, int warnDays) {
    if (met) {
      return DueStatus.DONE;
    }
    if (today.isAfter(due)) {
      return DueStatus.MISSED;
    }
    return today.isBefore(due.minusDays(warnDays)) ? DueStatus.UPCOMING : DueStatus.DUE_SOON;
  }
}
