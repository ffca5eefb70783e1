package vn.parindex.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.stereotype.Component;
import vn.parindex.account.Users;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.reminder.Obligations;

/**
 * The demo commune's obligations as they stand on the load day: what fell due before it was done in
 * time; what falls due later is left open (due soon or upcoming, by the unit's warning days); three
 * ad-hoc report requests show one answered in time, one answered late and one pending.
 */
@Component
class DemoObligations {

  private final Obligations obligations;
  private final Users users;

  DemoObligations(Obligations obligations, Users users) {
    this.obligations = obligations;
    this.users = users;
  }

  void record(long communeId, LocalDate today) {
    long officerId = users.idOf(DemoTasks.OFFICER).orElseThrow();
    int year = today.getYear();
    for (Obligation o : obligations.forUnit(communeId, year)) {
      if (o.kind() == ObligationKind.WITHIN_DAYS) {
        int days = o.withinDays() == null ? 7 : o.withinDays();
        request(
            o,
            communeId,
            officerId,
            today,
            40,
            40 - Math.max(1, days / 2),
            "Báo cáo số 15/BC-UBND");
        request(o, communeId, officerId, today, 25, 25 - days - 5, "Báo cáo số 21/BC-UBND");
        request(o, communeId, officerId, today, Math.min(3, Math.max(days - 1, 0)), -1, null);
        continue;
      }
      LocalDate start = (o.from() == null ? MonthDay.of(1, 1) : o.from()).atYear(year);
      LocalDate end = (o.to() == null ? MonthDay.of(12, 31) : o.to()).atYear(year);
      if (!end.isBefore(today)) {
        continue; // due soon or upcoming: left open
      }
      int times =
          o.kind() == ObligationKind.RECURRING && o.timesPerYear() != null ? o.timesPerYear() : 1;
      for (int i = 0; i < times; i++) {
        LocalDate done = end.minusDays(5L + 10L * i);
        obligations.record(
            o.id(),
            communeId,
            year,
            null,
            done.isBefore(start) ? start : done,
            "Văn bản minh họa số " + (10 + i) + "/UBND",
            officerId);
      }
    }
  }

  /**
   * A request {@code askedAgo} days before today, answered {@code answeredAgo} (or not, if < 0).
   */
  private void request(
      Obligation o,
      long unitId,
      long officerId,
      LocalDate today,
      int askedAgo,
      int answeredAgo,
      String evidence) {
    LocalDate asked = today.minusDays(askedAgo);
    if (asked.getYear() != today.getYear()) {
      return;
    }
    obligations.record(
        o.id(),
        unitId,
        today.getYear(),
        asked,
        answeredAgo < 0 ? null : today.minusDays(answeredAgo),
        evidence,
        officerId);
  }
}
